/// The chi-square distribution's upper tail and Pearson's chi-square test of independence.
public enum ChiSquare {
  /// P(X ≥ `x`) for X chi-square distributed with `degreesOfFreedom` degrees of freedom.
  ///
  /// Equal to the regularized upper incomplete gamma function Q(k/2, x/2) (Abramowitz & Stegun,
  /// *Handbook of Mathematical Functions*, §26.4), evaluated as in *Numerical Recipes* §6.2.
  /// Returns 1 for `x` ≤ 0, and nil when `degreesOfFreedom` is not positive and finite or `x`
  /// is NaN.
  public static func upperTail(_ x: Double, degreesOfFreedom: Double) -> Double? {
    guard degreesOfFreedom > 0, degreesOfFreedom.isFinite, !x.isNaN else { return nil }
    if x <= 0 { return 1 }
    if x == .infinity { return 0 }
    return IncompleteGamma.upper(degreesOfFreedom / 2, x / 2)
  }

  /// Pearson's chi-square test that the rows and columns of a table of counts are independent
  /// (for CaseAudit: whether the case mix differs between rounds).
  ///
  /// X² = Σ (Oᵢⱼ − Eᵢⱼ)²/Eᵢⱼ with Eᵢⱼ = RᵢCⱼ/N, without continuity correction — SciPy's
  /// `chi2_contingency(correction=False)` and R's `chisq.test(correct = FALSE)`. Rows and
  /// columns that are entirely zero carry no information and are left out of the test and its
  /// degrees of freedom. The result counts the expected counts below 5 so callers can warn
  /// (``ChiSquareTestResult/meetsCochranRule``).
  ///
  /// Returns nil when the rows differ in length, a count is negative, or fewer than two
  /// non-empty rows or columns remain (there is nothing to compare).
  ///
  /// - Complexity: O(r × c).
  public static func independenceTest(_ table: [[Int]]) -> ChiSquareTestResult? {
    guard let columns = table.first?.count,
      table.allSatisfy({ $0.count == columns && $0.allSatisfy { $0 >= 0 } })
    else { return nil }
    let rowTotals = table.map { Double($0.reduce(0, +)) }
    var columnTotals = [Double](repeating: 0, count: columns)
    for row in table {
      for (j, count) in row.enumerated() { columnTotals[j] += Double(count) }
    }
    let total = rowTotals.reduce(0, +)
    let keptRows = rowTotals.filter { $0 > 0 }.count
    let keptColumns = columnTotals.filter { $0 > 0 }.count
    guard keptRows >= 2, keptColumns >= 2 else { return nil }
    var statistic = 0.0
    var expected = [[Double]](
      repeating: [Double](repeating: 0, count: columns), count: table.count)
    var small = 0
    var minimum = Double.infinity
    for (i, row) in table.enumerated() where rowTotals[i] > 0 {
      for (j, count) in row.enumerated() where columnTotals[j] > 0 {
        let e = rowTotals[i] * columnTotals[j] / total
        expected[i][j] = e
        let gap = Double(count) - e
        statistic += gap * gap / e
        if e < 5 { small += 1 }
        minimum = min(minimum, e)
      }
    }
    let degrees = (keptRows - 1) * (keptColumns - 1)
    let pValue = upperTail(statistic, degreesOfFreedom: Double(degrees)) ?? 1
    return ChiSquareTestResult(
      statistic: statistic, degreesOfFreedom: degrees, pValue: pValue, expected: expected,
      testedCells: keptRows * keptColumns, cellsExpectedBelowFive: small,
      minimumExpected: minimum)
  }
}
