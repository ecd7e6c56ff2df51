/// Pearson's chi-square test of whether two rounds' stage mixes differ.
public struct CaseMixTest: Sendable, Hashable, Codable {
  /// The chi-square statistic.
  public var statistic: Double
  /// Its degrees of freedom.
  public var degreesOfFreedom: Int
  /// The p-value.
  public var pValue: Double
  /// Expected counts below 5 (the approximation is then rough: Cochran's rule).
  public var cellsExpectedBelowFive: Int
  /// The smallest expected count.
  public var minimumExpected: Double

  /// Creates a record from its parts.
  public init(
    statistic: Double, degreesOfFreedom: Int, pValue: Double, cellsExpectedBelowFive: Int,
    minimumExpected: Double
  ) {
    self.statistic = statistic
    self.degreesOfFreedom = degreesOfFreedom
    self.pValue = pValue
    self.cellsExpectedBelowFive = cellsExpectedBelowFive
    self.minimumExpected = minimumExpected
  }
}
