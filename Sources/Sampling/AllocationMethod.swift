/// How a sample size is split across strata.
public enum AllocationMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// Each stratum's share is proportional to its number of eligible units.
  case proportional
  /// Every stratum gets the same share, as far as stratum sizes allow.
  case equal
}
