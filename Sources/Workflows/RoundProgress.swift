public import AuditStore
internal import Sampling

/// Where a round stands, for the lead's dashboard.
///
/// Each sampled case's state, each auditor's load and progress, and the totals. Cases are
/// named by pseudonym only.
public struct RoundProgress: Sendable, Equatable, Encodable {
  /// Where one case stands.
  public enum CaseState: String, Sendable, Encodable, CaseIterable {
    /// No one is allocated to it yet.
    case unallocated
    /// Allocated, and no one has saved anything.
    case notStarted
    /// Someone has saved a draft, or some but not all allocated auditors have submitted.
    case inProgress
    /// Every allocated auditor has submitted (a single audit, or a double audit moderated or
    /// not needing it).
    case submitted
    /// A double audit with every audit submitted, waiting for the moderator.
    case awaitingModeration
    /// A moderator has recorded the agreed answers.
    case moderated
  }

  /// One sampled case.
  public struct CaseProgress: Sendable, Equatable, Encodable {
    /// The case's pseudonymous reference.
    public let reference: String
    /// The auditors allocated, in rater order.
    public let allocated: [String]
    /// Each auditor's latest status (allocated or not), by auditor id.
    public let statuses: [String: ResponseStatus]
    /// The case's state.
    public let state: CaseState
  }

  /// One auditor on the roster with something allocated or recorded in the round.
  public struct AuditorProgress: Sendable, Equatable, Encodable {
    /// The auditor's id.
    public let id: String
    /// Their agency.
    public let agency: String
    /// Cases allocated to them.
    public let allocated: Int
    /// Cases whose latest revision of theirs is a draft.
    public let drafts: Int
    /// Cases they have submitted.
    public let submitted: Int
    /// Cases they have moderated.
    public let moderated: Int
  }

  /// The round's name.
  public let round: String
  /// Every sampled case, in reference order.
  public let cases: [CaseProgress]
  /// The auditors, by id.
  public let auditors: [AuditorProgress]

  /// The number of cases in each state (states with none are absent).
  public var byState: [CaseState: Int] {
    Dictionary(grouping: cases, by: \.state).mapValues(\.count)
  }

  /// The number of cases whose allocated audits are all submitted (moderated or not).
  public var done: Int {
    cases.count { [.submitted, .awaitingModeration, .moderated].contains($0.state) }
  }

  /// Gathers round `roundName`'s progress from its allocation and latest revisions.
  public init(round roundName: String, workspace: Workspace) throws {
    let round = try workspace.requireRound(named: roundName)
    let pseudonyms = try workspace.pseudonymizer()
    let sampled = try workspace.sampleCases(forRound: round).map(\.caseID)
    let allocation = Dictionary(
      uniqueKeysWithValues: try workspace.allocations(forRound: round).map {
        ($0.caseID, $0.auditorIDs)
      })
    var audits: [String: [String: ResponseStatus]] = [:]
    var moderated: Set<String> = []
    var moderations: [String: Int] = [:]
    for revision in try workspace.responseRevisions(round: round, latestOnly: true) {
      switch revision.kind {
      case .audit: audits[revision.caseID, default: [:]][revision.auditorID] = revision.status
      case .moderation:
        moderated.insert(revision.caseID)
        moderations[revision.auditorID, default: 0] += 1
      }
    }
    let cases = sampled.map { caseID in
      let allocated = allocation[caseID] ?? []
      let statuses = audits[caseID] ?? [:]
      let state: CaseState
      if moderated.contains(caseID) {
        state = .moderated
      } else if allocated.isEmpty {
        state = .unallocated
      } else if allocated.allSatisfy({ statuses[$0] == .submitted }) {
        state = allocated.count > 1 ? .awaitingModeration : .submitted
      } else if statuses.isEmpty {
        state = .notStarted
      } else {
        state = .inProgress
      }
      return CaseProgress(
        reference: pseudonyms.reference(for: caseID), allocated: allocated, statuses: statuses,
        state: state)
    }
    self.round = round.name
    self.cases = cases.sorted { $0.reference < $1.reference }
    let roster = try workspace.auditors()
    auditors = roster.compactMap { auditor in
      let allocated = cases.count { $0.allocated.contains(auditor.id) }
      let drafts = cases.count { $0.statuses[auditor.id] == .draft }
      let submitted = cases.count { $0.statuses[auditor.id] == .submitted }
      let moderated = moderations[auditor.id] ?? 0
      guard allocated + drafts + submitted + moderated > 0 else { return nil }
      return AuditorProgress(
        id: auditor.id, agency: auditor.agency, allocated: allocated, drafts: drafts,
        submitted: submitted, moderated: moderated)
    }.sorted { $0.id < $1.id }
  }
}
