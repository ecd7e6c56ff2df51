/// One stratum of a draw: its key and how many units it had, gave and kept in reserve.
public struct StratumSummary: Sendable, Hashable, Codable {
  /// The stratum key, such as `stage=childProtection|ageBand=5-10`, or `all`.
  public var key: String
  /// The number of eligible units (children, or families under the family units).
  public var eligible: Int
  /// The number of units drawn into the sample.
  public var sampled: Int
  /// The number of ranked reserve units drawn after the sample.
  public var reserves: Int

  /// Creates a summary.
  public init(key: String, eligible: Int, sampled: Int, reserves: Int) {
    self.key = key
    self.eligible = eligible
    self.sampled = sampled
    self.reserves = reserves
  }
}
