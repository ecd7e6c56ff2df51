/// Krippendorff's alpha with the disagreements and counts it was computed from.
public struct KrippendorffEstimate: Sendable, Hashable, Codable {
  /// The reliability coefficient α = 1 − Dₒ/Dₑ: 1 for perfect agreement, 0 for agreement no
  /// better than chance, negative for systematic disagreement.
  public var alpha: Double

  /// The observed disagreement Dₒ, averaged over pairable values.
  public var observedDisagreement: Double

  /// The disagreement Dₑ expected by chance from all pairable values.
  public var expectedDisagreement: Double

  /// The number of pairable values, n: the values in units with at least two values.
  public var pairableValues: Int

  /// The number of units with at least two values.
  public var pairableUnits: Int

  /// Creates an estimate from its parts.
  public init(
    alpha: Double, observedDisagreement: Double, expectedDisagreement: Double,
    pairableValues: Int, pairableUnits: Int
  ) {
    self.alpha = alpha
    self.observedDisagreement = observedDisagreement
    self.expectedDisagreement = expectedDisagreement
    self.pairableValues = pairableValues
    self.pairableUnits = pairableUnits
  }
}
