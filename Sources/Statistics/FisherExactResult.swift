/// The p-values of Fisher's exact test of a 2 × 2 table.
public struct FisherExactResult: Sendable, Hashable, Codable {
  /// The two-sided p-value: the probability of all tables, with the observed margins, no more
  /// likely than the observed one.
  public var twoSided: Double

  /// The one-sided p-value P(X ≤ a) for the top-left count a (an odds ratio below 1).
  public var less: Double

  /// The one-sided p-value P(X ≥ a) for the top-left count a (an odds ratio above 1).
  public var greater: Double

  /// Creates a result from its parts.
  public init(twoSided: Double, less: Double, greater: Double) {
    self.twoSided = twoSided
    self.less = less
    self.greater = greater
  }
}
