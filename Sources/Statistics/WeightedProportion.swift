/// A proportion estimated from a sample drawn with unequal inclusion probabilities: each case
/// weighs the inverse of its probability of selection, so the estimate describes the
/// population, not the sample's mix.
///
/// - The estimate is the weighted (Hájek) ratio Σ wᵢyᵢ / Σ wᵢ, with wᵢ = 1/πᵢ (Horvitz and
///   Thompson, JASA 47, 663–685, 1952, for the weights; the ratio form is Hájek's, 1971).
/// - Its uncertainty is carried by Kish's effective sample size n_eff = (Σ wᵢ)² / Σ wᵢ²
///   (Kish, *Survey Sampling*, 1965, §11.7), and the interval is the Wilson score interval
///   computed at p̂ with n_eff in place of n, as Korn and Graubard recommend for proportions
///   from complex samples (Survey Methodology 24, 193–201, 1998).
///
/// With equal weights the estimate is x/n, n_eff is n, and the interval is exactly Wilson's.
public struct WeightedProportion: Sendable, Hashable, Codable {
  /// The weighted estimate of the population proportion.
  public let estimate: Double
  /// Kish's effective sample size.
  public let effectiveN: Double
  /// The 95% interval (Wilson at p̂ with n_eff).
  public let interval: ProportionInterval

  /// The estimate from `successes` (whether each case has the property) and `weights`
  /// (positive, one per case); `nil` when there are no cases or a weight is not positive.
  public init?(successes: [Bool], weights: [Double], confidence: Double = 0.95) {
    guard !weights.isEmpty, weights.count == successes.count, weights.allSatisfy({ $0 > 0 })
    else { return nil }
    var total = 0.0
    var squares = 0.0
    var hits = 0.0
    for (success, weight) in zip(successes, weights) {
      total += weight
      squares += weight * weight
      if success { hits += weight }
    }
    self.init(weightedSuccesses: hits, totalWeight: total, sumOfSquaredWeights: squares)
  }

  /// The estimate from the sums a tally keeps: Σ wᵢyᵢ, Σ wᵢ and Σ wᵢ²; `nil` when the total
  /// weight is not positive.
  public init?(
    weightedSuccesses: Double, totalWeight: Double, sumOfSquaredWeights: Double,
    confidence: Double = 0.95
  ) {
    guard totalWeight > 0, sumOfSquaredWeights > 0, weightedSuccesses >= 0,
      weightedSuccesses <= totalWeight * (1 + 1e-12), confidence > 0, confidence < 1
    else { return nil }
    let p = min(1, weightedSuccesses / totalWeight)
    let n = totalWeight * totalWeight / sumOfSquaredWeights
    estimate = p
    effectiveN = n
    interval = Self.wilson(p: p, n: n, confidence: confidence)
  }

  /// The Wilson score limits at proportion `p` and (possibly fractional) size `n`: the roots of
  /// |p − π| = z·√(π(1 − π)/n) (Wilson 1927), as in ``Wilson/interval(successes:n:confidence:)``.
  static func wilson(p: Double, n: Double, confidence: Double) -> ProportionInterval {
    let z = Normal.quantile(1 - (1 - confidence) / 2)
    let zSquared = z * z
    let x = p * n
    let centre = 2 * x + zSquared
    let spread = z * (zSquared + 4 * x * (1 - p)).squareRoot()
    let denominator = 2 * (n + zSquared)
    let lower = p == 0 ? 0 : max(0, (centre - spread) / denominator)
    let upper = p == 1 ? 1 : min(1, (centre + spread) / denominator)
    return ProportionInterval(lower: lower, upper: upper)
  }
}
