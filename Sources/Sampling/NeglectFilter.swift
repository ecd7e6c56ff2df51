public import CaseList

/// Which neglect statuses a draw admits.
///
/// The filters are nested: `confirmed` ⊂ `possible` ⊂ `any`.
public enum NeglectFilter: String, Sendable, Hashable, Codable, CaseIterable {
  /// Only cases whose neglect is confirmed (a child-protection plan under neglect).
  case confirmed
  /// Cases whose neglect is confirmed or possible (primary need or category of need N1).
  case possible
  /// Every case, including those with no neglect recorded.
  case any

  /// Whether a case with the given status passes the filter.
  public func admits(_ status: NeglectStatus) -> Bool {
    switch self {
    case .confirmed: status == .confirmed
    case .possible: status != .none
    case .any: true
    }
  }
}
