public import CaseList

/// Which neglect statuses a draw admits.
///
/// The filters are nested: `confirmed` ⊂ `possible` ⊂ `any`, and `multiple` ⊂ `possible`.
public enum NeglectFilter: String, Sendable, Hashable, Codable, CaseIterable {
  /// Only cases whose neglect is confirmed (a child-protection plan under neglect).
  case confirmed
  /// Cases whose neglect is confirmed or possible (primary need or category of need N1).
  case possible
  /// Every case, including those with no neglect recorded.
  case any
  /// Only cases on an open child-protection plan whose category is "e) Multiple/not
  /// recommended": possible neglect, not confirmed (the plan may include neglect but does not
  /// say so).
  case multiple

  /// Whether a case with the given status (and, for `multiple`, category) passes the filter.
  public func admits(_ status: NeglectStatus, category: AbuseCategory? = nil) -> Bool {
    switch self {
    case .confirmed: status == .confirmed
    case .possible: status != .none
    case .any: true
    case .multiple: category == .multiple && status != .none
    }
  }
}
