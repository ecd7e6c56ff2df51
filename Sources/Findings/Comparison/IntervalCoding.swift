import Statistics

/// Writes a confidence interval as the JSON pair `[low, high]` and reads it back.
enum IntervalCoding {
  /// The pair, or `nil`.
  static func pair(_ interval: ConfidenceInterval?) -> [Double]? {
    interval.map { [$0.lower, $0.upper] }
  }

  /// The interval for an estimate from a decoded pair, or `nil` when there is none.
  static func interval(estimate: Double?, pair: [Double]?) throws -> ConfidenceInterval? {
    guard let pair else { return nil }
    guard pair.count == 2, let estimate else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: [], debugDescription: "an interval is written [low, high] beside its estimate"
        ))
    }
    return ConfidenceInterval(estimate: estimate, lower: pair[0], upper: pair[1])
  }
}
