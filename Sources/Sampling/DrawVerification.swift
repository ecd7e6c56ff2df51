/// The outcome of re-deriving a recorded draw: identical, or the list of differences.
public struct DrawVerification: Sendable, Hashable, CustomStringConvertible {
  /// Every difference found, in the order checked; empty when the draw is confirmed.
  public var differences: [DrawDifference]

  /// Creates an outcome.
  public init(differences: [DrawDifference]) { self.differences = differences }

  /// Whether the recorded draw is exactly what the population and specification give.
  public var isIdentical: Bool { differences.isEmpty }

  /// "identical", or one line per difference.
  public var description: String {
    isIdentical
      ? "identical: the draw re-derives exactly from the population and specification"
      : differences.map(\.description).joined(separator: "\n")
  }
}
