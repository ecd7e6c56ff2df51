public import AuditStore
public import Foundation
public import Sampling

/// A round's sample as stored: reading it back and verifying it against its population.
public enum SampleWork {
  /// The round's stored sample, decoded, or a clear failure.
  public static func load(_ round: RoundRecord, workspace: Workspace) throws -> (
    SampleSpec, SampleDraw, StoredSample
  ) {
    guard let sample = try workspace.decodedSample(forRound: round) else {
      throw WorkflowFailure(
        "round '\(round.name)' has no sample yet; draw one with 'caseaudit sample draw'")
    }
    return (sample.spec, sample.draw, sample.stored)
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

  /// Draws round `roundName`'s sample from its snapshot by `spec`, and stores and logs it.
  ///
  /// With `excludeAuditedWithinDays`, cases sampled by another round within that many days of
  /// `now` are excluded as well. Refuses when the round is allocated (the sample is locked), or
  /// already drawn unless `replacingExisting`, or when the sampler cannot draw.
  public static func draw(
    round roundName: String, spec: SampleSpec, excludeAuditedWithinDays: Int? = nil, now: Date,
    replacingExisting: Bool, workspace: Workspace, actor: String
  ) throws -> (round: RoundRecord, spec: SampleSpec, draw: SampleDraw) {
    let round = try workspace.requireRound(named: roundName)
    var spec = spec
    if let days = excludeAuditedWithinDays {
      let since = Workspace.timestamp(now.addingTimeInterval(-86_400 * Double(days)))
      spec = spec.excluding(try workspace.caseIDsSampled(since: since, exceptRound: round))
    }
    let population = try workspace.cases(inSnapshot: round.snapshotID)
    let draw: SampleDraw
    do {
      draw = try Sampler.draw(population: population, spec: spec)
    } catch {
      throw WorkflowFailure("cannot draw the sample: \(error.description)")
    }
    try workspace.saveSample(
      round: round, spec: spec, draw: draw, replacingExisting: replacingExisting, actor: actor)
    return (round, spec, draw)
  }

  /// Replaces sampled case `caseID` of round `roundName` with the next reserve of its stratum,
  /// and records why; returns the round and the cases that left and joined the sample.
  ///
  /// Refuses once auditors are allocated (the sample is locked) or when the stratum has no
  /// reserve left.
  public static func replace(
    caseID: String, round roundName: String, reason: String, workspace: Workspace,
    actor: String
  ) throws -> (round: RoundRecord, out: [String], in: [String]) {
    let round = try workspace.requireRound(named: roundName)
    let (_, draw, _) = try load(round, workspace: workspace)
    if try workspace.isAllocated(round) {
      throw WorkflowFailure(
        "the sample of round '\(round.name)' is locked: auditors have been allocated")
    }
    let updated: SampleDraw
    do {
      updated = try Sampler.replace(caseId: caseID, in: draw)
    } catch {
      throw WorkflowFailure("cannot replace: \(error.description)")
    }
    let pseudonyms = try workspace.pseudonymizer()
    let before = Set(draw.cases.map(\.caseId))
    let incoming = updated.cases.map(\.caseId).filter { !before.contains($0) }
    let after = Set(updated.cases.map(\.caseId))
    let outgoing = draw.cases.map(\.caseId).filter { !after.contains($0) }
    try workspace.replaceSampleCases(
      round: round, draw: updated, out: outgoing, in: incoming, reason: reason, actor: actor,
      references: pseudonyms.reference(for:))
    return (round, outgoing, incoming)
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
