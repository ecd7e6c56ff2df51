/// Sample sizes for clinical-style case audits: how many cases to audit to estimate a proportion,
/// how many per round to detect a change between two rounds, and what change a given pair of
/// rounds can detect.
public enum SampleSize {
  /// The cases to audit to estimate a proportion within a margin of error, for a finite
  /// population.
  ///
  /// With z the two-sided normal critical value for `confidence`, N the population, p the
  /// expected proportion and E the margin, the infinite-population size is z²p(1 − p)/E², and
  /// the finite-population correction gives
  ///
  ///     n = z²·N·p(1 − p) / (E²·N + z²·p(1 − p)).
  ///
  /// Both are rounded to the nearest whole case, as the NHS / HQIP clinical-audit sample-size
  /// calculators do (400 cases, p = 0.7, ±5%, 95% → 179), or up when `roundUp` is true; neither
  /// is ever below 1, and an uncorrected size too large to count saturates at `Int.max`.
  ///
  /// - Throws: ``SampleSizeError`` unless `population` ≥ 1 and `margin`, `confidence` and
  ///   `proportion` each lie strictly between 0 and 1.
  public static func forProportion(
    population: Int, margin: Double = 0.05, confidence: Double = 0.95,
    proportion: Double = 0.5, roundUp: Bool = false
  ) throws(SampleSizeError) -> SampleSizeResult {
    guard population >= 1 else { throw .populationTooSmall(population) }
    guard isOpenUnit(margin) else { throw .marginOutOfRange(margin) }
    guard isOpenUnit(confidence) else { throw .confidenceOutOfRange(confidence) }
    guard isOpenUnit(proportion) else {
      throw .proportionOutOfRange(name: "p", value: proportion)
    }
    let z = Normal.quantile(1 - (1 - confidence) / 2)
    let variance = z * z * proportion * (1 - proportion)
    let size = Double(population)
    let uncorrected = variance / (margin * margin)
    let corrected = variance * size / (margin * margin * size + variance)
    let round = { (value: Double) -> Int in
      roundUp ? wholeCasesRoundedUp(value) : wholeCases(value, rule: .toNearestOrAwayFromZero)
    }
    return SampleSizeResult(
      required: round(corrected), withoutCorrection: round(uncorrected), exact: corrected,
      population: population, margin: margin, confidence: confidence, proportion: proportion,
      roundUp: roundUp)
  }

  /// The margin of error a sample of `size` cases actually delivers, from the same formula
  /// solved for E: E = z·√(p(1 − p)·(N − n) / (n·N)).
  ///
  /// The finite-population factor is (N − n)/N, the one the size formula above inverts (the
  /// textbook (N − n)/(N − 1) differs by a factor 1 + 1/(2N)). Rounding to the nearest case
  /// can under-deliver the margin asked for (312 cases, ±10 %: 73 cases give ±10.04 %);
  /// rounding up never does. `nil` unless 1 ≤ `size` ≤ `population`
  /// and `confidence` and `proportion` lie strictly between 0 and 1.
  public static func achievedMargin(
    size: Int, population: Int, confidence: Double = 0.95, proportion: Double = 0.5
  ) -> Double? {
    guard size >= 1, size <= population, isOpenUnit(confidence), isOpenUnit(proportion) else {
      return nil
    }
    let z = Normal.quantile(1 - (1 - confidence) / 2)
    let n = Double(size)
    let total = Double(population)
    return z * (proportion * (1 - proportion) * (total - n) / (n * total)).squareRoot()
  }

  /// The cases per group needed to detect a change from `p1` to `p2` between two equal-sized
  /// groups (a baseline audit and a re-audit after training, say), by a two-sided test.
  ///
  /// Fleiss, Levin & Paik, *Statistical Methods for Rates and Proportions* (3rd ed., 2003),
  /// §4.2: with p̄ = (p1 + p2)/2, q = 1 − p, and z the standard normal quantiles,
  ///
  ///     n′ = (z₁₋α/₂·√(2p̄q̄) + z₁₋β·√(p1q1 + p2q2))² / (p1 − p2)²,
  ///
  /// and with Fleiss's continuity correction (Casagrande, Pike & Smith 1978)
  ///
  ///     n = n′/4 · (1 + √(1 + 4/(n′·|p1 − p2|)))²,
  ///
  /// rounded up to a whole case (saturating at `Int.max` for a vanishing difference).
  ///
  /// - Throws: ``SampleSizeError`` unless `p1` and `p2` lie in [0, 1] and differ, and `alpha`
  ///   and `power` lie strictly between 0 and 1.
  public static func perGroupForTwoProportions(
    p1: Double, p2: Double, alpha: Double = 0.05, power: Double = 0.8,
    continuityCorrection: Bool = true
  ) throws(SampleSizeError) -> Int {
    guard p1 >= 0, p1 <= 1 else { throw .proportionOutOfRange(name: "p1", value: p1) }
    guard p2 >= 0, p2 <= 1 else { throw .proportionOutOfRange(name: "p2", value: p2) }
    guard p1 != p2 else { throw .proportionsEqual(p1) }
    guard isOpenUnit(alpha) else { throw .alphaOutOfRange(alpha) }
    guard isOpenUnit(power) else { throw .powerOutOfRange(power) }
    let zAlpha = Normal.quantile(1 - alpha / 2)
    let zBeta = Normal.quantile(power)
    let difference = abs(p1 - p2)
    let mean = (p1 + p2) / 2
    // Fleiss, Levin & Paik (2003) eq. 4.14.
    let root =
      zAlpha * (2 * mean * (1 - mean)).squareRoot()
      + zBeta * (p1 * (1 - p1) + p2 * (1 - p2)).squareRoot()
    let uncorrected = root * root / (difference * difference)
    guard continuityCorrection else { return wholeCasesRoundedUp(uncorrected) }
    // Fleiss, Levin & Paik (2003) eq. 4.15: the continuity-corrected size.
    let factor = 1 + (1 + 4 / (uncorrected * difference)).squareRoot()
    return wholeCasesRoundedUp(uncorrected / 4 * factor * factor)
  }

  /// The smallest rise above the baseline proportion `p` that groups of `n1` and `n2` cases can
  /// detect by a two-sided test at level `alpha` with the given power.
  ///
  /// The rise d solves the uncorrected normal-approximation power equation (the one
  /// ``perGroupForTwoProportions(p1:p2:alpha:power:continuityCorrection:)`` uses without the
  /// continuity correction, and R's `power.prop.test` solves), generalised to unequal groups:
  ///
  ///     d = z₁₋α/₂·√(p̄q̄(1/n1 + 1/n2)) + z₁₋β·√(p q/n1 + p2 q2/n2),
  ///
  /// with p2 = p + d and p̄ = (n1·p + n2·p2)/(n1 + n2). It is found by a scan for the first sign
  /// change and then bisection, to about 1e-15. For a fall instead of a rise, pass 1 − p: a fall
  /// from p is a rise in the complementary proportion.
  ///
  /// - Throws: ``SampleSizeError`` unless both groups hold at least one case, `p` lies strictly
  ///   between 0 and 1, `alpha` and `power` lie strictly between 0 and 1, and some rise up to
  ///   p2 = 1 is detectable.
  /// - Complexity: O(1): a fixed number of evaluations.
  public static func minimumDetectableDifference(
    n1: Int, n2: Int, baseline p: Double, alpha: Double = 0.05, power: Double = 0.8
  ) throws(SampleSizeError) -> Double {
    guard n1 >= 1 else { throw .groupTooSmall(n1) }
    guard n2 >= 1 else { throw .groupTooSmall(n2) }
    guard isOpenUnit(p) else { throw .proportionOutOfRange(name: "baseline", value: p) }
    guard isOpenUnit(alpha) else { throw .alphaOutOfRange(alpha) }
    guard isOpenUnit(power) else { throw .powerOutOfRange(power) }
    let zAlpha = Normal.quantile(1 - alpha / 2)
    let zBeta = Normal.quantile(power)
    let size1 = Double(n1)
    let size2 = Double(n2)
    // Positive once a rise of d is detectable with the requested power.
    let margin = { (d: Double) -> Double in
      let p2 = p + d
      let pooled = (size1 * p + size2 * p2) / (size1 + size2)
      let null = (pooled * (1 - pooled) * (1 / size1 + 1 / size2)).squareRoot()
      let alternative = (p * (1 - p) / size1 + p2 * (1 - p2) / size2).squareRoot()
      return d - zAlpha * null - zBeta * alternative
    }
    let largest = 1 - p
    if margin(0) >= 0 { return 0 }
    // Scan for the first grid cell where the margin turns non-negative, then bisect inside it.
    let steps = 1024
    var low = 0.0
    var high = -1.0
    for step in 1...steps {
      let d = largest * Double(step) / Double(steps)
      if margin(d) >= 0 {
        high = d
        break
      }
      low = d
    }
    guard high >= 0 else { throw .differenceNotDetectable(n1: n1, n2: n2, baseline: p) }
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if middle <= low || middle >= high { break }
      if margin(middle) >= 0 { high = middle } else { low = middle }
    }
    return high
  }

  /// Whether `value` lies strictly between 0 and 1 (false for NaN).
  private static func isOpenUnit(_ value: Double) -> Bool {
    value > 0 && value < 1
  }

  /// `value` rounded up to a whole number of cases, ignoring rounding noise a few parts in 10¹²
  /// above a whole number (so an exact 179 computed as 179.00000000000003 stays 179).
  private static func wholeCasesRoundedUp(_ value: Double) -> Int {
    wholeCases(value - value * 1e-12, rule: .up)
  }

  /// `value` rounded by `rule` to a whole number of cases: at least 1, and saturating at
  /// `Int.max` for sizes too large to count (a vanishing margin or difference).
  private static func wholeCases(_ value: Double, rule: FloatingPointRoundingRule) -> Int {
    let rounded = value.rounded(rule)
    guard rounded < Double(Int.max) else { return Int.max }
    return max(1, Int(rounded))
  }
}
