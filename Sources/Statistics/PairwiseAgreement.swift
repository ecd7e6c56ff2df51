/// How often raters agree on the same unit, counted over pairs of raters.
public struct PairwiseAgreement: Sendable, Hashable, Codable {
  /// The mean, over the units rated at least twice, of the proportion of rater pairs in the
  /// unit that agree: Fleiss's (1971) P̄, extended to units with different numbers of ratings by
  /// weighting every such unit equally.
  public var proportion: Double

  /// The number of agreeing rater pairs, summed over all units.
  public var agreeingPairs: Int

  /// The number of rater pairs, summed over all units (m(m − 1)/2 for a unit with m ratings).
  public var pairs: Int

  /// The number of units rated at least twice (units rated once or never cannot show agreement
  /// and are left out).
  public var units: Int

  /// Creates a result from its parts.
  public init(proportion: Double, agreeingPairs: Int, pairs: Int, units: Int) {
    self.proportion = proportion
    self.agreeingPairs = agreeingPairs
    self.pairs = pairs
    self.units = units
  }

  /// The proportion of all rater pairs that agree, pooling units (units with more ratings
  /// weigh more); equal to ``proportion`` when every unit has the same number of ratings.
  ///
  /// ``Agreement`` only returns results with at least one pair.
  public var pooledProportion: Double { Double(agreeingPairs) / Double(pairs) }
}
