import Statistics
import Testing

@Suite("SplitMix64")
struct SplitMix64Tests {
  @Test(
    "Matches published reference outputs",
    arguments: [
      // rust-random/rngs, rand_xoshiro/src/splitmix64.rs, test `reference` ("produced with the
      // reference implementation splitmix64.c"): the first 10 of its 50 values.
      (
        UInt64(1_477_776_061_723_855_037),
        [
          1_985_237_415_132_408_290, 2_979_275_885_539_914_483, 13_511_426_838_097_143_398,
          8_488_337_342_461_049_707, 15_141_737_807_933_549_159, 17_093_170_987_380_407_015,
          16_389_528_042_912_955_399, 13_177_319_091_862_933_652, 10_841_969_400_225_389_492,
          17_094_824_097_954_834_098,
        ] as [UInt64]
      ),
      // Rosetta Code, "Pseudo-random numbers/Splitmix64": the first five integers for seed
      // 1234567.
      (
        1_234_567,
        [
          6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
          4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ]
      ),
      // Vigna's splitmix64.c compiled with gcc: seed 0 (0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, …)
      // and seed 2⁶⁴ − 1 (the state wraps on the first step).
      (
        0,
        [
          16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679,
          17_909_611_376_780_542_444, 1_961_750_202_426_094_747,
        ]
      ),
      (
        UInt64.max,
        [
          16_490_336_266_968_443_936, 16_834_447_057_089_888_969, 4_048_727_598_324_417_001,
          7_862_637_804_313_477_842, 13_015_481_187_462_834_606,
        ]
      ),
    ] as [(UInt64, [UInt64])])
  func referenceOutputs(seed: UInt64, expected: [UInt64]) {
    var generator = SplitMix64(seed: seed)
    let outputs = expected.map { _ in generator.next() }
    #expect(outputs == expected)
  }
}
