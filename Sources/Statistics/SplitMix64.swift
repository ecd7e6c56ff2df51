/// SplitMix64, the generator Steele, Lea and Flood published in "Fast Splittable Pseudorandom
/// Number Generators" (OOPSLA 2014), as Vigna's reference `splitmix64.c` writes it.
///
/// CaseAudit uses it only to expand one recorded 64-bit seed into the 256-bit state of
/// ``Xoshiro256StarStar``, exactly as Vigna recommends (prng.di.unimi.it).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose first output is derived from `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64-bit output.
  public mutating func next() -> UInt64 {
    // splitmix64.c: x += 0x9e3779b97f4a7c15; z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9; …
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
