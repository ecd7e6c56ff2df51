/// Cohen's kappa for two raters, unweighted (Cohen 1960) or weighted (Cohen 1968).
///
/// κ = (pₒ − pₑ)/(1 − pₑ), where pₒ is the (weighted) proportion of units on which the two
/// raters agree and pₑ the proportion expected if they rated independently with their own
/// marginal frequencies. When pₑ = 1 — both raters gave every unit the same single value —
/// kappa is 0/0: there is no variation to correct for chance, and the methods return nil
/// rather than 1 or NaN; report the percent agreement instead.
public enum CohensKappa {
  /// Cohen's kappa from a k × k table of counts: rows the first rater's level, columns the
  /// second's, level indexes 0..<k as the scores for the weights.
  ///
  /// Returns nil when the table is empty, not square, holds a negative count, holds no units,
  /// or when kappa is undefined (pₑ = 1).
  ///
  /// - Complexity: O(k²).
  public static func estimate(
    table: [[Int]], weighting: KappaWeighting = .unweighted
  ) -> KappaEstimate? {
    let size = table.count
    guard size > 0, table.allSatisfy({ $0.count == size }) else { return nil }
    var counts = [Double](repeating: 0, count: size * size)
    for (i, row) in table.enumerated() {
      for (j, count) in row.enumerated() {
        guard count >= 0 else { return nil }
        counts[i * size + j] = Double(count)
      }
    }
    return estimate(counts: counts, scores: (0..<size).map(Double.init), weighting: weighting)
  }

  /// Cohen's kappa between two raters (columns `first` and `second`) of a ratings table, over
  /// the units both rated; the values themselves are the scores for the weights.
  ///
  /// Units that either rater left blank are left out (listwise deletion). Returns nil when the
  /// rater indexes are out of range or equal, when no unit has both ratings, or when kappa is
  /// undefined (pₑ = 1).
  ///
  /// - Complexity: O(n + k²) for n units and k distinct values.
  public static func estimate<Value: RatingValue>(
    _ ratings: Ratings<Value>, first: Int = 0, second: Int = 1,
    weighting: KappaWeighting = .unweighted
  ) -> KappaEstimate? {
    let raters = 0..<ratings.raterCount
    guard raters.contains(first), raters.contains(second), first != second else { return nil }
    // Concrete value types take specialised paths: unspecialised generic code called across
    // the module boundary is several times slower.
    if let levels = ratings as? Ratings<Int> {
      return tabulate(levels, first, second, weighting)
    }
    if let values = ratings as? Ratings<Double> {
      return tabulate(values, first, second, weighting)
    }
    return tabulate(ratings, first, second, weighting)
  }

  /// Cross-tabulates two raters' complete pairs over their distinct values, then estimates.
  private static func tabulate<Value: RatingValue>(
    _ ratings: Ratings<Value>, _ first: Int, _ second: Int, _ weighting: KappaWeighting
  ) -> KappaEstimate? {
    var pairs: [(Value, Value)] = []
    for unit in 0..<ratings.unitCount {
      if let x = ratings[unit: unit, rater: first], let y = ratings[unit: unit, rater: second] {
        pairs.append((x, y))
      }
    }
    var index: [Value: Int] = [:]
    for (x, y) in pairs {
      if index[x] == nil { index[x] = index.count }
      if index[y] == nil { index[y] = index.count }
    }
    let values = index.keys.sorted()
    for (position, value) in values.enumerated() { index[value] = position }
    let size = values.count
    var counts = [Double](repeating: 0, count: size * size)
    for (x, y) in pairs {
      if let i = index[x], let j = index[y] { counts[i * size + j] += 1 }
    }
    return estimate(
      counts: counts, scores: values.map(\.numericValue), weighting: weighting)
  }

  /// Kappa from a flat k × k table of counts and the k category scores.
  static func estimate(
    counts: [Double], scores: [Double], weighting: KappaWeighting
  ) -> KappaEstimate? {
    let size = scores.count
    let total = counts.reduce(0, +)
    guard size > 0, total > 0 else { return nil }
    let range = (scores.max() ?? 0) - (scores.min() ?? 0)
    var weights = [Double](repeating: 0, count: size * size)
    for i in 0..<size {
      for j in 0..<size {
        weights[i * size + j] = weighting.weight(scores[i], scores[j], range: range)
      }
    }
    var rowShare = [Double](repeating: 0, count: size)
    var columnShare = [Double](repeating: 0, count: size)
    for i in 0..<size {
      for j in 0..<size {
        rowShare[i] += counts[i * size + j] / total
        columnShare[j] += counts[i * size + j] / total
      }
    }
    var observed = 0.0
    var expected = 0.0
    for i in 0..<size {
      for j in 0..<size {
        observed += weights[i * size + j] * counts[i * size + j] / total
        expected += weights[i * size + j] * rowShare[i] * columnShare[j]
      }
    }
    guard expected < 1 else { return nil }
    let kappa = (observed - expected) / (1 - expected)
    // Fleiss, Cohen & Everitt (1969), the large-sample variance of weighted kappa:
    // var = [Σ pᵢⱼ(wᵢⱼ − (w̄ᵢ. + w̄.ⱼ)(1 − κ))² − (κ − pₑ(1 − κ))²] / (n(1 − pₑ)²),
    // with w̄ᵢ. = Σⱼ p.ⱼwᵢⱼ and w̄.ⱼ = Σᵢ pᵢ.wᵢⱼ. With wᵢⱼ = [i = j] it is their unweighted form.
    var rowMeanWeight = [Double](repeating: 0, count: size)
    var columnMeanWeight = [Double](repeating: 0, count: size)
    for i in 0..<size {
      for j in 0..<size {
        rowMeanWeight[i] += columnShare[j] * weights[i * size + j]
        columnMeanWeight[j] += rowShare[i] * weights[i * size + j]
      }
    }
    var sum = 0.0
    for i in 0..<size {
      for j in 0..<size where counts[i * size + j] > 0 {
        let term =
          weights[i * size + j] - (rowMeanWeight[i] + columnMeanWeight[j]) * (1 - kappa)
        sum += counts[i * size + j] / total * term * term
      }
    }
    let correction = kappa - expected * (1 - kappa)
    let variance = (sum - correction * correction) / (total * (1 - expected) * (1 - expected))
    return KappaEstimate(
      value: kappa, observedAgreement: observed, expectedAgreement: expected, count: Int(total),
      standardError: max(0, variance).squareRoot())
  }
}
