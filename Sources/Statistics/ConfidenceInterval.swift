/// A point estimate with the lower and upper limits of its confidence interval.
///
/// Used for quantities that are not single proportions (those use ``ProportionInterval``): a
/// difference of proportions, a difference in differences, a kappa coefficient.
public struct ConfidenceInterval: Sendable, Hashable, Codable {
  /// The point estimate.
  public var estimate: Double

  /// The lower confidence limit.
  public var lower: Double

  /// The upper confidence limit.
  public var upper: Double

  /// Creates an interval from its estimate and limits.
  public init(estimate: Double, lower: Double, upper: Double) {
    self.estimate = estimate
    self.lower = lower
    self.upper = upper
  }

  /// The distance from the lower to the upper limit.
  public var width: Double { upper - lower }

  /// Whether `value` lies within the interval, limits included.
  public func contains(_ value: Double) -> Bool {
    lower <= value && value <= upper
  }
}
