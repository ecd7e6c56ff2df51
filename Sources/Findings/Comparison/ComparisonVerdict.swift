public import Statistics

/// What a comparison concludes about one criterion or theme.
///
/// A change is claimed only when the 95% interval for the difference (after − before)
/// excludes zero: "improved" when its lower limit is above zero, "worsened" when its upper
/// limit is below zero, otherwise "no clear change" — also when there is no interval (no cases
/// in a round). A claimed change whose Holm-adjusted p-value is 0.05 or more carries a caveat
/// (see `QuestionComparison.caveat`) but keeps its verdict: the verdict follows the interval.
public enum ComparisonVerdict: String, Sendable, Hashable, Codable, CaseIterable {
  /// The whole interval lies above zero.
  case improved
  /// The whole interval lies below zero.
  case worsened
  /// The interval includes zero, or there is none.
  case noClearChange = "no clear change"

  /// The verdict an interval supports.
  public init(interval: ConfidenceInterval?) {
    guard let interval else {
      self = .noClearChange
      return
    }
    if interval.lower > 0 {
      self = .improved
    } else if interval.upper < 0 {
      self = .worsened
    } else {
      self = .noClearChange
    }
  }

  /// The caveat a claimed change carries when it does not survive adjustment for multiple
  /// comparisons.
  public static let multipleComparisonsCaveat =
    "not significant after adjustment for multiple comparisons (Holm)"

  /// The caveat for a verdict given its Holm-adjusted p-value: set only for a claimed change
  /// whose adjusted p-value is missing or at least 0.05.
  public func caveat(holmP: Double?) -> String? {
    guard self != .noClearChange else { return nil }
    guard let holmP, holmP < 0.05 else { return Self.multipleComparisonsCaveat }
    return nil
  }
}
