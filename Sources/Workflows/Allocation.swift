public import AuditStore
internal import CaseList
public import Sampling

/// Allocating a round's sampled cases to auditors from other agencies, which locks the sample.
public enum Allocation {
  /// What an allocation gave: the assignments and the roster they name.
  public struct Allocated: Sendable {
    /// The round.
    public let round: RoundRecord
    /// The seed the allocation was made with.
    public let seed: UInt64
    /// One assignment per sampled case, in case-id order.
    public let assignments: [Assignment]
    /// The roster, by auditor id.
    public let roster: [String: Auditor]

    /// The number of cases each auditor was given, by auditor id.
    public var load: [String: Int] {
      var load: [String: Int] = [:]
      for assignment in assignments {
        for auditor in assignment.auditors { load[auditor, default: 0] += 1 }
      }
      return load
    }
  }

  /// Allocates round `roundName`'s sample to the roster with `raters` auditors per case (and a
  /// second for `doubleFraction` of single-rated cases), never to an auditor of the case's own
  /// team, and stores it; the sample is locked from then on.
  ///
  /// Fails when the round has no sample or the workspace no roster, or when the roster cannot
  /// cover the cases.
  public static func allocate(
    round roundName: String, raters: Int, doubleFraction: Double, seed: UInt64,
    workspace: Workspace, actor: String
  ) throws -> Allocated {
    let round = try workspace.requireRound(named: roundName)
    let sampled = try workspace.sampleCases(forRound: round)
    guard !sampled.isEmpty else {
      throw WorkflowFailure(
        "round '\(round.name)' has no sample yet; draw one with 'caseaudit sample draw'")
    }
    let teams = Dictionary(
      uniqueKeysWithValues: try workspace.sampledCases(inRound: round).map { ($0.id, $0.team) })
    let roster = try workspace.auditors()
    guard !roster.isEmpty else {
      throw WorkflowFailure(
        "there are no auditors yet; import a roster with 'caseaudit auditors import FILE.csv'")
    }
    let assignments: [Assignment]
    do {
      assignments = try AuditorAllocator.allocate(
        cases: sampled.map { AllocationCase(caseId: $0.caseID, team: teams[$0.caseID] ?? nil) },
        auditors: roster, raters: raters, doubleFraction: doubleFraction, seed: seed)
    } catch {
      throw WorkflowFailure("cannot allocate: \(error.description)")
    }
    try workspace.saveAllocation(
      round: round, seed: seed, raters: raters, doubleFraction: doubleFraction,
      assignments: assignments, actor: actor)
    return Allocated(
      round: round, seed: seed, assignments: assignments,
      roster: Dictionary(uniqueKeysWithValues: roster.map { ($0.id, $0) }))
  }
}
