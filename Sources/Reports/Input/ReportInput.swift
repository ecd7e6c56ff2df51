public import AuditForms
public import Findings

/// Everything a report on one audit round shows: the round, who took part, its findings,
/// agreement between auditors, an optional before/after comparison, and how the sample was
/// drawn.
///
/// The renderers (`HTMLReport`, `MarkdownReport`, `CSVReport`, `JSONReport`) are pure
/// functions of this value: they read nothing else, so the same input always gives the same
/// report.
public struct ReportInput: Sendable, Hashable, Codable {
  /// The safeguarding partnership the paper is for, for example "Northbridge Safeguarding
  /// Children Partnership".
  public var partnership: String?
  /// The round reported on.
  public var round: ReportRound
  /// Who took part, one entry per agency.
  public var participants: [ReportParticipant]
  /// The round's findings.
  public var findings: RoundFindings
  /// Agreement between auditors over the double-audited cases, when there were any.
  public var agreement: AgreementReport?
  /// The comparison with an earlier round (before → after), when one was asked for.
  public var comparison: RoundComparison?
  /// How the population was captured and the sample drawn and allocated.
  public var methods: ReportMethods
  /// Further data-quality notes from the caller, shown after the findings' own record.
  public var dataQuality: [String]
  /// When the report was generated, as an ISO 8601 timestamp.
  public var generatedAt: String
  /// Whether real case identifiers were used in place of pseudonyms (`--identify`); the report
  /// then says so prominently on its cover.
  public var identified: Bool
  /// The parts of the audit tool the report needs (sections, themes, acceptable levels), or
  /// `nil` when the tool is not at hand; sections then fall back to their ids.
  public var tool: ReportTool?

  /// Creates an input from its parts.
  public init(
    partnership: String?, round: ReportRound, participants: [ReportParticipant],
    findings: RoundFindings, agreement: AgreementReport?, comparison: RoundComparison?,
    methods: ReportMethods, dataQuality: [String], generatedAt: String, identified: Bool,
    tool: ReportTool?
  ) {
    self.partnership = partnership
    self.round = round
    self.participants = participants
    self.findings = findings
    self.agreement = agreement
    self.comparison = comparison
    self.methods = methods
    self.dataQuality = dataQuality
    self.generatedAt = generatedAt
    self.identified = identified
    self.tool = tool
  }

  /// Creates an input with the tool the round used, summarised for the report.
  public init(
    partnership: String?, round: ReportRound, participants: [ReportParticipant],
    findings: RoundFindings, agreement: AgreementReport?, comparison: RoundComparison?,
    methods: ReportMethods, dataQuality: [String], generatedAt: String, identified: Bool,
    auditTool: AuditTool?
  ) {
    self.init(
      partnership: partnership, round: round, participants: participants, findings: findings,
      agreement: agreement, comparison: comparison, methods: methods, dataQuality: dataQuality,
      generatedAt: generatedAt, identified: identified, tool: auditTool.map(ReportTool.init))
  }
}
