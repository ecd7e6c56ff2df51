public import AuditForms
import CaseList
public import Formats

/// Two rounds compared criterion by criterion and theme by theme, with the warnings that limit
/// how far the comparison can be read.
///
/// Each round contributes, per case, the same answers its findings use (moderated where the
/// case was moderated, otherwise the first allocated auditor's submitted response). Grade
/// questions are matched by stable id and compared only when their scales have the same levels
/// and acceptable levels; themes are matched by id. The verdicts follow the Newcombe intervals
/// (see `ComparisonVerdict`).
public struct RoundComparison: Sendable, Hashable, Codable {
  /// The earlier round.
  public var before: RoundSummary
  /// The later round.
  public var after: RoundSummary
  /// The criteria compared, in the later tool's order.
  public var questions: [QuestionComparison]
  /// The themes compared, in the later tool's order.
  public var themes: [ThemeComparison]
  /// Grade questions that could not be compared.
  public var unmatchedQuestions: [UnmatchedQuestion]
  /// The stage-mix test, when both rounds have cases at two or more stages between them.
  public var caseMix: CaseMixTest?
  /// What limits the comparison.
  public var warnings: [ComparisonWarning]
  /// The dimension the comparison was also made within, if any.
  public var within: BreakdownDimension?
  /// The comparison within each stratum, when `within` is set.
  public var strata: [ComparisonStratum]
  /// The difference-in-differences between trained and untrained workers' cases, when asked.
  public var trainedWorkers: TrainingComparison?
  /// The pre-declared primary criteria, when the follow-up round records them: Holm's family
  /// is then these alone, and every other criterion is secondary (see
  /// ``declarePrimary(_:)``).
  public var primary: [String]?

  /// Creates a comparison from its parts.
  public init(
    before: RoundSummary, after: RoundSummary, questions: [QuestionComparison],
    themes: [ThemeComparison], unmatchedQuestions: [UnmatchedQuestion], caseMix: CaseMixTest?,
    warnings: [ComparisonWarning], within: BreakdownDimension?, strata: [ComparisonStratum],
    trainedWorkers: TrainingComparison?
  ) {
    self.before = before
    self.after = after
    self.questions = questions
    self.themes = themes
    self.unmatchedQuestions = unmatchedQuestions
    self.caseMix = caseMix
    self.warnings = warnings
    self.within = within
    self.strata = strata
    self.trainedWorkers = trainedWorkers
    primary = nil
  }

  /// Compares two rounds.
  ///
  /// - Parameters:
  ///   - before: the earlier round and its sampled cases.
  ///   - after: the later round and its sampled cases.
  ///   - beforeTool: the tool (version) the earlier round used.
  ///   - afterTool: the tool (version) the later round used.
  ///   - within: a dimension to compare within as well (for example `.stage`), if any.
  ///   - minimumCell: the smallest number of cases a stratum's figure may rest on.
  /// - Returns: the comparison.
  /// - Complexity: O(n · q · c) for n cases and q questions with conditions of size c, plus
  ///   the statistics per question.
  public static func compute(
    before: (info: RoundInfo, cases: [AuditedCase]),
    after: (info: RoundInfo, cases: [AuditedCase]), beforeTool: AuditTool, afterTool: AuditTool,
    within: BreakdownDimension? = nil, minimumCell: Int = 3
  ) -> RoundComparison {
    ComparisonBuilder(
      before: before, after: after, beforeTool: beforeTool, afterTool: afterTool, within: within,
      minimumCell: minimumCell, training: nil
    ).comparison()
  }

  /// Compares two rounds and adds the difference-in-differences between the cases of workers
  /// who attended a training course and of those who did not.
  ///
  /// - Parameters:
  ///   - before: the earlier round and its sampled cases.
  ///   - after: the later round and its sampled cases.
  ///   - beforeTool: the tool (version) the earlier round used.
  ///   - afterTool: the tool (version) the later round used.
  ///   - within: a dimension to compare within as well, if any.
  ///   - minimumCell: the smallest number of cases a stratum's figure may rest on.
  ///   - training: the training roster.
  ///   - course: the course whose attendance splits the cases.
  ///   - beforeDate: the earlier round's audit date.
  ///   - afterDate: the later round's audit date.
  ///   - grouping: how cases are split (see `TrainingGrouping`).
  /// - Returns: the comparison, with `trainedWorkers` set.
  /// - Complexity: as `compute(before:after:beforeTool:afterTool:within:minimumCell:)`, plus
  ///   O(t) for t training records.
  public static func compute(
    before: (info: RoundInfo, cases: [AuditedCase]),
    after: (info: RoundInfo, cases: [AuditedCase]), beforeTool: AuditTool, afterTool: AuditTool,
    within: BreakdownDimension? = nil, minimumCell: Int = 3, training: [TrainingRecord],
    course: String, beforeDate: CalendarDate, afterDate: CalendarDate,
    grouping: TrainingGrouping = .atAuditDate
  ) -> RoundComparison {
    let roster = TrainingRoster(
      records: training, course: course, grouping: grouping, beforeDate: beforeDate,
      afterDate: afterDate)
    return ComparisonBuilder(
      before: before, after: after, beforeTool: beforeTool, afterTool: afterTool, within: within,
      minimumCell: minimumCell, training: (roster, course)
    ).comparison()
  }

  /// Compares two rounds already aggregated into findings, without reading their cases again.
  ///
  /// The result is the same as comparing the cases (without strata or training), except that
  /// the findings carry no case ids, so the caller says how many cases were audited in both
  /// rounds.
  ///
  /// - Parameters:
  ///   - before: the earlier round and its findings, computed with `beforeTool`.
  ///   - after: the later round and its findings, computed with `afterTool`.
  ///   - beforeTool: the tool (version) the earlier round used.
  ///   - afterTool: the tool (version) the later round used.
  ///   - overlappingCases: how many cases were audited in both rounds.
  /// - Returns: the comparison.
  /// - Complexity: O(q · n) for q questions and n cases per round (the rank tests).
  public static func compute(
    before: (info: RoundInfo, findings: RoundFindings),
    after: (info: RoundInfo, findings: RoundFindings), beforeTool: AuditTool,
    afterTool: AuditTool, overlappingCases: Int
  ) -> RoundComparison {
    ComparisonBuilder(
      before: before, after: after, beforeTool: beforeTool, afterTool: afterTool,
      overlappingCases: overlappingCases
    ).comparison()
  }

  private enum CodingKeys: String, CodingKey {
    case before, after, questions, themes, unmatchedQuestions, caseMix, warnings, within, strata
    case trainedWorkers, primary
  }

  /// The number of criteria whose tests Holm's adjustment runs over: every question compared
  /// with cases in both rounds, or the pre-declared primary ones among them (the family the
  /// verdicts' "adjusting for N comparisons" names).
  public var familySize: Int {
    questions.count { question in
      question.fisherP != nil && (primary.map { $0.contains(question.id) } ?? true)
    }
  }

  private enum DerivedKeys: String, CodingKey {
    case familySize
  }

  /// Encodes every field, writing `null` for missing values, and the derived `familySize`.
  public func encode(to encoder: any Encoder) throws {
    var derived = encoder.container(keyedBy: DerivedKeys.self)
    try derived.encode(familySize, forKey: .familySize)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(before, forKey: .before)
    try container.encode(after, forKey: .after)
    try container.encode(questions, forKey: .questions)
    try container.encode(themes, forKey: .themes)
    try container.encode(unmatchedQuestions, forKey: .unmatchedQuestions)
    try container.encode(caseMix, forKey: .caseMix)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(within, forKey: .within)
    try container.encode(strata, forKey: .strata)
    try container.encode(trainedWorkers, forKey: .trainedWorkers)
    try container.encode(primary, forKey: .primary)
  }
}
