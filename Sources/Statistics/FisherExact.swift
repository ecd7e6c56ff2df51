#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fisher's exact test of independence in a 2 × 2 table (Fisher, *Statistical Methods for
/// Research Workers*, 1934 §21.02; the "lady tasting tea", *The Design of Experiments*, 1935).
///
/// Given the margins, the top-left count X follows the hypergeometric distribution
/// P(X = x) = C(r₁, x)·C(r₂, c₁ − x)/C(N, c₁), computed with log-factorials. The two-sided
/// p-value sums P(x) over every x with P(x) ≤ P(a)·(1 + 10⁻⁷), the relative tolerance R's
/// `fisher.test` uses so that tables exactly as likely as the observed one are not lost to
/// rounding.
public enum FisherExact {
  /// The test of the table [[a, b], [c, d]] (rows: groups; columns: outcome yes/no).
  ///
  /// Returns nil when a count is negative. A table with an empty row or column has one
  /// possible arrangement and gets p = 1.
  ///
  /// - Complexity: O(min(a + b, a + c)), the number of tables with the observed margins.
  public static func test(a: Int, b: Int, c: Int, d: Int) -> FisherExactResult? {
    guard a >= 0, b >= 0, c >= 0, d >= 0 else { return nil }
    let firstRow = a + b
    let secondRow = c + d
    let firstColumn = a + c
    let lowest = max(0, firstColumn - secondRow)
    let highest = min(firstRow, firstColumn)
    // ln P(x) up to the constant −ln C(N, c₁), which cancels when normalising below.
    let logDensity = (lowest...highest).map { x in
      LogGamma.choose(firstRow, x) + LogGamma.choose(secondRow, firstColumn - x)
    }
    let peak = logDensity.max() ?? 0
    // Scaled by the mode so that nothing underflows; R's dnhyper normalises the same way.
    let density = logDensity.map { exp($0 - peak) }
    let total = density.reduce(0, +)
    let observed = density[a - lowest]
    var twoSided = 0.0
    var less = 0.0
    var greater = 0.0
    for (offset, value) in density.enumerated() {
      let x = lowest + offset
      // R fisher.test: relErr <- 1 + 10^(-7); sum(d[d <= d[x - lo + 1] * relErr]).
      if value <= observed * (1 + 1e-7) { twoSided += value }
      if x <= a { less += value }
      if x >= a { greater += value }
    }
    return FisherExactResult(
      twoSided: min(1, twoSided / total), less: min(1, less / total),
      greater: min(1, greater / total))
  }
}
