/// Why a table of ratings could not be built: a row of the wrong width or an unusable value.
///
/// Each case names the position of the problem, never the value recorded there.
public enum RatingsError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A table of ratings needs at least one rater.
  case raterCountNotPositive(Int)

  /// A unit holds a different number of entries from the table's rater count.
  case wrongRaterCount(unit: Int, expected: Int, found: Int)

  /// A value is NaN or infinite, which no agreement statistic can use; record it as missing.
  case nonFiniteValue(unit: Int, rater: Int)

  /// A sentence describing the problem, for the command line and the reports.
  public var description: String {
    switch self {
    case .raterCountNotPositive(let count):
      return "A ratings table needs at least 1 rater (got \(count))."
    case .wrongRaterCount(let unit, let expected, let found):
      return "Unit \(unit) has \(found) rating entries; the table has \(expected) raters."
    case .nonFiniteValue(let unit, let rater):
      return "The rating of unit \(unit) by rater \(rater) is not a finite number."
    }
  }
}
