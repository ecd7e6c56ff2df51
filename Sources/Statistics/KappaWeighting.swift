/// How a weighted kappa credits partial agreement between two different values.
///
/// With values (or level indexes) x and y and the observed range R of the scale, the agreement
/// weight of the pair is 1 for x = y and otherwise as below (Cohen 1968; Fleiss & Cohen 1973 for
/// the quadratic weights). The kappa does not depend on R: rescaling the disagreement weights
/// cancels in the ratio.
public enum KappaWeighting: Sendable, Hashable, Codable, CaseIterable {
  /// Only identical values agree (Cohen 1960): weight 0 for any disagreement.
  case unweighted

  /// Weight 1 − |x − y|/R: every step of disagreement costs the same.
  case linear

  /// Weight 1 − (x − y)²/R²: large disagreements cost more; in large samples this kappa is
  /// equivalent to an intraclass correlation (Fleiss & Cohen 1973), and on the scores themselves
  /// it equals Lin's concordance correlation with divisor n.
  case quadratic

  /// The agreement weight of two scores on a scale of range `range`.
  func weight(_ x: Double, _ y: Double, range: Double) -> Double {
    if x == y { return 1 }
    switch self {
    case .unweighted: return 0
    case .linear: return range > 0 ? 1 - abs(x - y) / range : 1
    case .quadratic: return range > 0 ? 1 - (x - y) * (x - y) / (range * range) : 1
    }
  }
}
