/// A value a rater can record for a unit: an ordinal level index or a measurement.
///
/// CaseAudit records grades as `Int` level indexes (0 = best, 1 = next, …) and a few answers as
/// `Double` measurements. The nominal statistics use only equality, the ordinal ones the order,
/// and the interval and ratio ones ``numericValue``.
public protocol RatingValue: Hashable, Comparable, Sendable {
  /// The value as a real number, for the statistics that measure distances between values.
  var numericValue: Double { get }
}

extension Int: RatingValue {
  /// The level index as a real number.
  public var numericValue: Double { Double(self) }
}

extension Double: RatingValue {
  /// The measurement itself.
  public var numericValue: Double { self }
}
