internal import AuditForms
public import AuditStore
internal import CaseList
public import Findings
internal import Foundation
public import Sampling

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
  /// The round's sample, if drawn.
  public let draw: SampleDraw?

  /// Gathers a round; with `identify`, cases carry their real ids instead of pseudonyms.
  public init(roundName: String, workspace: Workspace, identify: Bool = false) throws {
    context = try RoundContext(roundName: roundName, workspace: workspace)
    // A stored sample that does not decode fails loudly (WorkspaceError.corruptRow).
    let stored = try workspace.decodedSample(forRound: context.round)
    spec = stored?.spec
    draw = stored?.draw
    info = RoundInfo(
      name: context.round.name, purpose: context.round.purpose.rawValue,
      toolID: context.tool.id, toolVersion: context.tool.version,
      training: context.round.training, sampleDescription: Self.describe(spec))

    let tool = context.tool
    // The answers come from the typed rows the workspace derives from each revision, not from
    // re-parsing every revision's JSON (issue 15).
    var byCase: [String: [StoredResponse]] = [:]
    for stored in try workspace.latestResponses(round: context.round, tool: tool) {
      byCase[stored.caseID, default: []].append(stored)
    }
    let auditors = context.auditors
    let context = self.context
    // Design weights: 1 / each sampled case's inclusion probability in the recorded draw.
    var weights: [String: Double] = [:]
    for sampled in draw?.cases ?? [] where sampled.inclusionProbability > 0 {
      weights[sampled.caseId] = 1 / sampled.inclusionProbability
    }
    func response(_ stored: StoredResponse) -> AuditedResponse {
      let status: AuditedResponse.Status =
        switch stored.status {
        case .draft: .draft
        case .submitted: .submitted
        case .moderated: .moderated
        }
      return AuditedResponse(
        auditorID: stored.auditorID,
        auditorAgency: auditors[stored.auditorID]?.agency ?? "unknown", status: status,
        answers: stored.answers)
    }
    cases = context.sampled.sorted().compactMap { caseID in
      guard let record = context.casesByID[caseID] else { return nil }
      let revisions = byCase[caseID] ?? []
      let allocated = context.allocation[caseID] ?? []
      // Allocated auditors first, in rater order; then any unallocated ones.
      let audits = revisions.filter { $0.kind == .audit }.sorted { a, b in
        let ia = allocated.firstIndex(of: a.auditorID) ?? Int.max
        let ib = allocated.firstIndex(of: b.auditorID) ?? Int.max
        return ia != ib ? ia < ib : a.auditorID < b.auditorID
      }
      return AuditedCase(
        caseID: caseID,
        reference: identify ? caseID : context.pseudonyms.reference(for: caseID), record: record,
        allocatedAuditors: allocated, responses: audits.map(response),
        // The most recent moderation wins, whoever recorded it (ISO timestamps sort by time).
        moderated: revisions.filter { $0.kind == .moderation }
          .max { ($0.recordedAt, $0.revision) < ($1.recordedAt, $1.revision) }.map(response),
        weight: weights[caseID])
    }
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
