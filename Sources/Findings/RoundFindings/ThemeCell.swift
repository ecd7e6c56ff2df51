/// One theme's below-acceptable proportion in one breakdown cell, or the fact that it is
/// withheld.
public struct ThemeCell: Sendable, Hashable, Codable {
  /// The theme's id.
  public var id: String
  /// Cases below acceptable on the theme, or `nil` when suppressed.
  public var belowAcceptable: ProportionFinding?
  /// Whether the figure is withheld.
  public var suppressed: Bool
  /// Why it is withheld, when it is.
  public var suppression: SuppressionReason?

  /// Creates a cell figure, withholding it when `suppression` is set.
  public init(id: String, belowAcceptable: ProportionFinding, suppression: SuppressionReason?) {
    self.id = id
    self.belowAcceptable = suppression == nil ? belowAcceptable : nil
    suppressed = suppression != nil
    self.suppression = suppression
  }

  private enum CodingKeys: String, CodingKey {
    case id, belowAcceptable, suppressed, suppression
  }

  /// Encodes every field, writing `null` for withheld figures.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(belowAcceptable, forKey: .belowAcceptable)
    try container.encode(suppressed, forKey: .suppressed)
    try container.encode(suppression, forKey: .suppression)
  }
}
