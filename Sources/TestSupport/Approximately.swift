/// Whether two numbers agree to a relative tolerance (with an absolute floor near zero), as
/// swift-numerics' `isApproximatelyEqual(to:relativeTolerance:)` defines it.
///
/// - Parameters:
///   - a: one number.
///   - b: the other.
///   - relativeTolerance: the allowed difference as a fraction of the larger magnitude.
///   - absoluteTolerance: the allowed difference when both are near zero.
/// - Returns: whether they agree.
public func isApproximatelyEqual(
  _ a: Double, _ b: Double, relativeTolerance: Double = 1e-9, absoluteTolerance: Double = 1e-12
) -> Bool {
  if a == b { return true }
  guard a.isFinite, b.isFinite else { return false }
  let scale = max(abs(a), abs(b))
  return abs(a - b) <= max(absoluteTolerance, relativeTolerance * scale)
}
