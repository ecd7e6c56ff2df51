import Statistics
import Testing

/// The documented method re-implemented from raw generator outputs: the smallest all-ones mask
/// covering `bound − 1`, then reject masked values `>= bound`.
private func maskAndReject(_ raw: inout some IteratorProtocol<UInt64>, below bound: UInt64)
  -> UInt64
{
  if bound == 1 { return 0 }
  var mask: UInt64 = 0
  while mask < bound - 1 { mask = mask << 1 | 1 }
  while true {
    guard let value = raw.next() else { fatalError("raw stream exhausted") }
    if value & mask < bound { return value & mask }
  }
}

/// Pearson's χ² statistic of observed counts against equal expected counts.
private func chiSquare(_ counts: [Int]) -> Double {
  let expected = Double(counts.reduce(0, +)) / Double(counts.count)
  return counts.reduce(0) { sum, count in
    let difference = Double(count) - expected
    return sum + difference * difference / expected
  }
}

@Suite("Uniform draws: uniform(below:) and unitDouble()")
struct UniformDrawTests {
  /// The first 16 raw outputs for seed 42, from Vigna's C code (see Xoshiro256StarStarTests).
  static let seed42Raw: [UInt64] = [
    1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009,
    17_057_574_109_182_124_193, 18_295_552_978_065_317_476, 14_199_186_830_065_750_584,
    13_267_978_908_934_200_754, 15_679_888_225_317_814_407, 14_044_878_350_692_344_958,
    10_760_895_422_300_929_085, 12_589_033_428_110_817_649, 5_362_058_279_183_681_893,
    14_776_290_213_336_893_110, 5_928_998_142_081_247_042, 13_118_401_031_821_625_293,
    16_191_947_441_114_085_370,
  ]

  @Test("Seed 42, bound 10: the first eight draws are pinned")
  func pinnedSeed42() {
    // Masked with 0b1111 the raw outputs give 6, 14, 1, 1, 4, 8, 2, 7, 14, 13, 1, …; the
    // values 14 and 13 are rejected, leaving 6, 1, 1, 4, 8, 2, 7, 1.
    let pinned = [6, 1, 1, 4, 8, 2, 7, 1]
    var generator = Xoshiro256StarStar(seed: 42)
    #expect(pinned.map { _ in generator.uniform(below: 10) } == pinned)
    var raw = Self.seed42Raw.makeIterator()
    #expect(pinned.map { _ in Int(maskAndReject(&raw, below: 10)) } == pinned)
  }

  @Test(
    "Equals mask-and-reject recomputed from raw outputs",
    arguments: [1, 2, 3, 7, 10, 64, 100, 1000, 1 << 40 + 7, UInt64(1) << 63 + 1, UInt64.max]
      as [UInt64])
  func matchesIndependentMethod(bound: UInt64) {
    var generator = Xoshiro256StarStar(seed: 2027)
    var rawSource = Xoshiro256StarStar(seed: 2027)
    var raw = AnyIterator { rawSource.next() }
    for _ in 0..<200 {
      let value = generator.uniform(below: bound)
      #expect(value < bound)
      #expect(value == maskAndReject(&raw, below: bound))
    }
  }

  @Test("A bound of 1 returns 0 without consuming an output (the sampler relies on this)")
  func boundOneConsumesNothing() {
    var generator = Xoshiro256StarStar(seed: 42)
    #expect(generator.uniform(below: 1) == 0)
    #expect(generator.uniform(below: UInt64(1)) == 0)
    #expect(generator.next() == Self.seed42Raw[0])
  }

  @Test("Int bounds stay in range", arguments: [1, 2, 5, 124, 1_000_003, Int.max])
  func intBounds(bound: Int) {
    var generator = Xoshiro256StarStar(seed: 9)
    for _ in 0..<1000 {
      let value = generator.uniform(below: bound)
      #expect(value >= 0 && value < bound)
    }
  }

  @Test("unitDouble: the top 53 bits times 2⁻⁵³, pinned for seed 42")
  func unitDoubleSeed42() {
    // Python: (raw >> 11) * 2**-53 over the seed-42 raw outputs.
    let pinned = [
      0.08386297105988216, 0.3789802506626686, 0.6800434110281394, 0.9246929453253876,
    ]
    var generator = Xoshiro256StarStar(seed: 42)
    let draws = pinned.map { _ in generator.unitDouble() }
    #expect(draws == pinned)
    #expect(draws == Self.seed42Raw.prefix(4).map { Double($0 >> 11) / 9_007_199_254_740_992 })
  }

  @Test("unitDouble stays in [0, 1)")
  func unitDoubleRange() {
    var generator = Xoshiro256StarStar(seed: 11)
    for _ in 0..<10_000 {
      let value = generator.unitDouble()
      #expect(value >= 0 && value < 1)
    }
  }

  @Test(
    "Rough uniformity: χ² over buckets below the 0.1% critical value",
    arguments: [
      // (bound, draws, χ² critical value at p = 0.001 for bound − 1 degrees of freedom, from the
      // standard χ² table, e.g. NIST/SEMATECH e-Handbook §1.3.6.7.4).
      (10, 100_000, 27.877),
      (6, 60_000, 20.515),
      (16, 160_000, 37.697),
    ])
  func chiSquareUniformity(bound: Int, draws: Int, critical: Double) {
    var generator = Xoshiro256StarStar(seed: 20_270_301)
    var counts = [Int](repeating: 0, count: bound)
    for _ in 0..<draws {
      counts[generator.uniform(below: bound)] += 1
    }
    #expect(chiSquare(counts) < critical, "counts \(counts)")
  }

  @Test("Rough uniformity of unitDouble over ten equal bins")
  func unitDoubleUniformity() {
    var generator = Xoshiro256StarStar(seed: 5)
    var counts = [Int](repeating: 0, count: 10)
    for _ in 0..<100_000 {
      counts[Int(generator.unitDouble() * 10)] += 1
    }
    // χ² critical value, 9 degrees of freedom, p = 0.001.
    #expect(chiSquare(counts) < 27.877, "counts \(counts)")
  }
}
