import Statistics
import Testing

/// A Wilson limit by bisection on |p̂ − p| = z√(p(1 − p)/n) (Wilson 1927), independent of
/// `Wilson.interval`.
private func wilsonLimits(_ count: BinomialCount, z: Double) -> (Double, Double, Double) {
  let n = Double(count.trials)
  let estimate = Double(count.successes) / n
  func outside(_ p: Double) -> Bool {
    (estimate - p) * (estimate - p) > z * z * p * (1 - p) / n
  }
  func root(_ inside: Double, _ beyond: Double) -> Double {
    var (inner, outer) = (inside, beyond)
    for _ in 0..<200 {
      let middle = (inner + outer) / 2
      if outside(middle) { outer = middle } else { inner = middle }
    }
    return (inner + outer) / 2
  }
  let lower = outside(0) ? root(estimate, 0) : 0
  let upper = outside(1) ? root(estimate, 1) : 1
  return (estimate, lower, upper)
}

@Suite("Differences of proportions: Newcombe's hybrid score interval and MOVER")
struct ProportionDifferenceTests {
  @Test(
    "Newcombe (1998) Table II, method 10 (score, no continuity correction)",
    arguments: [
      // Examples (a)–(f). (c) is 0.0582 to 0.8062, as method 10 gives it; the brief's
      // 0.0381 to 0.8162 is not what the method yields (statsmodels agrees with 0.0582).
      (56, 70, 48, 80, 0.0524, 0.3339),
      (9, 10, 3, 10, 0.1705, 0.8090),
      (6, 7, 2, 7, 0.0582, 0.8062),
      (5, 56, 0, 29, -0.0381, 0.1926),
      (0, 10, 0, 20, -0.1611, 0.2775),
      (10, 10, 0, 20, 0.6791, 1.0000),
    ])
  func newcombeTableII(
    a: Int, m: Int, b: Int, n: Int, lower: Double, upper: Double
  ) throws {
    let interval = try #require(
      ProportionDifference.newcombeInterval(
        BinomialCount(successes: a, trials: m), BinomialCount(successes: b, trials: n)))
    #expect(isClose(interval.lower, lower, absolute: 0.00005), "\(interval.lower)")
    #expect(isClose(interval.upper, upper, absolute: 0.00005), "\(interval.upper)")
    #expect(
      isClose(interval.estimate, Double(a) / Double(m) - Double(b) / Double(n), relative: 1e-15))
  }

  @Test(
    "Matches statsmodels confint_proportions_2indep(method=\"newcomb\")",
    arguments: [
      // statsmodels 0.15, compare="diff", alpha=0.05.
      (17, 23, 9, 31, 0.17976793860170198, 0.6360613203471585),
      (0, 15, 4, 12, -0.6093779111272004, -0.051062877231467796),
      (40, 40, 38, 40, -0.04479709438986003, 0.16503877369140973),
      (3, 250, 11, 240, -0.06909285556925335, -0.003560335199686838),
      (1, 2, 0, 3, -0.19259213090610794, 0.9054687942657693),
    ])
  func matchesStatsmodels(a: Int, m: Int, b: Int, n: Int, lower: Double, upper: Double) throws {
    let interval = try #require(
      ProportionDifference.newcombeInterval(
        BinomialCount(successes: a, trials: m), BinomialCount(successes: b, trials: n)))
    #expect(isClose(interval.lower, lower, absolute: 1e-9))
    #expect(isClose(interval.upper, upper, absolute: 1e-9))
  }

  @Test("Agrees with MOVER over bisected Wilson limits; swapping the groups negates it")
  func agreesWithBisection() throws {
    var generator = Xoshiro256StarStar(seed: 1998)
    let z = Normal.quantile(0.975)
    for _ in 0..<300 {
      let m = 1 + generator.uniform(below: 300)
      let n = 1 + generator.uniform(below: 300)
      let first = BinomialCount(successes: generator.uniform(below: m + 1), trials: m)
      let second = BinomialCount(successes: generator.uniform(below: n + 1), trials: n)
      let interval = try #require(ProportionDifference.newcombeInterval(first, second))
      let (p1, l1, u1) = wilsonLimits(first, z: z)
      let (p2, l2, u2) = wilsonLimits(second, z: z)
      let lower = p1 - p2 - ((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2)).squareRoot()
      let upper = p1 - p2 + ((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2)).squareRoot()
      #expect(isClose(interval.lower, lower, absolute: 1e-12))
      #expect(isClose(interval.upper, upper, absolute: 1e-12))
      #expect(interval.lower >= -1 && interval.upper <= 1 && interval.contains(p1 - p2))
      let swapped = try #require(ProportionDifference.newcombeInterval(second, first))
      #expect(isClose(swapped.lower, -interval.upper, absolute: 1e-15))
      #expect(isClose(swapped.upper, -interval.lower, absolute: 1e-15))
    }
  }

  @Test("Difference in differences: MOVER over two hybrid intervals = MOVER over four Wilsons")
  func differenceInDifferencesFlatForm() throws {
    var generator = Xoshiro256StarStar(seed: 2008)
    let z = Normal.quantile(0.95)
    for _ in 0..<300 {
      let counts = (0..<4).map { _ in
        let n = 1 + generator.uniform(below: 120)
        return BinomialCount(successes: generator.uniform(below: n + 1), trials: n)
      }
      let interval = try #require(
        ProportionDifference.differenceInDifferences(
          firstBefore: counts[0], firstAfter: counts[1], secondBefore: counts[2],
          secondAfter: counts[3], confidence: 0.9))
      // θ = p₁ − p₀ − p₃ + p₂: parts entering with + move θ down through their lower limit.
      let parts = counts.map { wilsonLimits($0, z: z) }
      let signs: [Double] = [-1, 1, 1, -1]
      let estimate = zip(signs, parts).reduce(0) { $0 + $1.0 * $1.1.0 }
      var down = 0.0
      var up = 0.0
      for (sign, (p, l, u)) in zip(signs, parts) {
        down += sign > 0 ? (p - l) * (p - l) : (u - p) * (u - p)
        up += sign > 0 ? (u - p) * (u - p) : (p - l) * (p - l)
      }
      #expect(isClose(interval.estimate, estimate, absolute: 1e-14))
      #expect(isClose(interval.lower, estimate - down.squareRoot(), absolute: 1e-12))
      #expect(isClose(interval.upper, estimate + up.squareRoot(), absolute: 1e-12))
    }
  }

  @Test(
    "Coverage of 2,000 simulated studies is 93–97% (difference, difference in differences)",
    arguments: [
      (40, [0.3, 0.5, 0.4, 0.45]), (80, [0.6, 0.8, 0.6, 0.65]), (25, [0.15, 0.35, 0.2, 0.2]),
    ])
  func coverage(n: Int, p: [Double]) {
    var generator = Xoshiro256StarStar(seed: UInt64(n))
    let trueDifference = p[1] - p[0]
    let trueEffect = (p[1] - p[0]) - (p[3] - p[2])
    var coveredDifference = 0
    var coveredEffect = 0
    let studies = 2000
    for _ in 0..<studies {
      let counts = p.map {
        BinomialCount(successes: binomialDraw(n, $0, using: &generator), trials: n)
      }
      if let interval = ProportionDifference.newcombeInterval(counts[1], counts[0]),
        interval.contains(trueDifference)
      {
        coveredDifference += 1
      }
      if let interval = ProportionDifference.differenceInDifferences(
        firstBefore: counts[0], firstAfter: counts[1], secondBefore: counts[2],
        secondAfter: counts[3]),
        interval.contains(trueEffect)
      {
        coveredEffect += 1
      }
    }
    let differenceRate = Double(coveredDifference) / Double(studies)
    let effectRate = Double(coveredEffect) / Double(studies)
    #expect(differenceRate >= 0.93 && differenceRate <= 0.97, "\(differenceRate)")
    #expect(effectRate >= 0.93 && effectRate <= 0.97, "\(effectRate)")
  }

  @Test("Invalid counts or confidence give nil")
  func invalidInput() {
    let valid = BinomialCount(successes: 3, trials: 10)
    #expect(BinomialCount(successes: 0, trials: 0).proportion == nil)
    #expect(
      ProportionDifference.newcombeInterval(valid, BinomialCount(successes: 0, trials: 0)) == nil)
    #expect(
      ProportionDifference.newcombeInterval(BinomialCount(successes: 11, trials: 10), valid) == nil)
    #expect(
      ProportionDifference.newcombeInterval(BinomialCount(successes: -1, trials: 10), valid) == nil)
    #expect(ProportionDifference.newcombeInterval(valid, valid, confidence: 1) == nil)
    #expect(
      ProportionDifference.differenceInDifferences(
        firstBefore: valid, firstAfter: valid, secondBefore: valid,
        secondAfter: BinomialCount(successes: 1, trials: 0)) == nil)
  }

  @Test("Extreme but valid counts stay within bounds: 0/n and n/n in every position")
  func extremes() throws {
    let none = BinomialCount(successes: 0, trials: 12)
    let all = BinomialCount(successes: 12, trials: 12)
    let interval = try #require(
      ProportionDifference.differenceInDifferences(
        firstBefore: none, firstAfter: all, secondBefore: all, secondAfter: none))
    #expect(interval.estimate == 2)
    #expect(interval.upper == 2)
    #expect(interval.lower > 1 && interval.lower < 2)
    let difference = try #require(ProportionDifference.newcombeInterval(all, none))
    #expect(difference.upper == 1)
  }
}
