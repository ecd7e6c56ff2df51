/// A confidence interval for a proportion: the bounds, each in [0, 1], with `lower <= upper`.
public struct ProportionInterval: Sendable, Hashable, Codable {
  /// The lower confidence limit.
  public var lower: Double

  /// The upper confidence limit.
  public var upper: Double

  /// Creates an interval from its two limits.
  public init(lower: Double, upper: Double) {
    self.lower = lower
    self.upper = upper
  }

  /// The distance from the lower to the upper limit.
  public var width: Double { upper - lower }

  /// Whether `proportion` lies within the interval, limits included.
  public func contains(_ proportion: Double) -> Bool {
    lower <= proportion && proportion <= upper
  }
}
