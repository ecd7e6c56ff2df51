/// The Wilson score interval for a binomial proportion (Wilson, JASA 22, 209–212, 1927).
///
/// It is Newcombe's method 3 ("Two-sided confidence intervals for the single proportion:
/// comparison of seven methods", Statistics in Medicine 17, 857–872, 1998), the interval
/// CaseAudit reports beside every percentage: unlike the simple Wald interval it stays inside
/// [0, 1] and keeps close to its nominal coverage for the small samples audits draw.
public enum Wilson {
  /// The Wilson score interval for `successes` out of `n`, or nil when there is nothing to
  /// estimate from.
  ///
  /// The limits are the two proportions p with |x/n − p| = z·√(p(1 − p)/n), where z is the
  /// two-sided normal critical value for `confidence` (1.959964… at 95%). Zero successes give a
  /// lower limit of exactly 0, and n successes an upper limit of exactly 1.
  ///
  /// Invalid input is answered with nil rather than a trap, so a report can show "no interval"
  /// for an empty or inconsistent breakdown: nil when `n` is 0, when either count is negative,
  /// when `successes` exceeds `n`, or when `confidence` is not strictly between 0 and 1.
  public static func interval(
    successes: Int, n: Int, confidence: Double = 0.95
  ) -> ProportionInterval? {
    guard n > 0, successes >= 0, successes <= n, confidence > 0, confidence < 1 else {
      return nil
    }
    let z = Normal.quantile(1 - (1 - confidence) / 2)
    let trials = Double(n)
    let x = Double(successes)
    let zSquared = z * z
    // Newcombe (1998) method 3, the roots of the quadratic written without cancellation:
    // (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)).
    let centre = 2 * x + zSquared
    let spread = z * (zSquared + 4 * x * (1 - x / trials)).squareRoot()
    let denominator = 2 * (trials + zSquared)
    let lower = successes == 0 ? 0 : max(0, (centre - spread) / denominator)
    let upper = successes == n ? 1 : min(1, (centre + spread) / denominator)
    return ProportionInterval(lower: lower, upper: upper)
  }
}
