public import Statistics

/// One criterion compared between two rounds: the proportion acceptable before and after, the
/// difference with its interval, the tests, and the verdict.
public struct QuestionComparison: Sendable, Hashable, Codable {
  /// The question's stable id.
  public var id: String
  /// The question's text in the later round's tool.
  public var text: String
  /// Acceptable before.
  public var before: ProportionFinding
  /// Acceptable after.
  public var after: ProportionFinding
  /// After minus before, or `nil` when a round has no judged cases.
  public var difference: Double?
  /// Newcombe's hybrid score 95% interval for the difference (Newcombe 1998, method 10).
  public var interval: ConfidenceInterval?
  /// Fisher's exact test, two-sided, of acceptable against not in the two rounds.
  public var fisherP: Double?
  /// Mann–Whitney U of the later round's grades against the earlier's, on levels ordered by
  /// merit (best highest), so U above n₁n₂/2 means later grades tend to be better.
  public var mannWhitneyU: Double?
  /// The Mann–Whitney two-sided p-value.
  public var mannWhitneyP: Double?
  /// How the Mann–Whitney p-value was found: `exact` or `normalApproximation` (tie-corrected,
  /// with continuity correction).
  public var mannWhitneyMethod: String?
  /// Cliff's delta of later against earlier grades by merit: positive when the later round's
  /// grades tend to be better, from −1 to 1.
  public var cliffsDelta: Double?
  /// Fisher's p adjusted by Holm's method across every question compared.
  public var holmP: Double?
  /// What the interval supports.
  public var verdict: ComparisonVerdict
  /// A caveat for a claimed change that does not survive the Holm adjustment.
  public var caveat: String?
  /// The smallest rise from the earlier proportion these sample sizes would detect with 80%
  /// power at the two-sided 5% level, or `nil` when the earlier proportion is 0% or 100% or a
  /// round is empty.
  public var minimumDetectableDifference: Double?
  /// Whether either round's denominator is below 10.
  public var indicativeOnly: Bool

  /// Creates a comparison from its parts.
  public init(
    id: String, text: String, before: ProportionFinding, after: ProportionFinding,
    difference: Double?, interval: ConfidenceInterval?, fisherP: Double?, mannWhitneyU: Double?,
    mannWhitneyP: Double?, mannWhitneyMethod: String?, cliffsDelta: Double?, holmP: Double?,
    verdict: ComparisonVerdict, caveat: String?, minimumDetectableDifference: Double?,
    indicativeOnly: Bool
  ) {
    self.id = id
    self.text = text
    self.before = before
    self.after = after
    self.difference = difference
    self.interval = interval
    self.fisherP = fisherP
    self.mannWhitneyU = mannWhitneyU
    self.mannWhitneyP = mannWhitneyP
    self.mannWhitneyMethod = mannWhitneyMethod
    self.cliffsDelta = cliffsDelta
    self.holmP = holmP
    self.verdict = verdict
    self.caveat = caveat
    self.minimumDetectableDifference = minimumDetectableDifference
    self.indicativeOnly = indicativeOnly
  }

  private enum CodingKeys: String, CodingKey {
    case id, text, before, after, difference, ci, fisherP, mannWhitneyU, mannWhitneyP
    case mannWhitneyMethod, cliffsDelta, holmP, verdict, caveat, minimumDetectableDifference
    case indicativeOnly
  }

  /// Decodes the JSON form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    text = try container.decode(String.self, forKey: .text)
    before = try container.decode(ProportionFinding.self, forKey: .before)
    after = try container.decode(ProportionFinding.self, forKey: .after)
    difference = try container.decodeIfPresent(Double.self, forKey: .difference)
    interval = try IntervalCoding.interval(
      estimate: difference, pair: container.decodeIfPresent([Double].self, forKey: .ci))
    fisherP = try container.decodeIfPresent(Double.self, forKey: .fisherP)
    mannWhitneyU = try container.decodeIfPresent(Double.self, forKey: .mannWhitneyU)
    mannWhitneyP = try container.decodeIfPresent(Double.self, forKey: .mannWhitneyP)
    mannWhitneyMethod = try container.decodeIfPresent(String.self, forKey: .mannWhitneyMethod)
    cliffsDelta = try container.decodeIfPresent(Double.self, forKey: .cliffsDelta)
    holmP = try container.decodeIfPresent(Double.self, forKey: .holmP)
    verdict = try container.decode(ComparisonVerdict.self, forKey: .verdict)
    caveat = try container.decodeIfPresent(String.self, forKey: .caveat)
    minimumDetectableDifference = try container.decodeIfPresent(
      Double.self, forKey: .minimumDetectableDifference)
    indicativeOnly = try container.decode(Bool.self, forKey: .indicativeOnly)
  }

  /// Encodes the JSON form: the interval as `"ci": [low, high]`, `null` for missing values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encode(before, forKey: .before)
    try container.encode(after, forKey: .after)
    try container.encode(difference, forKey: .difference)
    try container.encode(IntervalCoding.pair(interval), forKey: .ci)
    try container.encode(fisherP, forKey: .fisherP)
    try container.encode(mannWhitneyU, forKey: .mannWhitneyU)
    try container.encode(mannWhitneyP, forKey: .mannWhitneyP)
    try container.encode(mannWhitneyMethod, forKey: .mannWhitneyMethod)
    try container.encode(cliffsDelta, forKey: .cliffsDelta)
    try container.encode(holmP, forKey: .holmP)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(caveat, forKey: .caveat)
    try container.encode(minimumDetectableDifference, forKey: .minimumDetectableDifference)
    try container.encode(indicativeOnly, forKey: .indicativeOnly)
  }
}
