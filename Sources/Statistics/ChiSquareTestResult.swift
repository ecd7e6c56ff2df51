/// Pearson's chi-square test of independence for an r × c table of counts.
public struct ChiSquareTestResult: Sendable, Hashable, Codable {
  /// Pearson's statistic X² = Σ (O − E)²/E over the tested cells.
  public var statistic: Double

  /// The degrees of freedom (r′ − 1)(c′ − 1) over the r′ non-empty rows and c′ non-empty
  /// columns.
  public var degreesOfFreedom: Int

  /// The upper-tail probability of X² under the chi-square distribution: the p-value.
  public var pValue: Double

  /// The expected count Rᵢ·Cⱼ/N of every cell, in the shape of the input (0 in empty rows and
  /// columns).
  public var expected: [[Double]]

  /// The number of cells tested: those in non-empty rows and columns.
  public var testedCells: Int

  /// The number of tested cells whose expected count is below 5.
  public var cellsExpectedBelowFive: Int

  /// The smallest expected count among the tested cells.
  public var minimumExpected: Double

  /// Creates a result from its parts.
  public init(
    statistic: Double, degreesOfFreedom: Int, pValue: Double, expected: [[Double]],
    testedCells: Int, cellsExpectedBelowFive: Int, minimumExpected: Double
  ) {
    self.statistic = statistic
    self.degreesOfFreedom = degreesOfFreedom
    self.pValue = pValue
    self.expected = expected
    self.testedCells = testedCells
    self.cellsExpectedBelowFive = cellsExpectedBelowFive
    self.minimumExpected = minimumExpected
  }

  /// Whether the chi-square approximation is trustworthy by Cochran's rule.
  ///
  /// Cochran, "Some methods for strengthening the common χ² tests", Biometrics 10, 417–451,
  /// 1954: no expected count below 1 and at most 20% of them below 5. When false, warn, or for
  /// a 2 × 2 table use ``FisherExact``.
  public var meetsCochranRule: Bool {
    minimumExpected >= 1 && Double(cellsExpectedBelowFive) <= 0.2 * Double(testedCells)
  }
}
