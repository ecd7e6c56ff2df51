/// A comparison in the condition language.
///
/// On grade questions the order is the scale's order of merit, whatever its numbers: `>` means
/// "better than", so `assess.history >= good` holds for good and outstanding. On numbers the
/// order is numeric; on dates, chronological (`>` is "later than").
enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
  /// `==`: equal.
  case equal = "=="
  /// `!=`: answered and not equal.
  case notEqual = "!="
  /// `<`: worse, smaller or earlier.
  case less = "<"
  /// `<=`: no better, no larger, no later.
  case lessOrEqual = "<="
  /// `>`: better, larger or later.
  case greater = ">"
  /// `>=`: no worse, no smaller, no earlier.
  case greaterOrEqual = ">="

  /// Whether the operator needs an order (anything but `==` and `!=`).
  var isOrdering: Bool { self != .equal && self != .notEqual }

  /// The operator with its operands swapped: `a < b` is `b > a`.
  var mirrored: ComparisonOperator {
    switch self {
    case .equal, .notEqual: return self
    case .less: return .greater
    case .lessOrEqual: return .greaterOrEqual
    case .greater: return .less
    case .greaterOrEqual: return .lessOrEqual
    }
  }

  /// Applies the operator to two ordered keys.
  func holds(_ lhs: Double, _ rhs: Double) -> Bool {
    switch self {
    case .equal: return lhs == rhs
    case .notEqual: return lhs != rhs
    case .less: return lhs < rhs
    case .lessOrEqual: return lhs <= rhs
    case .greater: return lhs > rhs
    case .greaterOrEqual: return lhs >= rhs
    }
  }
}
