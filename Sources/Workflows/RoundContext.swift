public import AuditForms
public import AuditStore
public import CaseList
public import Sampling

/// What the use cases about one round's audits need: the round, its pinned tool, its
/// population snapshot, its sample and allocation, the roster and the pseudonyms.
public struct RoundContext {
  /// The workspace the round is in.
  public let workspace: Workspace
  /// The round.
  public let round: RoundRecord
  /// The audit tool the round is pinned to.
  public let tool: AuditTool
  /// The sampled cases' records, by case id.
  public let casesByID: [String: CaseRecord]
  /// The ids of the cases in the round's sample (reserves used included).
  public let sampled: Set<String>
  /// Each sampled case's probability of inclusion in the round's draw (the draw's own figure,
  /// stored beside it in `sample_cases`).
  public let inclusionProbabilities: [String: Double]
  /// The auditors allocated to each case, in rater order, by case id.
  public let allocation: [String: [String]]
  /// The roster, by auditor id.
  public let auditors: [String: Auditor]
  /// The workspace's pseudonyms.
  public let pseudonyms: Pseudonymizer

  /// Gathers the round named `roundName`; fails when there is no such round or its tool no
  /// longer loads.
  public init(roundName: String, workspace: Workspace) throws {
    self.workspace = workspace
    round = try workspace.requireRound(named: roundName)
    tool = try ToolCatalog(workspace: workspace).tool(id: round.toolID, version: round.toolVersion)
    let sampleCases = try workspace.sampleCases(forRound: round)
    sampled = Set(sampleCases.map(\.caseID))
    inclusionProbabilities = Dictionary(
      sampleCases.map { ($0.caseID, $0.inclusionProbability) }, uniquingKeysWith: { a, _ in a })
    casesByID = Dictionary(
      uniqueKeysWithValues: try workspace.sampledCases(inRound: round).map { ($0.id, $0) })
    allocation = Dictionary(
      uniqueKeysWithValues: try workspace.allocations(forRound: round).map {
        ($0.caseID, $0.auditorIDs)
      })
    auditors = Dictionary(uniqueKeysWithValues: try workspace.auditors().map { ($0.id, $0) })
    pseudonyms = try workspace.pseudonymizer()
  }

  /// The sampled case with this id or pseudonymous reference, or a clear failure.
  public func requireCase(_ idOrReference: String) throws -> CaseRecord {
    if let record = casesByID[idOrReference] { return record }
    if let record = casesByID.values.first(where: {
      pseudonyms.reference(for: $0.id) == idOrReference
    }) {
      return record
    }
    throw WorkflowFailure(
      "that case is not in the sample of round '\(round.name)' (see 'caseaudit sample show')")
  }

  /// The auditor with this id, or a clear failure.
  public func requireAuditor(_ id: String) throws -> Auditor {
    guard let auditor = auditors[id] else {
      throw WorkflowFailure(
        "there is no auditor '\(id)' in the roster (see 'caseaudit auditors list')")
    }
    return auditor
  }

  /// Whether `auditor` records for `record` without being allocated to it; a failure unless
  /// `allowed` (the CLI's `--unallocated` flag) says that is intended.
  public func isUnallocated(_ auditor: Auditor, for record: CaseRecord, allowed: Bool) throws
    -> Bool
  {
    let allocated = allocation[record.id] ?? []
    guard !allocated.contains(auditor.id) else { return false }
    guard allowed else {
      throw WorkflowFailure(
        "auditor '\(auditor.id)' is not allocated to this case in round '\(round.name)'"
          + (allocated.isEmpty ? " (the round has no allocation yet)" : "")
          + "; use --unallocated to go ahead anyway (logged)")
    }
    return true
  }

  /// The attributes `showIf` conditions and stage limits read.
  public static func attributes(of record: CaseRecord) -> CaseAttributes {
    CaseAttributes(
      stage: record.stage.rawValue, age: record.age, longTerm: record.isLongTerm,
      neglectStatus: record.neglectStatus.rawValue)
  }
}
