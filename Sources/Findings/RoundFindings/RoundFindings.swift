public import AuditForms

/// A round's findings: per question, per theme, the overall judgement, an optional breakdown,
/// key findings in plain English, and the data-quality record.
///
/// Each case contributes one set of answers: the moderated (agreed) answers where the case was
/// moderated, otherwise its first allocated auditor's submitted response. Drafts never count;
/// a case with no usable answers is counted in `notAudited` and in `dataQuality`.
public struct RoundFindings: Sendable, Hashable, Codable {
  /// The round's name.
  public var round: String
  /// The round's purpose.
  public var purpose: String
  /// The id of the tool the findings were computed with.
  public var toolID: String
  /// The version of the tool the findings were computed with.
  public var toolVersion: String
  /// Whose answers the findings rest on.
  public var source: FindingSource
  /// Cases whose answers were used.
  public var cases: Int
  /// Of those, cases whose moderated answers were used.
  public var moderatedCases: Int
  /// Of those, cases whose first allocated auditor's answers were used.
  public var primaryCases: Int
  /// Sampled cases with no usable answers.
  public var notAudited: Int
  /// Whether the whole round rests on fewer than 10 cases.
  public var indicativeOnly: Bool
  /// Cases used per stage code (the case mix).
  public var stages: [String: Int]
  /// Per question, in tool order.
  public var questions: [QuestionFinding]
  /// Per theme, in tool order.
  public var themes: [ThemeFinding]
  /// The overall judgement's distribution, when the tool has one.
  public var overall: OverallFinding?
  /// The breakdown asked for, if any.
  public var breakdown: Breakdown?
  /// The weakest and strongest criteria and themes, in words.
  public var keyFindings: [KeyFinding]
  /// What could not be used, and why.
  public var dataQuality: DataQuality

  /// Creates findings from their parts.
  public init(
    round: String, purpose: String, toolID: String, toolVersion: String, source: FindingSource,
    cases: Int, moderatedCases: Int, primaryCases: Int, notAudited: Int, indicativeOnly: Bool,
    stages: [String: Int], questions: [QuestionFinding], themes: [ThemeFinding],
    overall: OverallFinding?,
    breakdown: Breakdown?, keyFindings: [KeyFinding], dataQuality: DataQuality
  ) {
    self.round = round
    self.purpose = purpose
    self.toolID = toolID
    self.toolVersion = toolVersion
    self.source = source
    self.cases = cases
    self.moderatedCases = moderatedCases
    self.primaryCases = primaryCases
    self.notAudited = notAudited
    self.indicativeOnly = indicativeOnly
    self.stages = stages
    self.questions = questions
    self.themes = themes
    self.overall = overall
    self.breakdown = breakdown
    self.keyFindings = keyFindings
    self.dataQuality = dataQuality
  }

  /// Computes a round's findings.
  ///
  /// - Parameters:
  ///   - tool: the audit tool the round used.
  ///   - round: the round.
  ///   - cases: the round's sampled cases; evidence quotes are taken in this order.
  ///   - breakdown: the dimension to break the findings down by, if any.
  ///   - minimumCell: the smallest number of cases a breakdown figure may rest on (3 by
  ///     default); smaller ones are suppressed (see `Breakdown`).
  ///   - keyFindingsPerList: how many weakest and strongest criteria and themes to state.
  ///   - evidence: reads the evidence of one answer of a stored revision (given the revision
  ///     and the question id), for the few answers quoted from packed responses
  ///     (`ResponseAnswers.packed`); called on this thread after the cases are counted. Without
  ///     it, packed responses give no quotes.
  /// - Returns: the round's findings.
  /// Cases are processed in fixed chunks on every available core and merged in case order, so
  /// the result does not depend on the machine.
  ///
  /// - Complexity: O(n · q · c) for n cases and q questions with conditions of size c.
  public static func compute(
    tool: AuditTool, round: RoundInfo, cases: [AuditedCase],
    breakdown: BreakdownDimension? = nil, minimumCell: Int = 3, keyFindingsPerList: Int = 3,
    evidence: (EvidenceKey, String) throws -> String?
  ) rethrows -> RoundFindings {
    var accumulator = FindingsAccumulator.accumulate(
      plan: ToolPlan(tool), breakdown: breakdown, cases: cases)
    try accumulator.resolveQuotes(evidence)
    return accumulator.findings(
      round: round, minimumCell: minimumCell, keyFindingsPerList: keyFindingsPerList)
  }

  /// Computes a round's findings from answers at hand: packed responses give no quotes (see
  /// ``compute(tool:round:cases:breakdown:minimumCell:keyFindingsPerList:evidence:)``).
  public static func compute(
    tool: AuditTool, round: RoundInfo, cases: [AuditedCase],
    breakdown: BreakdownDimension? = nil, minimumCell: Int = 3, keyFindingsPerList: Int = 3
  ) -> RoundFindings {
    compute(
      tool: tool, round: round, cases: cases, breakdown: breakdown, minimumCell: minimumCell,
      keyFindingsPerList: keyFindingsPerList, evidence: { _, _ in nil })
  }

  /// The question finding with an id, if the tool has it.
  public func question(_ id: String) -> QuestionFinding? { questions.first { $0.id == id } }

  /// The theme finding with an id, if the tool has it.
  public func theme(_ id: String) -> ThemeFinding? { themes.first { $0.id == id } }

  private enum CodingKeys: String, CodingKey {
    case round, purpose, toolID, toolVersion, source, cases, moderatedCases, primaryCases
    case notAudited, indicativeOnly, stages, questions, themes, overall, breakdown, keyFindings
    case dataQuality
  }

  /// Encodes every field, writing `null` for missing values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(round, forKey: .round)
    try container.encode(purpose, forKey: .purpose)
    try container.encode(toolID, forKey: .toolID)
    try container.encode(toolVersion, forKey: .toolVersion)
    try container.encode(source, forKey: .source)
    try container.encode(cases, forKey: .cases)
    try container.encode(moderatedCases, forKey: .moderatedCases)
    try container.encode(primaryCases, forKey: .primaryCases)
    try container.encode(notAudited, forKey: .notAudited)
    try container.encode(indicativeOnly, forKey: .indicativeOnly)
    try container.encode(stages, forKey: .stages)
    try container.encode(questions, forKey: .questions)
    try container.encode(themes, forKey: .themes)
    try container.encode(overall, forKey: .overall)
    try container.encode(breakdown, forKey: .breakdown)
    try container.encode(keyFindings, forKey: .keyFindings)
    try container.encode(dataQuality, forKey: .dataQuality)
  }
}
