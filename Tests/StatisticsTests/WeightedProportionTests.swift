import Statistics
import Testing

/// The weighted (Hájek) proportion with Kish's effective sample size and a Wilson interval.
struct WeightedProportionTests {
  @Test(arguments: [(0, 10), (3, 10), (9, 40), (40, 40), (17, 29)])
  func equalWeightsGiveTheUnweightedFindingExactly(count: Int, n: Int) throws {
    let successes = (0..<n).map { $0 < count }
    let weighted = try #require(
      WeightedProportion(successes: successes, weights: Array(repeating: 2.5, count: n)))
    let wilson = try #require(Wilson.interval(successes: count, n: n))
    #expect(abs(weighted.estimate - Double(count) / Double(n)) < 1e-15)
    #expect(abs(weighted.effectiveN - Double(n)) < 1e-12)
    #expect(abs(weighted.interval.lower - wilson.lower) < 1e-12)
    #expect(abs(weighted.interval.upper - wilson.upper) < 1e-12)
  }

  /// Kish (1965, §11.7): two groups of sizes 30 and 10 with weights 1 and 3 give
  /// n_eff = (30 + 30)² / (30 + 90) = 30.
  @Test func kishEffectiveSampleSizeOfTwoWeightClasses() throws {
    let weights = Array(repeating: 1.0, count: 30) + Array(repeating: 3.0, count: 10)
    let successes = (0..<40).map { $0 < 15 || $0 >= 35 }
    let weighted = try #require(WeightedProportion(successes: successes, weights: weights))
    #expect(abs(weighted.effectiveN - 30) < 1e-12)
    // (15·1 + 5·3) / (30 + 30) = 0.5.
    #expect(abs(weighted.estimate - 0.5) < 1e-15)
  }

  @Test func invalidInputGivesNil() {
    #expect(WeightedProportion(successes: [], weights: []) == nil)
    #expect(WeightedProportion(successes: [true], weights: [0]) == nil)
    #expect(WeightedProportion(successes: [true, false], weights: [1]) == nil)
  }

  /// An independent check by simulation: a population where a small group has a much higher
  /// rate is oversampled; over many samples the weighted estimate centres on the population
  /// rate while the unweighted one does not, and the interval covers it about 95% of the time.
  @Test func oversampledDesignsAreUnbiasedWhenWeighted() {
    var rng = SplitMix64(seed: 2027)
    // 900 cases at 20%, 100 at 70%: population rate 0.25.
    let groupSizes = [900, 100]
    let rates = [0.2, 0.7]
    let truth = (900 * 0.2 + 100 * 0.7) / 1000
    let draws = [30, 30]  // half the sample from the 10% group
    var weightedSum = 0.0
    var unweightedSum = 0.0
    var covered = 0
    let runs = 4000
    for _ in 0..<runs {
      var successes: [Bool] = []
      var weights: [Double] = []
      for group in 0..<2 {
        let positives = Int(Double(groupSizes[group]) * rates[group])
        var members = Array(0..<groupSizes[group])
        for i in 0..<draws[group] {
          let j = i + Int(rng.next() % UInt64(groupSizes[group] - i))
          members.swapAt(i, j)
          successes.append(members[i] < positives)
          weights.append(Double(groupSizes[group]) / Double(draws[group]))
        }
      }
      guard let estimate = WeightedProportion(successes: successes, weights: weights) else {
        continue
      }
      weightedSum += estimate.estimate
      unweightedSum += Double(successes.count { $0 }) / Double(successes.count)
      if estimate.interval.contains(truth) { covered += 1 }
    }
    let weightedMean = weightedSum / Double(runs)
    let unweightedMean = unweightedSum / Double(runs)
    #expect(abs(weightedMean - truth) < 0.005)
    #expect(unweightedMean > truth + 0.15)
    let coverage = Double(covered) / Double(runs)
    #expect(coverage > 0.92 && coverage < 0.99, "coverage \(coverage)")
  }
}
