/// One question's acceptable proportion in one breakdown cell, or the fact that it is withheld.
public struct QuestionCell: Sendable, Hashable, Codable {
  /// The question's id.
  public var id: String
  /// The acceptable proportion, or `nil` when suppressed.
  public var acceptable: ProportionFinding?
  /// Whether the figure is withheld.
  public var suppressed: Bool
  /// Why it is withheld, when it is.
  public var suppression: SuppressionReason?

  /// Creates a cell figure, withholding it when `suppression` is set.
  public init(id: String, acceptable: ProportionFinding, suppression: SuppressionReason?) {
    self.id = id
    self.acceptable = suppression == nil ? acceptable : nil
    suppressed = suppression != nil
    self.suppression = suppression
  }

  private enum CodingKeys: String, CodingKey {
    case id, acceptable, suppressed, suppression
  }

  /// Encodes every field, writing `null` for withheld figures.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(acceptable, forKey: .acceptable)
    try container.encode(suppressed, forKey: .suppressed)
    try container.encode(suppression, forKey: .suppression)
  }
}
