/// Krippendorff's alpha reliability coefficient for any number of raters, missing values, and
/// nominal, ordinal, interval or ratio data.
///
/// Following Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): units with
/// fewer than two values are not pairable and are dropped; each remaining unit u with mᵤ values
/// adds 1/(mᵤ − 1) to the coincidence oᶜᵏ of every ordered pair of its values; with
/// nᶜ = Σₖ oᶜᵏ and n = Σᶜ nᶜ,
///
///     α = 1 − Dₒ/Dₑ = 1 − (n − 1)·Σᶜᵏ oᶜᵏ δ²ᶜᵏ / Σᶜᵏ nᶜ nᵏ δ²ᶜᵏ.
///
/// The coincidences are summed unit by unit and the expected disagreement is computed from the
/// value totals nᶜ over the distinct values, never over pairs of units. When Dₑ = 0 — every
/// pairable value the same — alpha is 0/0 and the method returns nil.
public enum KrippendorffAlpha {
  /// Krippendorff's alpha for a ratings table under the given metric.
  ///
  /// Returns nil when no unit has two or more values, when the expected disagreement is zero,
  /// or, for the ratio metric, when a value is negative.
  ///
  /// - Complexity: O(units × raters² + k log k) for k distinct values; the ratio metric adds
  ///   O(k²).
  public static func estimate<Value: RatingValue>(
    _ ratings: Ratings<Value>, metric: KrippendorffMetric
  ) -> KrippendorffEstimate? {
    // Concrete value types take specialised paths: unspecialised generic code called across
    // the module boundary is several times slower.
    if let levels = ratings as? Ratings<Int> { return compute(levels, metric) }
    if let values = ratings as? Ratings<Double> { return compute(values, metric) }
    return compute(ratings, metric)
  }

  /// The coincidence sums and alpha for one concrete value type.
  private static func compute<Value: RatingValue>(
    _ ratings: Ratings<Value>, _ metric: KrippendorffMetric
  ) -> KrippendorffEstimate? {
    // Pass 1: the pairable values, as indexes into the distinct values.
    var index: [Value: Int] = [:]
    var pairable: [Int] = []
    var unitEnds: [Int] = []
    var present: [Value] = []
    for unit in 0..<ratings.unitCount {
      present.removeAll(keepingCapacity: true)
      for case let value? in ratings.row(unit) { present.append(value) }
      guard present.count >= 2 else { continue }  // Krippendorff (2011): not pairable.
      for value in present {
        if let known = index[value] {
          pairable.append(known)
        } else {
          index[value] = index.count
          pairable.append(index.count - 1)
        }
      }
      unitEnds.append(pairable.count)
    }
    guard !unitEnds.isEmpty else { return nil }
    // Renumber the distinct values in ascending order and count them: nᶜ.
    let values = index.keys.sorted()
    var rank = [Int](repeating: 0, count: values.count)
    for (position, value) in values.enumerated() {
      if let first = index[value] { rank[first] = position }
    }
    var totals = [Double](repeating: 0, count: values.count)
    for i in pairable.indices {
      pairable[i] = rank[pairable[i]]
      totals[pairable[i]] += 1
    }
    let n = Double(pairable.count)
    guard let scores = scores(values: values, totals: totals, metric: metric) else { return nil }
    let delta = { (c: Int, k: Int) -> Double in difference(c, k, scores: scores, metric: metric) }

    // Dₒ: Σ over units of Σ over ordered pairs of different entries δ²/(mᵤ − 1), over n.
    var observedSum = 0.0
    var start = 0
    for end in unitEnds {
      var unitSum = 0.0
      for i in start..<(end - 1) {
        for j in (i + 1)..<end { unitSum += delta(pairable[i], pairable[j]) }
      }
      observedSum += 2 * unitSum / Double(end - start - 1)
      start = end
    }
    // Dₑ: Σᶜᵏ nᶜnᵏδ²ᶜᵏ / (n(n − 1)), in closed form where the metric allows.
    let expectedSum = expectedPairSum(totals: totals, scores: scores, metric: metric, n: n)
    guard expectedSum > 0 else { return nil }
    let observed = observedSum / n
    let expected = expectedSum / (n * (n - 1))
    return KrippendorffEstimate(
      alpha: 1 - observed / expected, observedDisagreement: observed,
      expectedDisagreement: expected, pairableValues: pairable.count,
      pairableUnits: unitEnds.count)
  }

  /// The score of each distinct value that δ² compares: the value itself, or for the ordinal
  /// metric its mid-rank among all pairable values; nil if a ratio value is negative.
  private static func scores<Value: RatingValue>(
    values: [Value], totals: [Double], metric: KrippendorffMetric
  ) -> [Double]? {
    switch metric {
    case .nominal:
      return values.indices.map(Double.init)
    case .interval:
      return values.map(\.numericValue)
    case .ratio:
      let scores = values.map(\.numericValue)
      return scores.allSatisfy({ $0 >= 0 }) ? scores : nil
    case .ordinal:
      // Krippendorff (2011), ordinal metric: δ²ᶜᵏ = (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)², which
      // is the squared distance between the mid-ranks Rᶜ = Σ_{g<c} n_g + n_c/2 of the values.
      var below = 0.0
      return totals.map { total in
        defer { below += total }
        return below + total / 2
      }
    }
  }

  /// δ²ᶜᵏ for two distinct-value positions.
  @inline(__always)
  private static func difference(
    _ c: Int, _ k: Int, scores: [Double], metric: KrippendorffMetric
  ) -> Double {
    if c == k { return 0 }
    switch metric {
    case .nominal:
      return 1
    case .ordinal, .interval:
      let gap = scores[c] - scores[k]
      return gap * gap
    case .ratio:
      let sum = scores[c] + scores[k]
      guard sum > 0 else { return 0 }
      let ratio = (scores[c] - scores[k]) / sum
      return ratio * ratio
    }
  }

  /// Σᶜ Σᵏ nᶜ nᵏ δ²ᶜᵏ over ordered pairs of distinct values.
  private static func expectedPairSum(
    totals: [Double], scores: [Double], metric: KrippendorffMetric, n: Double
  ) -> Double {
    switch metric {
    case .nominal:
      return n * n - totals.reduce(0) { $0 + $1 * $1 }
    case .ordinal, .interval:
      // Σᶜᵏ nᶜnᵏ(sᶜ − sᵏ)² = 2n·Σᶜ nᶜ(sᶜ − s̄)², with s̄ the n-weighted mean score (centred for
      // accuracy).
      var mean = 0.0
      for (total, score) in zip(totals, scores) { mean += total * score }
      mean /= n
      var spread = 0.0
      for (total, score) in zip(totals, scores) {
        spread += total * (score - mean) * (score - mean)
      }
      return 2 * n * spread
    case .ratio:
      var sum = 0.0
      for c in totals.indices {
        for k in totals.indices where k != c {
          sum += totals[c] * totals[k] * difference(c, k, scores: scores, metric: .ratio)
        }
      }
      return sum
    }
  }
}
