/// Cliff's delta, the ordinal dominance effect size of two independent samples (Cliff,
/// "Dominance statistics: Ordinal analyses to answer ordinal questions", Psychological Bulletin
/// 114, 494–509, 1993).
///
/// δ = (#(x > y) − #(x < y)) / (n₁n₂) over all pairs of x from the first sample and y from the
/// second: the probability that a value from the first sample is larger minus the probability
/// that it is smaller. It runs from −1 (every first value smaller) to 1, is 0 for complete
/// overlap, and relates to the Mann–Whitney U by δ = 2U/(n₁n₂) − 1.
public enum CliffsDelta {
  /// Cliff's delta of `first` against `second`.
  ///
  /// Returns nil when either sample is empty: with no pairs there is no dominance to estimate,
  /// and a 0 would wrongly read as "no difference".
  ///
  /// - Complexity: O((n₁ + n₂) log n₂); O(n₁ + n₂) for `Int` levels of small range.
  public static func estimate<Value: Comparable>(_ first: [Value], _ second: [Value]) -> Double? {
    guard !first.isEmpty, !second.isEmpty else { return nil }
    let dominance: Int
    if let first = first as? [Int], let second = second as? [Int] {
      dominance = levelDominance(first, second) ?? sortedDominance(first, second)
    } else if let first = first as? [Double], let second = second as? [Double] {
      dominance = sortedDominance(first, second)
    } else {
      dominance = sortedDominance(first, second)
    }
    return Double(dominance) / (Double(first.count) * Double(second.count))
  }

  /// #(x > y) − #(x < y) by binary search in the sorted second sample.
  private static func sortedDominance<Value: Comparable>(
    _ first: [Value], _ second: [Value]
  ) -> Int {
    let sorted = second.sorted()
    var dominance = 0
    for x in first {
      let below = partition(sorted) { $0 < x }  // y < x
      let notAbove = partition(sorted) { !(x < $0) }  // y ≤ x
      dominance += below - (sorted.count - notAbove)
    }
    return dominance
  }

  /// #(x > y) − #(x < y) from counts per level, or nil when the levels' range is too wide.
  private static func levelDominance(_ first: [Int], _ second: [Int]) -> Int? {
    guard let table = LevelCounts(first, second) else { return nil }
    var dominance = 0
    var secondBelow = 0
    let secondTotal = second.count
    for level in 0..<table.second.count {
      let secondAbove = secondTotal - secondBelow - table.second[level]
      dominance += table.first[level] * (secondBelow - secondAbove)
      secondBelow += table.second[level]
    }
    return dominance
  }

  /// The number of leading elements of `sorted` for which `isBefore` holds, by binary search;
  /// `isBefore` must hold for a prefix and fail for the rest.
  private static func partition<Value>(_ sorted: [Value], _ isBefore: (Value) -> Bool) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = low + (high - low) / 2
      if isBefore(sorted[middle]) { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
