/// A summary of the numbers answered to a number question.
public struct NumberSummary: Sendable, Hashable, Codable {
  /// How many numbers were answered.
  public var n: Int
  /// Their mean.
  public var mean: Double
  /// Their median: the middle value, or the mean of the two middle values.
  public var median: Double
  /// The smallest.
  public var min: Double
  /// The largest.
  public var max: Double

  /// Creates a summary from its parts.
  public init(n: Int, mean: Double, median: Double, min: Double, max: Double) {
    self.n = n
    self.mean = mean
    self.median = median
    self.min = min
    self.max = max
  }

  /// Summarises numbers, or returns `nil` when there are none.
  ///
  /// - Complexity: O(n log n).
  public init?(_ values: [Double]) {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let count = sorted.count
    let middle = count / 2
    n = count
    mean = sorted.reduce(0, +) / Double(count)
    median = count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    min = sorted[0]
    max = sorted[count - 1]
  }
}
