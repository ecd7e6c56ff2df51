/// The difference function δ² Krippendorff's alpha uses for a level of measurement.
///
/// Krippendorff (2011), the difference functions; c and k are two values, nᵍ the number of
/// pairable values equal to g.
public enum KrippendorffMetric: Sendable, Hashable, Codable, CaseIterable {
  /// Categories without order: δ² = 0 if c = k, else 1.
  case nominal

  /// Ranks: δ² = (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)², distances between the values' mid-ranks
  /// among all pairable values, so only the order of the values matters.
  case ordinal

  /// Equal intervals: δ² = (c − k)².
  case interval

  /// Ratios from a true zero: δ² = ((c − k)/(c + k))²; needs values ≥ 0.
  case ratio
}
