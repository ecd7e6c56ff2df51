public import AuditStore
internal import Foundation
public import Sampling

/// A round's sample as stored: reading it back and verifying it against its population.
public enum SampleWork {
  /// The round's stored sample, decoded, or a clear failure.
  public static func load(_ round: RoundRecord, workspace: Workspace) throws -> (
    SampleSpec, SampleDraw, StoredSample
  ) {
    guard let stored = try workspace.sample(forRound: round) else {
      throw WorkflowFailure(
        "round '\(round.name)' has no sample yet; draw one with 'caseaudit sample draw'")
    }
    let decoder = JSONDecoder()
    do {
      let spec = try decoder.decode(SampleSpec.self, from: Data(stored.specJSON.utf8))
      let draw = try decoder.decode(SampleDraw.self, from: Data(stored.drawJSON.utf8))
      return (spec, draw, stored)
    } catch {
      throw WorkflowFailure(
        "the stored sample of round '\(round.name)' cannot be read: \(error)")
    }
  }

  /// Verifies `round`'s sample and records the outcome; returns the differences, none when
  /// identical.
  ///
  /// Re-derives the draw from its snapshot, checks the stored list of sampled cases against
  /// it, and records the result with the sample's fingerprint, so that a report can cite it
  /// without loading the population again. The CLI's `sample verify` and `report --verify`.
  public static func verifyAndRecord(
    _ round: RoundRecord, workspace: Workspace, actor: String
  ) throws -> [String] {
    let (spec, draw, sample) = try load(round, workspace: workspace)
    let population = try workspace.cases(inSnapshot: round.snapshotID)
    var differences = Sampler.verify(draw, population: population, spec: spec).differences.map(
      \.description)
    // The table auditors are allocated from must hold exactly the draw's cases.
    let stored = Set(try workspace.sampleCases(forRound: round).map(\.caseID))
    if stored != Set(draw.cases.map(\.caseId)) {
      differences.append("the stored list of sampled cases does not match the recorded draw")
    }
    try workspace.recordVerification(
      round: round, identical: differences.isEmpty,
      fingerprint: Workspace.sampleFingerprint(sample, snapshotID: round.snapshotID), actor: actor)
    return differences
  }

  /// The snapshot with `id`, or the latest when `id` is `nil`; a clear failure when there is
  /// none.
  public static func snapshot(id: Int?, workspace: Workspace) throws -> SnapshotRecord {
    if let id {
      guard let snapshot = try workspace.snapshot(id: id) else {
        throw WorkflowFailure("there is no snapshot \(id)")
      }
      return snapshot
    }
    guard let latest = try workspace.latestSnapshot() else {
      throw WorkflowFailure(
        "the workspace has no case list yet; import one with 'caseaudit cases import'")
    }
    return latest
  }
}
