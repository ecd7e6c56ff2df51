public import Statistics

/// One theme compared between two rounds, by the share of cases where every judged criterion
/// of the theme was acceptable (one minus the share below acceptable), so that, as for
/// questions, a positive difference is an improvement.
public struct ThemeComparison: Sendable, Hashable, Codable {
  /// The theme's id.
  public var id: String
  /// The theme's title in the later round's tool.
  public var title: String
  /// Cases acceptable throughout the theme before.
  public var before: ProportionFinding
  /// Cases acceptable throughout the theme after.
  public var after: ProportionFinding
  /// After minus before, or `nil` when a round has no judged cases.
  public var difference: Double?
  /// Newcombe's hybrid score 95% interval for the difference.
  public var interval: ConfidenceInterval?
  /// Fisher's exact test, two-sided.
  public var fisherP: Double?
  /// Fisher's p adjusted by Holm's method across every theme compared (themes are their own
  /// family, apart from the questions).
  public var holmP: Double?
  /// What the interval supports.
  public var verdict: ComparisonVerdict
  /// A caveat for a claimed change that does not survive the Holm adjustment.
  public var caveat: String?
  /// The smallest rise these sample sizes would detect with 80% power.
  public var minimumDetectableDifference: Double?
  /// Whether either round's denominator is below 10.
  public var indicativeOnly: Bool
  /// Whether the theme's grade questions differ between the two tools.
  public var compositionChanged: Bool

  /// Creates a comparison from its parts.
  public init(
    id: String, title: String, before: ProportionFinding, after: ProportionFinding,
    difference: Double?, interval: ConfidenceInterval?, fisherP: Double?, holmP: Double?,
    verdict: ComparisonVerdict, caveat: String?, minimumDetectableDifference: Double?,
    indicativeOnly: Bool, compositionChanged: Bool
  ) {
    self.id = id
    self.title = title
    self.before = before
    self.after = after
    self.difference = difference
    self.interval = interval
    self.fisherP = fisherP
    self.holmP = holmP
    self.verdict = verdict
    self.caveat = caveat
    self.minimumDetectableDifference = minimumDetectableDifference
    self.indicativeOnly = indicativeOnly
    self.compositionChanged = compositionChanged
  }

  private enum CodingKeys: String, CodingKey {
    case id, title, before, after, difference, ci, fisherP, holmP, verdict, caveat
    case minimumDetectableDifference, indicativeOnly, compositionChanged
  }

  /// Decodes the JSON form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decode(String.self, forKey: .title)
    before = try container.decode(ProportionFinding.self, forKey: .before)
    after = try container.decode(ProportionFinding.self, forKey: .after)
    difference = try container.decodeIfPresent(Double.self, forKey: .difference)
    interval = try IntervalCoding.interval(
      estimate: difference, pair: container.decodeIfPresent([Double].self, forKey: .ci))
    fisherP = try container.decodeIfPresent(Double.self, forKey: .fisherP)
    holmP = try container.decodeIfPresent(Double.self, forKey: .holmP)
    verdict = try container.decode(ComparisonVerdict.self, forKey: .verdict)
    caveat = try container.decodeIfPresent(String.self, forKey: .caveat)
    minimumDetectableDifference = try container.decodeIfPresent(
      Double.self, forKey: .minimumDetectableDifference)
    indicativeOnly = try container.decode(Bool.self, forKey: .indicativeOnly)
    compositionChanged = try container.decode(Bool.self, forKey: .compositionChanged)
  }

  /// Encodes the JSON form: the interval as `"ci": [low, high]`, `null` for missing values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(before, forKey: .before)
    try container.encode(after, forKey: .after)
    try container.encode(difference, forKey: .difference)
    try container.encode(IntervalCoding.pair(interval), forKey: .ci)
    try container.encode(fisherP, forKey: .fisherP)
    try container.encode(holmP, forKey: .holmP)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(caveat, forKey: .caveat)
    try container.encode(minimumDetectableDifference, forKey: .minimumDetectableDifference)
    try container.encode(indicativeOnly, forKey: .indicativeOnly)
    try container.encode(compositionChanged, forKey: .compositionChanged)
  }
}
