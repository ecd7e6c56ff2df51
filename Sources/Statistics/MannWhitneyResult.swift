/// The Mann–Whitney U test of two independent samples, two-sided.
public struct MannWhitneyResult: Sendable, Hashable, Codable {
  /// How the p-value was found.
  public enum Method: Sendable, Hashable, Codable {
    /// From the exact null distribution of U (small samples without ties).
    case exact

    /// From the exact permutation distribution of the rank sum given the ties (small samples
    /// with ties).
    case exactPermutation

    /// From the normal approximation with the tie correction and a continuity correction.
    case normalApproximation
  }

  /// U for the first sample: pairs (x from the first, y from the second) with x > y, plus half
  /// the tied pairs.
  ///
  /// It equals R₁ − n₁(n₁ + 1)/2, R₁ the first
  /// sample's rank sum; R's `wilcox.test` calls it W, SciPy's `mannwhitneyu` returns it.
  public var u: Double

  /// The size of the first sample.
  public var firstCount: Int

  /// The size of the second sample.
  public var secondCount: Int

  /// The standardised statistic (U − n₁n₂/2 ∓ ½)/σ, tie- and continuity-corrected.
  ///
  /// σ is the tie-corrected standard deviation and the ½ moves toward zero; z is 0 when every
  /// value is tied. Positive when the first sample tends
  /// to be larger. Reported whatever the ``method``.
  public var z: Double

  /// The two-sided p-value.
  public var pValue: Double

  /// How ``pValue`` was found.
  public var method: Method

  /// Creates a result from its parts.
  public init(
    u: Double, firstCount: Int, secondCount: Int, z: Double, pValue: Double, method: Method
  ) {
    self.u = u
    self.firstCount = firstCount
    self.secondCount = secondCount
    self.z = z
    self.pValue = pValue
    self.method = method
  }
}
