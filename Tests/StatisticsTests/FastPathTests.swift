import Statistics
import Testing

/// A grade level wrapped in a type of its own, so that the statistics take their generic code
/// path rather than the `Int` and `Double` fast paths.
private struct Grade: RatingValue {
  let level: Int
  var numericValue: Double { Double(level) }
  static func < (left: Grade, right: Grade) -> Bool { left.level < right.level }
}

@Suite("Fast paths for Int and Double agree with the generic code path")
struct FastPathTests {
  @Test(
    "Agreement, kappas and alphas: Int, Double and a custom value type",
    arguments: [UInt64(501), 502])
  func ratingsStatistics(seed: UInt64) throws {
    let rows = agreementRows(seed: seed, units: 150, raters: 4, levels: 5, missingPercent: 20)
    let levels = try makeRatings(rows)
    let doubles = try makeRatings(rows.map { $0.map { $0.map(Double.init) } })
    let grades = try makeRatings(rows.map { $0.map { $0.map(Grade.init) } })
    #expect(Agreement.exact(levels) == Agreement.exact(grades))
    #expect(Agreement.exact(levels) == Agreement.exact(doubles))
    #expect(Agreement.within(1, levels) == Agreement.within(1, grades))
    #expect(Agreement.within(1, doubles) == Agreement.within(1, grades))
    for weighting in KappaWeighting.allCases {
      #expect(
        CohensKappa.estimate(levels, weighting: weighting)
          == CohensKappa.estimate(grades, weighting: weighting))
      #expect(
        CohensKappa.estimate(doubles, weighting: weighting)
          == CohensKappa.estimate(grades, weighting: weighting))
    }
    #expect(FleissKappa.estimate(levels) == FleissKappa.estimate(grades))
    #expect(FleissKappa.estimate(doubles) == FleissKappa.estimate(grades))
    for metric in KrippendorffMetric.allCases {
      #expect(
        KrippendorffAlpha.estimate(levels, metric: metric)
          == KrippendorffAlpha.estimate(grades, metric: metric))
      #expect(
        KrippendorffAlpha.estimate(doubles, metric: metric)
          == KrippendorffAlpha.estimate(grades, metric: metric))
    }
  }

  @Test(
    "Mann–Whitney, Cliff's delta and the median: counting, sorting and generic paths",
    arguments: [(UInt64(511), 0), (512, 1), (513, 2)])
  func twoSampleStatistics(seed: UInt64, shift: Int) throws {
    let (first, second) = levelSamples(seed: seed, n1: 300, n2: 250, levels: 6, shift: shift)
    // Levels spread too far apart to count take the sorting path.
    let wide = { (values: [Int]) in values.map { $0 * 1_000_000_000_000 } }
    let grades = { (values: [Int]) in values.map(Grade.init) }
    let doubles = { (values: [Int]) in values.map(Double.init) }
    let counted = try #require(MannWhitney.test(first, second))
    #expect(MannWhitney.test(wide(first), wide(second)) == counted)
    #expect(MannWhitney.test(grades(first), grades(second)) == counted)
    #expect(MannWhitney.test(doubles(first), doubles(second)) == counted)
    let delta = try #require(CliffsDelta.estimate(first, second))
    #expect(CliffsDelta.estimate(wide(first), wide(second)) == delta)
    #expect(CliffsDelta.estimate(grades(first), grades(second)) == delta)
    #expect(CliffsDelta.estimate(doubles(first), doubles(second)) == delta)
    let median = try #require(OrdinalMedian.lower(of: second))
    #expect(OrdinalMedian.lower(of: wide(second)) == median * 1_000_000_000_000)
    #expect(OrdinalMedian.lower(of: grades(second))?.level == median)
    #expect(OrdinalMedian.lower(of: doubles(second)) == Double(median))
    #expect(OrdinalMedian.lower(of: [Int.min, Int.max, 0]) == 0)
  }
}
