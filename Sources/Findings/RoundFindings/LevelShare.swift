/// The share of judged answers at one level, with its interval.
public struct LevelShare: Sendable, Hashable, Codable {
  /// The level code.
  public var code: String
  /// The level's label.
  public var label: String
  /// The cases at this level out of the cases graded.
  public var share: ProportionFinding

  /// Creates a share.
  public init(code: String, label: String, share: ProportionFinding) {
    self.code = code
    self.label = label
    self.share = share
  }
}
