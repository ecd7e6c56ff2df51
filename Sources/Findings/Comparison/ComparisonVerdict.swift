public import Statistics

/// What a comparison concludes about one criterion or theme.
///
/// A change is **confirmed** — "improved" or "worsened" — only when both hold: the 95%
/// interval for the difference (after − before) excludes zero, and the Fisher exact test's
/// p-value, adjusted by Holm's method over the family of comparisons made (every criterion
/// compared, or the declared primary ones), is below 0.05. Where only the unadjusted evidence
/// points to a change (the interval excludes zero, or the unadjusted p is below 0.05) the
/// verdict is "possible change": not confirmed after adjusting for the number of comparisons.
/// Otherwise — also when there is no interval (no cases in a round) — "no clear change".
public enum ComparisonVerdict: String, Sendable, Hashable, Codable, CaseIterable {
  /// The interval lies above zero and the adjusted test is significant.
  case improved
  /// The interval lies below zero and the adjusted test is significant.
  case worsened
  /// The unadjusted evidence suggests a change that the adjustment does not confirm.
  case possibleChange = "possible change"
  /// The interval includes zero and the unadjusted test is not significant, or there is none.
  case noClearChange = "no clear change"

  /// The significance level verdicts use.
  public static let alpha = 0.05

  /// The verdict an interval supports before any test is adjusted: improved or worsened when
  /// it excludes zero (to be confirmed or reduced by ``init(interval:fisherP:holmP:)``).
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

  /// The verdict of an interval and the unadjusted and Holm-adjusted p-values of its test.
  public init(interval: ConfidenceInterval?, fisherP: Double?, holmP: Double?) {
    let direction = ComparisonVerdict(interval: interval)
    let unadjustedSignificant = (fisherP ?? 1) < Self.alpha
    if direction != .noClearChange, let holmP, holmP < Self.alpha, unadjustedSignificant {
      self = direction
    } else if direction != .noClearChange || unadjustedSignificant {
      self = .possibleChange
    } else {
      self = .noClearChange
    }
  }

  /// Whether the verdict claims a confirmed change.
  public var isConfirmed: Bool { self == .improved || self == .worsened }

  /// The caveat a possible change carries: "not confirmed after adjusting for 33 comparisons
  /// (Holm)"; `nil` for other verdicts.
  public func caveat(familySize: Int) -> String? {
    guard self == .possibleChange else { return nil }
    let comparisons = familySize == 1 ? "1 comparison" : "\(familySize) comparisons"
    return "possible change — not confirmed after adjusting for \(comparisons) (Holm)"
  }
}
