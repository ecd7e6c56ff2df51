import Statistics
import Testing

@Suite("xoshiro256**")
struct Xoshiro256StarStarTests {
  @Test("State (1, 2, 3, 4) gives the reference outputs")
  func referenceState() {
    // rust-random/rngs, rand_xoshiro/src/xoshiro256starstar.rs, test `reference` (values
    // "produced with the reference implementation"); the same ten come from Vigna's
    // xoshiro256starstar.c compiled with gcc.
    let expected: [UInt64] = [
      11_520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
      607_988_272_756_665_600, 16_172_922_978_634_559_625, 8_476_171_486_693_032_832,
      10_595_114_339_597_558_777, 2_904_607_092_377_533_576,
    ]
    var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
    #expect(expected.map { _ in generator.next() } == expected)
  }

  @Test(
    "Seeding through SplitMix64 matches Vigna's C code (splitmix64.c filling s[0…3] in order)",
    arguments: [
      // Vigna's splitmix64.c and xoshiro256starstar.c, compiled with gcc -O2: the first six
      // outputs after s[i] = splitmix64 next() for i = 0…3.
      (
        UInt64(0),
        [
          11_091_344_671_253_066_420, 13_793_997_310_169_335_082, 1_900_383_378_846_508_768,
          7_684_712_102_626_143_532, 13_521_403_990_117_723_737, 18_442_103_541_295_991_498,
        ] as [UInt64]
      ),
      (
        1,
        [
          12_966_619_160_104_079_557, 9_600_361_134_598_540_522, 10_590_380_919_521_690_900,
          7_218_738_570_589_545_383, 12_860_671_823_995_680_371, 2_648_436_617_965_840_162,
        ]
      ),
      (
        42,
        [
          1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009,
          17_057_574_109_182_124_193, 18_295_552_978_065_317_476, 14_199_186_830_065_750_584,
        ]
      ),
      (
        20_270_301,
        [
          11_087_263_363_797_065_959, 7_663_060_920_263_757_575, 12_765_245_364_399_960_630,
          13_989_004_375_177_202_166, 5_694_195_314_536_288_322, 7_063_431_248_287_564_141,
        ]
      ),
    ] as [(UInt64, [UInt64])])
  func seededOutputs(seed: UInt64, expected: [UInt64]) {
    var generator = Xoshiro256StarStar(seed: seed)
    #expect(expected.map { _ in generator.next() } == expected)
  }

  @Test("A seed expands to four SplitMix64 outputs, in order", arguments: [0, 42, UInt64.max])
  func seedExpansion(seed: UInt64) {
    var mixer = SplitMix64(seed: seed)
    let state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    var fromState = Xoshiro256StarStar(state: state)
    var fromSeed = Xoshiro256StarStar(seed: seed)
    for _ in 0..<100 {
      #expect(fromSeed.next() == fromState.next())
    }
  }

  @Test("The recorded algorithm name")
  func algorithmName() {
    #expect(Xoshiro256StarStar.algorithmName == "xoshiro256**/splitmix64")
  }

  @Test("Different seeds give different streams; equal seeds the same stream")
  func determinism() {
    var first = Xoshiro256StarStar(seed: 7)
    var again = Xoshiro256StarStar(seed: 7)
    var other = Xoshiro256StarStar(seed: 8)
    let a = (0..<16).map { _ in first.next() }
    #expect(a == (0..<16).map { _ in again.next() })
    #expect(a != (0..<16).map { _ in other.next() })
  }
}
