/// One cell of a breakdown: the cases sharing one value of the dimension.
public struct BreakdownCell: Sendable, Hashable, Codable {
  /// The value's code, for example `childProtection`, `5-10` or `longTerm`.
  public var value: String
  /// The value in words.
  public var label: String
  /// The cases in the cell, or `nil` when the cell is suppressed.
  public var cases: Int?
  /// Whether the whole cell is withheld.
  public var suppressed: Bool
  /// Why it is withheld, when it is.
  public var suppression: SuppressionReason?
  /// Each grade question's acceptable proportion in the cell, in tool order.
  public var questions: [QuestionCell]
  /// Each theme's below-acceptable proportion in the cell, in tool order.
  public var themes: [ThemeCell]

  /// Creates a cell, withholding its case count when `suppression` is set.
  public init(
    value: String, label: String, cases: Int, suppression: SuppressionReason?,
    questions: [QuestionCell], themes: [ThemeCell]
  ) {
    self.value = value
    self.label = label
    self.cases = suppression == nil ? cases : nil
    suppressed = suppression != nil
    self.suppression = suppression
    self.questions = questions
    self.themes = themes
  }

  private enum CodingKeys: String, CodingKey {
    case value, label, cases, suppressed, suppression, questions, themes
  }

  /// Encodes every field, writing `null` for withheld figures.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(label, forKey: .label)
    try container.encode(cases, forKey: .cases)
    try container.encode(suppressed, forKey: .suppressed)
    try container.encode(suppression, forKey: .suppression)
    try container.encode(questions, forKey: .questions)
    try container.encode(themes, forKey: .themes)
  }
}
