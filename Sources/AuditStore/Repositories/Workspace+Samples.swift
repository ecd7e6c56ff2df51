import Formats
internal import Foundation
public import Sampling
internal import Statistics

/// A round's stored draw: the parameters and the result, each as the JSON the sampler encodes.
///
/// The JSON is the record (its bytes are fingerprinted); `Workspace.decodedSample(forRound:)`
/// reads it back as values.
public struct StoredSample: Sendable, Hashable {
  /// The `SampleSpec` as JSON.
  public let specJSON: String
  /// The `SampleDraw` as JSON (with any replacements).
  public let drawJSON: String
  /// When it was drawn, ISO 8601 UTC.
  public let drawnAt: String
}

/// One case in a round's sample, as stored for queries.
public struct StoredSampleCase: Sendable, Hashable {
  /// The case id.
  public let caseID: String
  /// Its stratum key.
  public let stratum: String
  /// Its probability of selection.
  public let inclusionProbability: Double

  /// Creates a row.
  public init(caseID: String, stratum: String, inclusionProbability: Double) {
    self.caseID = caseID
    self.stratum = stratum
    self.inclusionProbability = inclusionProbability
  }
}

/// A round's stored draw read back as values, with the stored form it came from.
public struct DecodedSample: Sendable {
  /// The parameters it was drawn with.
  public let spec: SampleSpec
  /// The draw, with any replacements.
  public let draw: SampleDraw
  /// The stored form (its JSON is what the sample's fingerprint covers).
  public let stored: StoredSample
}

extension Workspace {
  /// The JSON a sample is stored as: one line, keys sorted, so that the stored bytes (and the
  /// sample's fingerprint) depend only on the values.
  static func sampleJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// The rows of a draw's sampled cases, as stored for queries.
  private static func sampleCases(of draw: SampleDraw) -> [StoredSampleCase] {
    draw.cases.map {
      StoredSampleCase(
        caseID: $0.caseId, stratum: $0.stratum, inclusionProbability: $0.inclusionProbability)
    }
  }

  /// Stores a round's draw of `spec` and logs it (seed, algorithm, size, eligible, snapshot);
  /// refuses when the round is allocated (the sample is locked) or already drawn unless
  /// `replacingExisting`.
  public func saveSample(
    round: RoundRecord, spec: SampleSpec, draw: SampleDraw, replacingExisting: Bool,
    actor: String
  ) throws {
    try saveSample(
      round: round, specJSON: try Workspace.sampleJSON(spec),
      drawJSON: try Workspace.sampleJSON(draw), cases: Workspace.sampleCases(of: draw),
      replacingExisting: replacingExisting, actor: actor,
      details: [
        "seed": String(spec.seed), "algorithm": draw.algorithm, "size": String(draw.cases.count),
        "eligible": String(draw.eligible), "snapshot": String(round.snapshotID),
      ])
  }

  /// Records a replacement: `draw` is the draw after it (see the JSON-level overload).
  public func replaceSampleCases(
    round: RoundRecord, draw: SampleDraw, out: [String], in incoming: [String], reason: String,
    actor: String, references: (String) -> String
  ) throws {
    try replaceSampleCases(
      round: round, drawJSON: try Workspace.sampleJSON(draw),
      cases: Workspace.sampleCases(of: draw), out: out, in: incoming, reason: reason,
      actor: actor, references: references)
  }

  /// The round's stored draw as values, or `nil` before one is drawn; a stored draw that does
  /// not decode is `WorkspaceError.corruptRow` naming the round.
  public func decodedSample(forRound round: RoundRecord) throws -> DecodedSample? {
    guard let stored = try sample(forRound: round) else { return nil }
    let decoder = JSONDecoder()
    do {
      return DecodedSample(
        spec: try decoder.decode(SampleSpec.self, from: Data(stored.specJSON.utf8)),
        draw: try decoder.decode(SampleDraw.self, from: Data(stored.drawJSON.utf8)),
        stored: stored)
    } catch {
      throw WorkspaceError.corruptRow(
        table: "samples", detail: "the sample of round \(round.id) ('\(round.name)'): \(error)")
    }
  }

  /// The specification a round's sample was drawn with, or `nil` when it has none.
  ///
  /// The draw is not decoded. A stored specification that does not decode is
  /// `WorkspaceError.corruptRow`.
  public func decodedSampleSpec(forRound round: RoundRecord) throws -> SampleSpec? {
    guard
      let json = try database.query(
        "SELECT spec FROM samples WHERE round_id = ?", [round.id]
      ).first?[0].string
    else { return nil }
    do {
      return try JSONDecoder().decode(SampleSpec.self, from: Data(json.utf8))
    } catch {
      throw WorkspaceError.corruptRow(
        table: "samples", detail: "the sample of round \(round.id) ('\(round.name)'): \(error)")
    }
  }

  /// Stores a round's draw and logs it; refuses when the round is allocated (the sample is
  /// locked) or already drawn unless `replacingExisting`.
  func saveSample(
    round: RoundRecord, specJSON: String, drawJSON: String, cases: [StoredSampleCase],
    replacingExisting: Bool, actor: String, details: [String: String]
  ) throws {
    try database.writeTransaction {
      try requireUnlocked(round)
      let existed = try sample(forRound: round) != nil
      if existed {
        guard replacingExisting else {
          throw WorkspaceDataError.conflict(
            "round '\(round.name)' already has a sample; drawing again would discard it "
              + "(use --redraw to do so, which is logged)")
        }
        try database.execute("DELETE FROM sample_cases WHERE round_id = ?", [round.id])
        try database.execute("DELETE FROM samples WHERE round_id = ?", [round.id])
      }
      try database.execute(
        "INSERT INTO samples(round_id, spec, draw, drawn_at) VALUES (?, ?, ?, ?)",
        [round.id, specJSON, drawJSON, Workspace.timestamp(now())])
      try insertSampleCases(round: round, cases)
      try recordEvent(
        actor: actor, action: existed ? "sample.redrawn" : "sample.drawn",
        subject: round.name, details: details)
    }
  }

  /// Records a replacement in one transaction: the updated draw, the round's sampled cases
  /// rewritten from it, and one event naming every case out and in.
  ///
  /// The event log names the cases by the pseudonyms `references` gives, not their ids.
  func replaceSampleCases(
    round: RoundRecord, drawJSON: String, cases: [StoredSampleCase], out: [String],
    in incoming: [String], reason: String, actor: String, references: (String) -> String
  ) throws {
    try database.writeTransaction {
      try requireUnlocked(round)
      try database.execute(
        "UPDATE samples SET draw = ? WHERE round_id = ?", [drawJSON, round.id])
      try database.execute("DELETE FROM sample_cases WHERE round_id = ?", [round.id])
      try insertSampleCases(round: round, cases)
      try recordEvent(
        actor: actor, action: "sample.replaced", subject: round.name,
        details: [
          "out": out.map(references).joined(separator: ","),
          "in": incoming.map(references).joined(separator: ","), "reason": reason,
        ])
    }
  }

  private func insertSampleCases(round: RoundRecord, _ cases: [StoredSampleCase]) throws {
    try database.executeMany(
      """
      INSERT INTO sample_cases(round_id, case_id, stratum, inclusion_probability)
      VALUES (?, ?, ?, ?)
      """,
      rows: cases.map { [round.id, $0.caseID, $0.stratum, $0.inclusionProbability] })
  }

  private func requireUnlocked(_ round: RoundRecord) throws {
    if try isAllocated(round) {
      throw WorkspaceDataError.conflict(
        "the sample of round '\(round.name)' is locked: auditors have been allocated")
    }
  }

  /// The round's stored draw, or `nil` before one is drawn.
  public func sample(forRound round: RoundRecord) throws -> StoredSample? {
    try database.query(
      "SELECT spec, draw, drawn_at FROM samples WHERE round_id = ?", [round.id]
    ).first.map { row in
      guard let spec = row.string("spec"), let draw = row.string("draw"),
        let drawnAt = row.string("drawn_at")
      else {
        throw WorkspaceError.corruptRow(
          table: "samples", detail: "the sample of round \(round.id) has a NULL column")
      }
      return StoredSample(specJSON: spec, drawJSON: draw, drawnAt: drawnAt)
    }
  }

  /// The cases in the round's sample, in case-id order.
  public func sampleCases(forRound round: RoundRecord) throws -> [StoredSampleCase] {
    try database.query(
      """
      SELECT case_id, stratum, inclusion_probability FROM sample_cases
      WHERE round_id = ? ORDER BY case_id
      """, [round.id]
    ).map { row in
      let place = "round \(round.id)'s sampled case"
      return StoredSampleCase(
        caseID: try row.text("case_id", table: "sample_cases", row: place),
        stratum: try row.text("stratum", table: "sample_cases", row: place),
        inclusionProbability: try row.number(
          "inclusion_probability", table: "sample_cases", row: place))
    }
  }

  /// Case ids sampled by other rounds whose draw happened at or after `since` (ISO 8601 UTC).
  public func caseIDsSampled(since: String, exceptRound round: RoundRecord) throws -> [String] {
    try database.query(
      """
      SELECT DISTINCT sample_cases.case_id FROM sample_cases
      JOIN samples ON samples.round_id = sample_cases.round_id
      WHERE samples.drawn_at >= ? AND sample_cases.round_id != ?
      """, [since, round.id]
    ).compactMap { $0[0].string }
  }

  /// Whether auditors have been allocated to the round (which locks its sample).
  public func isAllocated(_ round: RoundRecord) throws -> Bool {
    try database.scalarInt("SELECT count(*) FROM allocation_runs WHERE round_id = ?", [round.id])
      ?? 0 > 0
  }
}

extension SQLiteValue {
  /// The number, when this is a real or an integer.
  public var real: Double? {
    switch self {
    case .real(let value): value
    case .integer(let value): Double(value)
    default: nil
    }
  }
}

/// The outcome of the last `sample verify` of a round, as recorded in the event log.
public struct SampleVerification: Sendable, Hashable {
  /// When it ran, ISO 8601 UTC.
  public let at: String
  /// Whether the fresh derivation reproduced the stored sample exactly.
  public let identical: Bool
  /// The fingerprint of the sample it verified (see `Workspace.sampleFingerprint`).
  public let fingerprint: String
}

extension Workspace {
  /// The fingerprint of a round's stored sample: SHA-256 over its snapshot id, specification
  /// and draw as stored, so that a verification can tell whether the sample it checked is the
  /// one there now (a replacement changes the draw, and so the fingerprint).
  public static func sampleFingerprint(_ sample: StoredSample, snapshotID: Int) -> String {
    var bytes = Array("snapshot \(snapshotID)\n".utf8)
    bytes += Array(sample.specJSON.utf8) + [0x0A] + Array(sample.drawJSON.utf8)
    return SHA256.hash(bytes).hexString
  }

  /// Records a verification of `round`'s sample in the event log.
  public func recordVerification(
    round: RoundRecord, identical: Bool, fingerprint: String, actor: String
  ) throws {
    try write(
      actor: actor, action: "sample.verified", subject: round.name,
      details: ["identical": identical ? "true" : "false", "fingerprint": fingerprint]
    ) { _ in }
  }

  /// The last recorded verification of `round`'s sample, or `nil` when it was never verified.
  public func latestVerification(round: RoundRecord) throws -> SampleVerification? {
    guard
      let row = try database.query(
        """
        SELECT at, json_extract(details, '$.identical') AS identical,
          json_extract(details, '$.fingerprint') AS fingerprint
        FROM events WHERE action = 'sample.verified' AND subject = ?
        ORDER BY id DESC LIMIT 1
        """, [round.name]
      ).first
    else { return nil }
    let place = "the latest 'sample.verified' event of round \(round.id)"
    return SampleVerification(
      at: try row.text("at", table: "events", row: place),
      identical: try row.text("identical", table: "events", row: place) == "true",
      fingerprint: try row.text("fingerprint", table: "events", row: place))
  }
}
