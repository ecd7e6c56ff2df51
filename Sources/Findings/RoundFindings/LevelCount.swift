/// How many answers chose one level or option, in the scale's or question's order.
public struct LevelCount: Sendable, Hashable, Codable {
  /// The level or option code.
  public var code: String
  /// Its label.
  public var label: String
  /// How many cases chose it (for multi-choice: how many cases ticked it).
  public var count: Int

  /// Creates a count.
  public init(code: String, label: String, count: Int) {
    self.code = code
    self.label = label
    self.count = count
  }
}
