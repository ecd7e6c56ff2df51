public import AuditForms
public import AuditStore
internal import CaseList
internal import Dispatch
public import Findings
internal import Foundation
public import Sampling
internal import Synchronization

/// A round's audits gathered for the aggregator: the latest revision of every response, by
/// case, with the case's record, allocation and pseudonym.
public struct AuditedRound {
  /// The round's context.
  public let context: RoundContext
  /// The round as the aggregator names it.
  public let info: RoundInfo
  /// Every sampled case with its latest responses, in case-id order.
  public let cases: [AuditedCase]
  /// The specification the round's sample was drawn with, if drawn.
  public let spec: SampleSpec?
  /// The workspace the answers were read from, for the evidence they leave there.
  private let workspace: Workspace

  /// Gathers a round; with `identify`, cases carry their real ids instead of pseudonyms.
  public init(roundName: String, workspace: Workspace, identify: Bool = false) throws {
    self.workspace = workspace
    context = try RoundContext(roundName: roundName, workspace: workspace)
    // A stored sample that does not decode fails loudly (WorkspaceError.corruptRow). The
    // draw itself (every sampled case, as JSON) is decoded only when a report asks for it.
    spec = try workspace.decodedSampleSpec(forRound: context.round)
    info = RoundInfo(
      name: context.round.name, purpose: context.round.purpose.rawValue,
      toolID: context.tool.id, toolVersion: context.tool.version,
      training: context.round.training, sampleDescription: Self.describe(spec))

    let tool = context.tool
    // The answers come from the typed rows the workspace derives from each revision, not from
    // re-parsing every revision's JSON, packed with their evidence left in the workspace until
    // a finding quotes it (issue 15).
    let stored = try workspace.latestPackedResponses(round: context.round, tool: tool)
    // Each case's responses, by index into `stored` (no response is copied to group them).
    var byCase: [String: [Int]] = [:]
    byCase.reserveCapacity(stored.count)
    for index in stored.indices { byCase[stored[index].caseID, default: []].append(index) }
    let auditors = context.auditors
    let context = self.context
    // Design weights: 1 / each sampled case's inclusion probability in the recorded draw.
    var weights: [String: Double] = [:]
    for (caseID, probability) in context.inclusionProbabilities where probability > 0 {
      weights[caseID] = 1 / probability
    }
    func response(_ stored: PackedResponse) -> AuditedResponse {
      let status: AuditedResponse.Status =
        switch stored.status {
        case .draft: .draft
        case .submitted: .submitted
        case .moderated: .moderated
        }
      return AuditedResponse(
        auditorID: stored.auditorID,
        auditorAgency: auditors[stored.auditorID]?.agency ?? "unknown", status: status,
        answers: .packed(
          stored.answers,
          evidence: EvidenceKey(responseID: stored.responseID, revision: stored.revision)))
    }
    let caseIDs = context.sampled.sorted()
    let references =
      identify ? caseIDs : Self.references(for: caseIDs, pseudonyms: context.pseudonyms)
    cases = caseIDs.indices.compactMap { position in
      let caseID = caseIDs[position]
      guard let record = context.casesByID[caseID] else { return nil }
      let revisions = (byCase[caseID] ?? []).map { stored[$0] }
      let allocated = context.allocation[caseID] ?? []
      // Allocated auditors first, in rater order; then any unallocated ones.
      let audits = revisions.filter { $0.kind == .audit }.sorted { a, b in
        let ia = allocated.firstIndex(of: a.auditorID) ?? Int.max
        let ib = allocated.firstIndex(of: b.auditorID) ?? Int.max
        return ia != ib ? ia < ib : a.auditorID < b.auditorID
      }
      return AuditedCase(
        caseID: caseID,
        reference: references[position], record: record,
        allocatedAuditors: allocated, responses: audits.map(response),
        // The most recent moderation wins, whoever recorded it (ISO timestamps sort by time).
        moderated: revisions.filter { $0.kind == .moderation }
          .max { ($0.recordedAt, $0.revision) < ($1.recordedAt, $1.revision) }.map(response),
        weight: weights[caseID])
    }
  }

  /// The pseudonymous references of `caseIDs`, in order, computed on every core (an HMAC
  /// each; a round of 100,000 cases spends a tenth of a second on them on one core).
  public static func references(for caseIDs: [String], pseudonyms: Pseudonymizer) -> [String] {
    let chunk = 8_192
    let chunks = (caseIDs.count + chunk - 1) / chunk
    guard chunks > 1 else { return caseIDs.map(pseudonyms.reference(for:)) }
    let done = Mutex<[Int: [String]]>([:])
    DispatchQueue.concurrentPerform(iterations: chunks) { index in
      let range = (index * chunk)..<min(caseIDs.count, (index + 1) * chunk)
      let part = caseIDs[range].map(pseudonyms.reference(for:))
      done.withLock { $0[index] = part }
    }
    let parts = done.withLock { $0 }
    // concurrentPerform returns once every iteration has run.
    return (0..<chunks).flatMap { index -> [String] in
      guard let part = parts[index] else { preconditionFailure("chunk \(index) did not run") }
      return part
    }
  }

  /// The round's sample as drawn (with any replacements) and as stored, if drawn; decoded
  /// from the workspace on each call (a stored draw that does not decode is
  /// `WorkspaceError.corruptRow`).
  public func sample() throws -> DecodedSample? {
    try workspace.decodedSample(forRound: context.round)
  }

  /// The evidence of one answer of a stored revision, for the quotes of the round's findings
  /// (pass it as `RoundFindings.compute`'s `evidence`).
  public func evidence(_ key: EvidenceKey, _ questionID: String) throws -> String? {
    try workspace.evidence(
      responseID: key.responseID, revision: key.revision, questionID: questionID)
  }

  /// Every response's answers in full, evidence included, by the stored revision: for exports
  /// that list every answer.
  public func fullAnswers() throws -> [EvidenceKey: AnswerSet] {
    var answers: [EvidenceKey: AnswerSet] = [:]
    for stored in try workspace.latestResponses(round: context.round, tool: context.tool) {
      answers[EvidenceKey(responseID: stored.responseID, revision: stored.revision)] =
        stored.answers
    }
    return answers
  }

  /// The sampling filters in words, so comparisons can warn when two rounds differ.
  public static func describe(_ spec: SampleSpec?) -> String {
    guard let spec else { return "no sample drawn" }
    var parts = ["neglect \(spec.neglect.rawValue)"]
    parts.append(
      spec.stages.isEmpty
        ? "all open stages" : "stages " + spec.stages.map(\.rawValue).joined(separator: ", "))
    if let minAge = spec.minAge { parts.append("age ≥ \(minAge)") }
    if let maxAge = spec.maxAge { parts.append("age ≤ \(maxAge)") }
    if spec.longTermOnly { parts.append("long-term only") }
    if !spec.teams.isEmpty { parts.append("teams " + spec.teams.joined(separator: ", ")) }
    if let range = spec.openedBetween { parts.append("opened \(range.from) to \(range.to)") }
    if let range = spec.closedBetween { parts.append("closed \(range.from) to \(range.to)") }
    if spec.includeUnborn { parts.append("unborn children included") }
    if let oversample = spec.oversample {
      parts.append(
        "\(oversample.key) oversampled to \(Int((oversample.share * 100).rounded())) % "
          + "(weighted)")
    }
    parts.append(
      spec.stratifyBy.isEmpty
        ? "unstratified"
        : "stratified by " + spec.stratifyBy.map(\.rawValue).joined(separator: ", "))
    parts.append("\(spec.allocation.rawValue) allocation")
    parts.append("unit \(spec.unit.rawValue)")
    return parts.joined(separator: "; ")
  }
}
