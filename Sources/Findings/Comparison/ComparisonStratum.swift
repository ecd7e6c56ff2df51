/// A comparison within one stratum (for example one stage) of the two rounds.
///
/// Disclosure control as for breakdowns (see `Breakdown`): a stratum with fewer than the
/// minimum cell size of cases in either round is withheld whole, and so is a question or
/// theme whose denominator in either round is below it; the smallest other stratum or figure
/// is withheld as well when only one would be.
public struct ComparisonStratum: Sendable, Hashable, Codable {
  /// The stratum's value code, for example `childProtection`.
  public var value: String
  /// The value in words.
  public var label: String
  /// Whether the stratum is withheld.
  public var suppressed: Bool
  /// Why, when it is.
  public var suppression: SuppressionReason?
  /// Usable cases before, or `nil` when withheld.
  public var beforeCases: Int?
  /// Usable cases after, or `nil` when withheld.
  public var afterCases: Int?
  /// The questions compared within the stratum (withheld ones left out).
  public var questions: [QuestionComparison]
  /// The themes compared within the stratum (withheld ones left out).
  public var themes: [ThemeComparison]
  /// The ids of questions and themes withheld within the stratum.
  public var suppressedFigures: [String]
  /// Warnings that apply to the stratum (none when it is withheld: they would state its
  /// counts).
  public var warnings: [ComparisonWarning]

  /// Creates a stratum from its parts.
  public init(
    value: String, label: String, suppression: SuppressionReason?, beforeCases: Int,
    afterCases: Int, questions: [QuestionComparison], themes: [ThemeComparison],
    suppressedFigures: [String], warnings: [ComparisonWarning]
  ) {
    self.value = value
    self.label = label
    suppressed = suppression != nil
    self.suppression = suppression
    self.beforeCases = suppression == nil ? beforeCases : nil
    self.afterCases = suppression == nil ? afterCases : nil
    self.questions = suppression == nil ? questions : []
    self.themes = suppression == nil ? themes : []
    self.suppressedFigures = suppression == nil ? suppressedFigures : []
    // A withheld stratum's warnings would give its counts away.
    self.warnings = suppression == nil ? warnings : []
  }

  private enum CodingKeys: String, CodingKey {
    case value, label, suppressed, suppression, beforeCases, afterCases, questions, themes
    case suppressedFigures, warnings
  }

  /// Encodes every field, writing `null` for withheld figures.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(label, forKey: .label)
    try container.encode(suppressed, forKey: .suppressed)
    try container.encode(suppression, forKey: .suppression)
    try container.encode(beforeCases, forKey: .beforeCases)
    try container.encode(afterCases, forKey: .afterCases)
    try container.encode(questions, forKey: .questions)
    try container.encode(themes, forKey: .themes)
    try container.encode(suppressedFigures, forKey: .suppressedFigures)
    try container.encode(warnings, forKey: .warnings)
  }
}
