/// Percent agreement between raters: exact, or within a tolerance such as one grade level.
///
/// For each unit, every pair of raters who both rated it is compared; a unit with m ratings
/// has m(m − 1)/2 pairs. With two raters and no missing values this is the plain proportion
/// of cases on which the two agree. Percent agreement is not corrected for chance: report it
/// beside ``CohensKappa``, ``FleissKappa`` or ``KrippendorffAlpha``.
public enum Agreement {
  /// The agreement of raters who record exactly the same value.
  ///
  /// Returns nil when no unit is rated at least twice.
  ///
  /// - Complexity: O(units × raters²).
  public static func exact<Value: RatingValue>(_ ratings: Ratings<Value>) -> PairwiseAgreement? {
    // Concrete value types take specialised paths: unspecialised generic code called across
    // the module boundary is several times slower.
    if let levels = ratings as? Ratings<Int> { return pairwise(levels) { $0 == $1 } }
    if let values = ratings as? Ratings<Double> { return pairwise(values) { $0 == $1 } }
    return pairwise(ratings) { $0 == $1 }
  }

  /// The agreement of raters whose values differ by at most `tolerance`.
  ///
  /// Returns nil when no unit is rated at least twice, or when `tolerance` is negative or NaN.
  ///
  /// - Complexity: O(units × raters²).
  public static func within<Value: RatingValue>(
    _ tolerance: Double, _ ratings: Ratings<Value>
  ) -> PairwiseAgreement? {
    guard tolerance >= 0 else { return nil }
    if let levels = ratings as? Ratings<Int> {
      return pairwise(levels) { abs(Double($0) - Double($1)) <= tolerance }
    }
    if let values = ratings as? Ratings<Double> {
      return pairwise(values) { abs($0 - $1) <= tolerance }
    }
    return pairwise(ratings) { abs($0.numericValue - $1.numericValue) <= tolerance }
  }

  /// The agreement of raters whose grade levels differ by at most one ("adjacent agreement").
  ///
  /// Returns nil when no unit is rated at least twice.
  ///
  /// - Complexity: O(units × raters²).
  public static func withinOneLevel(_ ratings: Ratings<Int>) -> PairwiseAgreement? {
    pairwise(ratings) { abs($0 - $1) <= 1 }
  }

  /// Counts agreeing pairs per unit with `agree` and averages the per-unit proportions.
  private static func pairwise<Value: RatingValue>(
    _ ratings: Ratings<Value>, agree: (Value, Value) -> Bool
  ) -> PairwiseAgreement? {
    var present: [Value] = []
    present.reserveCapacity(ratings.raterCount)
    var proportionSum = 0.0
    var agreeingPairs = 0
    var pairs = 0
    var units = 0
    for unit in 0..<ratings.unitCount {
      present.removeAll(keepingCapacity: true)
      for case let value? in ratings.row(unit) { present.append(value) }
      guard present.count >= 2 else { continue }
      var agreeing = 0
      for i in 0..<(present.count - 1) {
        for j in (i + 1)..<present.count where agree(present[i], present[j]) { agreeing += 1 }
      }
      let unitPairs = present.count * (present.count - 1) / 2
      proportionSum += Double(agreeing) / Double(unitPairs)
      agreeingPairs += agreeing
      pairs += unitPairs
      units += 1
    }
    guard units > 0 else { return nil }
    return PairwiseAgreement(
      proportion: proportionSum / Double(units), agreeingPairs: agreeingPairs, pairs: pairs,
      units: units)
  }
}
