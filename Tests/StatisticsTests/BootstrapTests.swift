import Statistics
import Testing

/// Bias-corrected percentile bootstrap intervals resampling whole units.
struct BootstrapTests {
  /// Two raters over three levels with marginal shares 0.5, 0.3, 0.2.
  ///
  /// The second copies the first with probability a, else draws afresh from the same shares.
  /// Then the probability of
  /// agreement is a + (1 − a)·Σπ² and chance agreement Σπ², so Cohen's kappa is exactly a.
  private static func doubleAudit(
    cases: Int, agreement a: Double, generator: inout SplitMix64
  ) -> [(Int, Int)] {
    func draw() -> Int {
      let u = Double(generator.next() >> 11) / Double(1 << 53)
      return u < 0.5 ? 0 : u < 0.8 ? 1 : 2
    }
    return (0..<cases).map { _ in
      let first = draw()
      let copy = Double(generator.next() >> 11) / Double(1 << 53) < a
      return (first, copy ? first : draw())
    }
  }

  private static func kappa(_ pairs: [(Int, Int)], _ indices: [Int]) -> Double? {
    var table = [[Int]](repeating: [0, 0, 0], count: 3)
    for index in indices { table[pairs[index].0][pairs[index].1] += 1 }
    return CohensKappa.estimate(table: table)?.value
  }

  /// 400 simulated double audits of 40 cases each, true kappa 0.6: the 95% interval (499
  /// replicates each) covers 0.6 in at least 93% of them.
  @Test func intervalsCoverTheTrueKappa() {
    var generator = SplitMix64(seed: 4242)
    let runs = 400
    var covered = 0
    for run in 0..<runs {
      let pairs = Self.doubleAudit(cases: 40, agreement: 0.6, generator: &generator)
      let interval =
        Bootstrap.percentileIntervals(
          units: pairs.count, replicates: 499, seed: UInt64(run)
        ) { [Self.kappa(pairs, $0)] }.first ?? nil
      if let interval, interval.lower <= 0.6, 0.6 <= interval.upper { covered += 1 }
    }
    let coverage = Double(covered) / Double(runs)
    #expect(coverage >= 0.93, "coverage \(coverage) over \(runs) runs")
  }

  @Test func theSameSeedGivesTheSameInterval() throws {
    var generator = SplitMix64(seed: 7)
    let pairs = Self.doubleAudit(cases: 25, agreement: 0.5, generator: &generator)
    let first = Bootstrap.percentileIntervals(units: 25, replicates: 200, seed: 9) {
      [Self.kappa(pairs, $0)]
    }
    let second = Bootstrap.percentileIntervals(units: 25, replicates: 200, seed: 9) {
      [Self.kappa(pairs, $0)]
    }
    #expect(first == second)
    let interval = try #require(first.first ?? nil)
    #expect(interval.lower <= interval.upper)
  }

  @Test func tooFewUnitsOrMostlyUndefinedGiveNoInterval() {
    #expect(Bootstrap.percentileIntervals(units: 1, replicates: 10, seed: 1) { _ in [1] }.isEmpty)
    let undefined = Bootstrap.percentileIntervals(units: 10, replicates: 10, seed: 1) { _ in
      [nil]
    }
    #expect(undefined == [nil])
  }
}
