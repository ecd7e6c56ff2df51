/// Confidence intervals for a difference of two independent proportions and for a difference
/// of two such differences.
///
/// Both are built from Wilson score intervals for the single proportions (``Wilson``) by the
/// method of variance estimates recovery (MOVER; Zou & Donner, "Construction of confidence
/// limits about effect measures: A general approach", Statistics in Medicine 27, 1693–1702,
/// 2008): for an estimate θ = Σ ±θᵢ of independent parts, each with limits (lᵢ, uᵢ), the lower
/// limit subtracts the root sum of squares of the distances from each part to the limit that
/// moves θ down, and the upper limit likewise.
public enum ProportionDifference {
  /// Newcombe's hybrid score interval for p₁ − p₂, the difference of two independent
  /// proportions (Newcombe, "Interval estimation for the difference between independent
  /// proportions: comparison of eleven methods", Statistics in Medicine 17, 873–890, 1998,
  /// method 10).
  ///
  /// With Wilson limits (l₁, u₁) and (l₂, u₂) and d = p̂₁ − p̂₂, the limits are
  /// d − √((p̂₁ − l₁)² + (u₂ − p̂₂)²) and d + √((u₁ − p̂₁)² + (p̂₂ − l₂)²). They always lie within
  /// [−1, 1], stay defined for 0/n and n/n, and keep close to nominal coverage for small
  /// samples. Returns nil when either count is invalid (see ``BinomialCount/isValid``) or
  /// `confidence` is not strictly between 0 and 1.
  public static func newcombeInterval(
    _ first: BinomialCount, _ second: BinomialCount, confidence: Double = 0.95
  ) -> ConfidenceInterval? {
    guard let one = Part(first, confidence), let two = Part(second, confidence) else {
      return nil
    }
    // Newcombe (1998) method 10: MOVER over the two Wilson intervals.
    let estimate = one.estimate - two.estimate
    let down = hypotenuse(one.estimate - one.lower, two.upper - two.estimate)
    let up = hypotenuse(one.upper - one.estimate, two.estimate - two.lower)
    return ConfidenceInterval(
      estimate: estimate, lower: max(-1, estimate - down), upper: min(1, estimate + up))
  }

  /// A MOVER interval for a difference in differences, (p_firstAfter − p_firstBefore) −
  /// (p_secondAfter − p_secondBefore), of four independent proportions.
  ///
  /// The change in the first group (say, teams that had training) minus the change in the
  /// second (teams that did not). Zou & Donner (2008) MOVER applied to the two Newcombe hybrid
  /// intervals (``newcombeInterval(_:_:confidence:)``) — equivalently to the four Wilson
  /// intervals directly: with θ the estimate and (lᵢ, uᵢ) the Wilson limits of each proportion,
  /// the lower limit is θ − √Σ (distance from p̂ᵢ to the limit that lowers θ)², the upper limit
  /// likewise, cut to [−2, 2]. Returns nil when any count is invalid or `confidence` is not
  /// strictly between 0 and 1.
  public static func differenceInDifferences(
    firstBefore: BinomialCount, firstAfter: BinomialCount,
    secondBefore: BinomialCount, secondAfter: BinomialCount, confidence: Double = 0.95
  ) -> ConfidenceInterval? {
    guard
      let first = newcombeInterval(firstAfter, firstBefore, confidence: confidence),
      let second = newcombeInterval(secondAfter, secondBefore, confidence: confidence)
    else { return nil }
    // Zou & Donner (2008), MOVER for θ₁ − θ₂, each θᵢ's limits from Newcombe's method 10.
    let estimate = first.estimate - second.estimate
    let down = hypotenuse(first.estimate - first.lower, second.upper - second.estimate)
    let up = hypotenuse(first.upper - first.estimate, second.estimate - second.lower)
    return ConfidenceInterval(
      estimate: estimate, lower: max(-2, estimate - down), upper: min(2, estimate + up))
  }

  /// √(a² + b²).
  private static func hypotenuse(_ a: Double, _ b: Double) -> Double {
    (a * a + b * b).squareRoot()
  }

  /// One proportion with its Wilson limits.
  private struct Part {
    let estimate: Double
    let lower: Double
    let upper: Double

    init?(_ count: BinomialCount, _ confidence: Double) {
      guard let estimate = count.proportion,
        let interval = Wilson.interval(
          successes: count.successes, n: count.trials, confidence: confidence)
      else { return nil }
      self.estimate = estimate
      lower = interval.lower
      upper = interval.upper
    }
  }
}
