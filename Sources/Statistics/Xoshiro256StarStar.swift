/// xoshiro256** 1.0, Blackman and Vigna's all-purpose 64-bit generator ("Scrambled Linear
/// Pseudorandom Number Generators", ACM TOMS 2021; reference code `xoshiro256starstar.c` at
/// prng.di.unimi.it).
///
/// Every random draw CaseAudit records names this algorithm and a 64-bit seed. The seed is
/// expanded to the 256-bit state with four outputs of ``SplitMix64``, so the same seed gives the
/// same stream on any machine and in any later version: the algorithm never changes silently.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
  /// The name recorded beside every seed.
  public static let algorithmName = "xoshiro256**/splitmix64"

  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Seeds the state from one 64-bit value through SplitMix64.
  public init(seed: UInt64) {
    var mixer = SplitMix64(seed: seed)
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// Seeds the state directly (it must not be all zero); used to check the reference vectors.
  public init(state: (UInt64, UInt64, UInt64, UInt64)) {
    precondition(
      state.0 | state.1 | state.2 | state.3 != 0, "xoshiro256** state must not be all zero")
    (s0, s1, s2, s3) = state
  }

  /// The next 64-bit output.
  public mutating func next() -> UInt64 {
    // xoshiro256starstar.c: result = rotl(s[1] * 5, 7) * 9; t = s[1] << 17; …
    let result = rotateLeft(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, 45)
    return result
  }

  private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

extension RandomNumberGenerator {
  /// A uniformly distributed integer in `0..<bound`, by a documented, version-stable method.
  ///
  /// Swift's own `random(in:using:)` may change its algorithm between toolchains, which would
  /// change recorded samples; this method will not. It is bitmask rejection: take the smallest
  /// mask `2^k − 1` covering `bound − 1`, draw `next() & mask`, and reject values `>= bound`
  /// (the "bitmask with rejection" method, as in Apple's pre-2019 `arc4random_uniform`
  /// discussion and Lemire, "Fast Random Integer Generation in an Interval", ACM TOMS 2019 §2).
  /// Each candidate is accepted with probability above one half, so the expected number of draws
  /// is under two. `bound` must be at least 1.
  public mutating func uniform(below bound: UInt64) -> UInt64 {
    precondition(bound > 0, "uniform(below:) needs a positive bound")
    if bound == 1 { return 0 }
    let mask = UInt64.max >> UInt64((bound - 1).leadingZeroBitCount)
    while true {
      let candidate = next() & mask
      if candidate < bound { return candidate }
    }
  }

  /// A uniformly distributed `Int` in `0..<bound` (see ``uniform(below:)-(UInt64)``).
  public mutating func uniform(below bound: Int) -> Int {
    precondition(bound > 0, "uniform(below:) needs a positive bound")
    return Int(uniform(below: UInt64(bound)))
  }

  /// A uniformly distributed `Double` in `[0, 1)`: the top 53 bits of one output times 2⁻⁵³,
  /// Vigna's recommended conversion (prng.di.unimi.it, "Generating uniform doubles").
  public mutating func unitDouble() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }
}
