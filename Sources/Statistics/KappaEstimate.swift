/// A kappa coefficient with the agreement proportions it was computed from.
public struct KappaEstimate: Sendable, Hashable, Codable {
  /// The kappa coefficient: (observed − expected) / (1 − expected), at most 1.
  public var value: Double

  /// The (weighted) proportion of agreement observed.
  public var observedAgreement: Double

  /// The (weighted) proportion of agreement expected by chance.
  public var expectedAgreement: Double

  /// The number of units the coefficient rests on.
  public var count: Int

  /// The large-sample standard error of the coefficient, where one is implemented.
  ///
  /// For Cohen's kappa this is the non-null standard error of Fleiss, Cohen & Everitt (1969),
  /// the one for confidence intervals. It is nil for Fleiss' kappa.
  public var standardError: Double?

  /// Creates an estimate from its parts.
  public init(
    value: Double, observedAgreement: Double, expectedAgreement: Double, count: Int,
    standardError: Double?
  ) {
    self.value = value
    self.observedAgreement = observedAgreement
    self.expectedAgreement = expectedAgreement
    self.count = count
    self.standardError = standardError
  }

  /// The Wald interval value ± z·SE for the two-sided `confidence` level, cut to [−1, 1].
  ///
  /// Returns nil when there is no standard error or `confidence` is not strictly between 0 and
  /// 1. The Wald interval is the one Fleiss, Cohen & Everitt (1969) propose; it is rough for
  /// small samples or kappas near 1, so report the number of units beside it.
  public func interval(confidence: Double = 0.95) -> ConfidenceInterval? {
    guard let standardError, confidence > 0, confidence < 1 else { return nil }
    let z = Normal.quantile(1 - (1 - confidence) / 2)
    return ConfidenceInterval(
      estimate: value, lower: max(-1, value - z * standardError),
      upper: min(1, value + z * standardError))
  }
}
