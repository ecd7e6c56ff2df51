/// The number of cases to audit for estimating a proportion, with the inputs that produced it.
///
/// Made by ``SampleSize/forProportion(population:margin:confidence:proportion:roundUp:)``.
public struct SampleSizeResult: Sendable, Hashable, Codable {
  /// The cases to audit, with the finite-population correction, as a whole number (at least 1).
  public var required: Int

  /// The cases an infinite population would need, z²p(1 − p)/E², rounded the same way.
  public var withoutCorrection: Int

  /// The unrounded corrected size z²Np(1 − p) / (E²N + z²p(1 − p)).
  public var exact: Double

  /// The number of cases in the population, N.
  public var population: Int

  /// The margin of error E, as a proportion (0.05 for ±5 percentage points).
  public var margin: Double

  /// The confidence level (0.95 for 95%).
  public var confidence: Double

  /// The expected proportion p (0.5 when nothing is known, which gives the largest sample).
  public var proportion: Double

  /// Whether the sizes were rounded up (true) or to the nearest whole case (false).
  public var roundUp: Bool
}
