public import Statistics

/// The seeded generator tests use, so a failing property test can be replayed from its seed.
public typealias TestRandom = Xoshiro256StarStar

extension Xoshiro256StarStar {
  /// A generator for a test, seeded from a fixed value by default.
  public static func forTest(seed: UInt64 = 0x00C0_FFEE) -> Xoshiro256StarStar {
    Xoshiro256StarStar(seed: seed)
  }
}
