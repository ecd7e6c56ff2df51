/// The median of ordinal values, which must be one of the values: the lower median.
///
/// For an even number of values the two middle ones may be different grades, and their mean
/// (1.5 for levels 1 and 2) is not a grade. CaseAudit reports the lower of the two — with level
/// 0 the best, the better grade — which is the inverse of the empirical distribution function
/// at ½ (Hyndman & Fan, "Sample quantiles in statistical packages", American Statistician 50,
/// 361–365, 1996, definition 1; R `quantile(type = 1)`, NumPy `method="inverted_cdf"`):
/// the smallest value v with at least half of the values ≤ v.
public enum OrdinalMedian {
  /// The lower median of `values`, or nil when there are none.
  ///
  /// - Complexity: O(n log n); O(n) for `Int` levels of small range.
  public static func lower<Value: Comparable>(of values: [Value]) -> Value? {
    guard !values.isEmpty else { return nil }
    if let levels = values as? [Int], let table = LevelCounts(levels, []),
      let offset = lower(levelCounts: table.first)
    {
      return (table.minimum + offset) as? Value
    }
    if let measurements = values as? [Double] {
      return measurements.sorted()[(values.count - 1) / 2] as? Value
    }
    return values.sorted()[(values.count - 1) / 2]
  }

  /// The lower median level from counts per level: `levelCounts[k]` values at level k.
  ///
  /// Returns nil when every count is zero or a count is negative.
  ///
  /// - Complexity: O(levels).
  public static func lower(levelCounts: [Int]) -> Int? {
    guard levelCounts.allSatisfy({ $0 >= 0 }) else { return nil }
    let total = levelCounts.reduce(0, +)
    guard total > 0 else { return nil }
    // The value at 0-based position (total − 1)/2 in sorted order.
    let target = (total - 1) / 2
    var seen = 0
    for (level, count) in levelCounts.enumerated() {
      seen += count
      if seen > target { return level }
    }
    return nil
  }
}
