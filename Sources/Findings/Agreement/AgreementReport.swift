public import AuditForms

/// Agreement between auditors over a round's double-audited cases.
///
/// Only the auditors' own final (submitted or moderated) responses count as ratings: drafts
/// and the moderator's agreed answers never do. Raters are taken in each case's allocation
/// order, so "rater 1" is a case's first allocated auditor — who that is changes from case to
/// case, as it does in any audit day, and the coefficients treat the raters as interchangeable
/// except Cohen's kappa, which compares rater 1 with rater 2. Each auditor's answers decide
/// which questions applied for them; N/A, unanswered and unusable answers are missing values,
/// which Krippendorff's alpha handles as Krippendorff (2011) defines.
public struct AgreementReport: Sendable, Hashable, Codable {
  /// The round's name.
  public var round: String
  /// Cases with two or more independent final responses.
  public var cases: Int
  /// The most auditors who rated one case.
  public var raters: Int
  /// Per grade, choice, multi-choice and number question, in tool order (dates and free text
  /// are not compared).
  public var questions: [QuestionAgreement]
  /// Per grade scale, in order of first use, agreement pooled over the questions on it; a
  /// pooled coefficient is undefined when any of its questions' is (see ``ScaleAgreement``).
  public var scales: [ScaleAgreement]
  /// Grades two or more levels apart, by question in tool order, then by case.
  public var disagreements: [Disagreement]
  /// Per auditor with moderated cases, how often their grades differed from the moderated ones,
  /// by auditor id.
  public var auditors: [AuditorConsistency]
  /// How the coefficients' intervals were found: the bootstrap's replicates and seed.
  public var bootstrap = BootstrapRecord(replicates: 0, seed: "0")

  /// Below this many double-audited cases agreement is flagged as a small sample.
  public static let smallSampleThreshold = 30

  /// Whether agreement rests on fewer than ``smallSampleThreshold`` double-audited cases.
  public var smallSample: Bool

  /// The bootstrap behind the intervals: percentile, resampling whole cases.
  public struct BootstrapRecord: Sendable, Hashable, Codable {
    /// The replicates drawn (0 when there were fewer than 2 cases).
    public var replicates: Int
    /// The seed of the resampling, as a decimal string.
    public var seed: String
  }

  /// Creates a report from its parts.
  public init(
    round: String, cases: Int, raters: Int, questions: [QuestionAgreement],
    scales: [ScaleAgreement], disagreements: [Disagreement], auditors: [AuditorConsistency]
  ) {
    self.round = round
    self.cases = cases
    smallSample = cases < Self.smallSampleThreshold
    self.raters = raters
    self.questions = questions
    self.scales = scales
    self.disagreements = disagreements
    self.auditors = auditors
  }

  /// Computes the agreement report for a round.
  ///
  /// - Complexity: O(d · r · q · c + u · r²) for d double-audited cases with r raters, q
  ///   questions with conditions of size c, and u rated units.
  ///
  /// Every coefficient of every question gets a 95% percentile bootstrap interval resampling
  /// whole cases, from `seed` (recorded in ``bootstrap``).
  public static func compute(
    tool: AuditTool, round: RoundInfo, cases: [AuditedCase], seed: UInt64 = 20_270_320
  ) -> AgreementReport {
    AgreementCalculator.accumulate(plan: ToolPlan(tool), cases: cases).report(
      round: round.name, seed: seed)
  }
}
