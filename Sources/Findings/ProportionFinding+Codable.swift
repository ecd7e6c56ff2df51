import Statistics

extension ProportionFinding {
  private enum CodingKeys: String, CodingKey {
    case count, n, proportion, ci, indicativeOnly
  }

  /// Decodes a finding from its count and denominator; the proportion, interval and flag are
  /// recomputed, so a decoded finding is always consistent.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let count = try container.decode(Int.self, forKey: .count)
    let n = try container.decode(Int.self, forKey: .n)
    guard n >= 0, count >= 0, count <= n else {
      throw DecodingError.dataCorruptedError(
        forKey: .count, in: container, debugDescription: "a count must lie between 0 and n")
    }
    self.init(count: count, n: n)
  }

  /// Encodes `{"count", "n", "proportion", "ci": [low, high], "indicativeOnly"}`; the
  /// proportion and interval are `null` when `n` is zero.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(count, forKey: .count)
    try container.encode(n, forKey: .n)
    try container.encode(proportion, forKey: .proportion)
    try container.encode(interval.map { [$0.lower, $0.upper] }, forKey: .ci)
    try container.encode(isIndicativeOnly, forKey: .indicativeOnly)
  }
}
