#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
///
/// Press, Teukolsky, Vetterling & Flannery, *Numerical Recipes in C* (2nd ed., 1992), §6.2:
/// the series `gser` for x < a + 1, where it converges fast, and otherwise the continued
/// fraction `gcf` evaluated by the modified Lentz method (§5.2). The iteration limit grows with
/// √a so that large degrees of freedom still converge.
enum IncompleteGamma {
  /// Q(a, x) = Γ(a, x)/Γ(a), for a > 0 and x ≥ 0.
  static func upper(_ a: Double, _ x: Double) -> Double {
    precondition(a > 0 && x >= 0, "Q(a, x) needs a > 0 and x ≥ 0")
    if x == 0 { return 1 }
    if x < a + 1 { return max(0, 1 - series(a, x)) }
    return continuedFraction(a, x)
  }

  /// The most terms either expansion may take.
  private static func iterationLimit(_ a: Double) -> Int {
    1000 + Int(100 * a.squareRoot())
  }

  /// ln of the prefactor e^{−x}·x^a/Γ(a).
  private static func logPrefactor(_ a: Double, _ x: Double) -> Double {
    -x + a * log(x) - LogGamma.of(a)
  }

  /// P(a, x) by its series: e^{−x}x^a/Γ(a) · Σₙ xⁿ/(a(a + 1)…(a + n)) (NR §6.2, gser).
  private static func series(_ a: Double, _ x: Double) -> Double {
    var denominator = a
    var term = 1 / a
    var sum = term
    for _ in 0..<iterationLimit(a) {
      denominator += 1
      term *= x / denominator
      sum += term
      if abs(term) < abs(sum) * 1e-16 { break }
    }
    return sum * exp(logPrefactor(a, x))
  }

  /// Q(a, x) by its continued fraction
  /// e^{−x}x^a/Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …)))
  /// (NR §6.2, gcf, with the modified Lentz method).
  private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1...iterationLimit(a) {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-16 { break }
    }
    return exp(logPrefactor(a, x)) * h
  }
}
