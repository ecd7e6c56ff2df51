/// Fleiss' kappa: chance-corrected nominal agreement among many raters (Fleiss 1971).
///
/// With nᵢⱼ the number of ratings of unit i in category j and mᵢ = Σⱼ nᵢⱼ, Fleiss (1971) defines
/// the unit agreement Pᵢ = Σⱼ nᵢⱼ(nᵢⱼ − 1)/(mᵢ(mᵢ − 1)), their mean P̄, the category shares
/// pⱼ = Σᵢ nᵢⱼ / Σᵢ mᵢ, Pₑ = Σⱼ pⱼ², and κ = (P̄ − Pₑ)/(1 − Pₑ). Fleiss assumes every unit has
/// the same number of ratings; with missing ratings this implementation keeps his formulas,
/// leaves out units rated fewer than twice, and weights every remaining unit equally in P̄ —
/// identical to Fleiss (1971) when no rating is missing. For data with many gaps prefer
/// ``KrippendorffAlpha``, which was designed for them.
///
/// When Pₑ = 1 (every rating in one category) kappa is 0/0 and the methods return nil.
public enum FleissKappa {
  /// Fleiss' kappa from a units × categories table of counts (row i, column j: how many raters
  /// put unit i in category j), the layout Fleiss (1971) works with.
  ///
  /// Returns nil when the rows differ in length, a count is negative, no unit has two or more
  /// ratings, or kappa is undefined (Pₑ = 1). The estimate's `count` is the number of units
  /// used and its standard error is nil.
  ///
  /// - Complexity: O(units × categories).
  public static func estimate(counts: [[Int]]) -> KappaEstimate? {
    guard let categories = counts.first?.count, categories > 0 else { return nil }
    var accumulator = Accumulator(categories: categories)
    for row in counts {
      guard row.count == categories, row.allSatisfy({ $0 >= 0 }) else { return nil }
      accumulator.add(
        row.enumerated().lazy.filter { $0.element > 0 }.map { ($0.offset, $0.element) })
    }
    return accumulator.estimate()
  }

  /// Fleiss' kappa for a ratings table, each distinct value a category.
  ///
  /// Returns nil when no unit has two or more ratings or kappa is undefined (Pₑ = 1).
  ///
  /// - Complexity: O(units × raters log raters + k) for k distinct values.
  public static func estimate<Value: RatingValue>(_ ratings: Ratings<Value>) -> KappaEstimate? {
    // Concrete value types take specialised paths: unspecialised generic code called across
    // the module boundary is several times slower.
    if let levels = ratings as? Ratings<Int> { return tabulate(levels) }
    if let values = ratings as? Ratings<Double> { return tabulate(values) }
    return tabulate(ratings)
  }

  /// Counts each unit's ratings per category and accumulates Fleiss's sums.
  private static func tabulate<Value: RatingValue>(_ ratings: Ratings<Value>) -> KappaEstimate? {
    var index: [Value: Int] = [:]
    for unit in 0..<ratings.unitCount {
      for case let value? in ratings.row(unit) where index[value] == nil {
        index[value] = index.count
      }
    }
    var accumulator = Accumulator(categories: index.count)
    var categories: [Int] = []
    var runs: [(Int, Int)] = []
    for unit in 0..<ratings.unitCount {
      categories.removeAll(keepingCapacity: true)
      for case let value? in ratings.row(unit) {
        if let category = index[value] { categories.append(category) }
      }
      categories.sort()
      runs.removeAll(keepingCapacity: true)
      for category in categories {
        if let last = runs.last, last.0 == category {
          runs[runs.count - 1].1 += 1
        } else {
          runs.append((category, 1))
        }
      }
      accumulator.add(runs)
    }
    return accumulator.estimate()
  }

  /// Running sums of Fleiss's unit agreements and category totals.
  private struct Accumulator {
    var categoryTotals: [Int]
    var ratingTotal = 0
    var agreementSum = 0.0
    var units = 0

    init(categories: Int) {
      categoryTotals = [Int](repeating: 0, count: categories)
    }

    /// Adds one unit given as (category, count) pairs with positive counts.
    mutating func add(_ unit: some Sequence<(Int, Int)>) {
      var ratings = 0
      var agreeing = 0
      for (_, count) in unit {
        ratings += count
        agreeing += count * (count - 1)
      }
      guard ratings >= 2 else { return }
      // Fleiss (1971) Pᵢ: the proportion of agreeing ordered rater pairs within the unit.
      agreementSum += Double(agreeing) / Double(ratings * (ratings - 1))
      for (category, count) in unit { categoryTotals[category] += count }
      ratingTotal += ratings
      units += 1
    }

    /// The kappa, or nil when no unit was used or Pₑ = 1.
    func estimate() -> KappaEstimate? {
      guard units > 0 else { return nil }
      let observed = agreementSum / Double(units)
      // Fleiss (1971): pⱼ over all ratings, P̄ₑ = Σ pⱼ².
      let expected = categoryTotals.reduce(0.0) {
        let share = Double($1) / Double(ratingTotal)
        return $0 + share * share
      }
      guard expected < 1 else { return nil }
      return KappaEstimate(
        value: (observed - expected) / (1 - expected), observedAgreement: observed,
        expectedAgreement: expected, count: units, standardError: nil)
    }
  }
}
