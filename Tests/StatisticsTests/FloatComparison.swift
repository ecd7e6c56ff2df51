/// Whether `value` is within `tolerance` of `expected`, relative to the larger magnitude
/// (the swift-numerics `isApproximatelyEqual(to:relativeTolerance:)` rule).
func isClose(_ value: Double, _ expected: Double, relative tolerance: Double) -> Bool {
  if value == expected { return true }
  let scale = max(abs(value), abs(expected))
  return abs(value - expected) <= tolerance * scale
}

/// Whether `value` is within `tolerance` of `expected`.
func isClose(_ value: Double, _ expected: Double, absolute tolerance: Double) -> Bool {
  abs(value - expected) <= tolerance
}
