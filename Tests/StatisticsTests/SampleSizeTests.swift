import Statistics
import Testing

/// Power of the two-sided pooled z test for p1 against p2 with n cases per group.
///
/// The normal approximation; with the continuity correction the observed difference is first
/// reduced by ½(1/n + 1/n) (Fleiss, Levin & Paik 2003 §4.3). Written out here, independently of
/// the sample-size code, to check that its answers reach the power they promise.
private func approximatePower(
  n: Int, p1: Double, p2: Double, alpha: Double, continuityCorrection: Bool
) -> Double {
  let size = Double(n)
  let zAlpha = Normal.quantile(1 - alpha / 2)
  let pooled = (p1 + p2) / 2
  let shift = continuityCorrection ? 1 / size : 0
  let null = (2 * pooled * (1 - pooled) / size).squareRoot()
  let alternative = ((p1 * (1 - p1) + p2 * (1 - p2)) / size).squareRoot()
  return Normal.cdf((abs(p1 - p2) - shift - zAlpha * null) / alternative)
}

@Suite("Sample size for one proportion, with finite-population correction")
struct SampleSizeForProportionTests {
  @Test(
    "NHS/HQIP clinical audit sample-size worked examples (95% confidence, ±5%, nearest case)",
    arguments: [
      (400, 0.7, 179),
      (500, 0.5, 217),
      (300, 0.7, 155),
    ])
  func clinicalAuditExamples(population: Int, proportion: Double, required: Int) throws {
    let result = try SampleSize.forProportion(population: population, proportion: proportion)
    #expect(result.required == required)
    #expect(result.population == population)
    #expect(result.proportion == proportion)
    #expect(result.margin == 0.05 && result.confidence == 0.95 && result.roundUp == false)
  }

  @Test(
    "Rounding up instead of to the nearest case",
    arguments: [
      (400, 0.7, 179, 323),
      (500, 0.5, 218, 385),
      (300, 0.7, 156, 323),
    ])
  func roundingUp(population: Int, proportion: Double, required: Int, uncorrected: Int) throws {
    let result = try SampleSize.forProportion(
      population: population, proportion: proportion, roundUp: true)
    #expect(result.required == required)
    #expect(result.withoutCorrection == uncorrected)
  }

  @Test("Without the correction: the familiar 384 for ±5% at 95% with p = ½")
  func uncorrectedSize() throws {
    // 1.959964² × 0.25 / 0.05² = 384.15, the figure survey-size tables print.
    let result = try SampleSize.forProportion(population: 1_000_000_000)
    #expect(result.withoutCorrection == 384)
    #expect(result.required == 384)
  }

  @Test("The exact size is the published formula, recomputed here")
  func exactFormula() throws {
    for population in [1, 2, 10, 68, 124, 400, 5000] {
      for proportion in [0.1, 0.3, 0.5, 0.85] {
        for margin in [0.03, 0.05, 0.1] {
          let result = try SampleSize.forProportion(
            population: population, margin: margin, confidence: 0.9, proportion: proportion)
          let z = 1.6448536269514722
          let variance = z * z * proportion * (1 - proportion)
          let size = Double(population)
          let exact = variance * size / (margin * margin * size + variance)
          #expect(isClose(result.exact, exact, relative: 1e-14))
          #expect(result.required >= 1 && result.required <= population)
          #expect(result.required <= result.withoutCorrection)
        }
      }
    }
  }

  @Test("A larger population never needs a smaller sample")
  func monotoneInPopulation() throws {
    var previous = 0
    for population in 1...3000 {
      let required = try SampleSize.forProportion(population: population).required
      #expect(required >= previous)
      previous = required
    }
  }

  @Test(
    "Invalid inputs are refused with a typed error that describes itself",
    arguments: [
      (0, 0.05, 0.95, 0.5, SampleSizeError.populationTooSmall(0)),
      (-5, 0.05, 0.95, 0.5, .populationTooSmall(-5)),
      (100, 0, 0.95, 0.5, .marginOutOfRange(0)),
      (100, 1, 0.95, 0.5, .marginOutOfRange(1)),
      (100, 0.05, 0, 0.5, .confidenceOutOfRange(0)),
      (100, 0.05, 1.2, 0.5, .confidenceOutOfRange(1.2)),
      (100, 0.05, 0.95, 0, .proportionOutOfRange(name: "p", value: 0)),
      (100, 0.05, 0.95, 1, .proportionOutOfRange(name: "p", value: 1)),
    ])
  func invalidInput(
    population: Int, margin: Double, confidence: Double, proportion: Double,
    error: SampleSizeError
  ) {
    #expect(throws: error) {
      try SampleSize.forProportion(
        population: population, margin: margin, confidence: confidence, proportion: proportion)
    }
    #expect(!error.description.isEmpty)
  }

  @Test("NaN inputs are refused too")
  func nanInput() {
    #expect(throws: SampleSizeError.self) {
      try SampleSize.forProportion(population: 100, margin: .nan)
    }
    #expect(throws: SampleSizeError.self) {
      try SampleSize.forProportion(population: 100, proportion: .nan)
    }
  }

  @Test("Error descriptions name the offending value")
  func descriptions() {
    #expect(SampleSizeError.populationTooSmall(0).description.contains("0"))
    #expect(SampleSizeError.marginOutOfRange(1.5).description.contains("1.5"))
    #expect(
      SampleSizeError.proportionOutOfRange(name: "p2", value: 2).description.contains("p2"))
  }
}

@Suite("Sample size and detectable difference for comparing two proportions")
struct SampleSizeTwoProportionTests {
  @Test("R's power.prop.test example: p1 = 0.50, p2 = 0.75, power 0.90 → n = 76.7 per group")
  func rPowerPropTestExample() throws {
    // R stats::power.prop.test help page: `power.prop.test(p1 = .50, p2 = .75, power = .90)`
    // "=> n = 76.7" (the uncorrected formula), so 77 whole cases.
    let n = try SampleSize.perGroupForTwoProportions(
      p1: 0.5, p2: 0.75, power: 0.9, continuityCorrection: false)
    #expect(n == 77)
    // The same page: `power.prop.test(n = 50, p1 = .50, p2 = .75)` "=> power = 0.740",
    // which checks the independent power function used below.
    let power = approximatePower(
      n: 50, p1: 0.5, p2: 0.75, alpha: 0.05, continuityCorrection: false)
    #expect(isClose(power, 0.740, absolute: 0.0005))
  }

  @Test("OpenEpi cohort/RCT sample size demo: 25% vs 5%, 95%, 80% → 98 (Fleiss) to 118 (with CC)")
  func openEpiDemo() throws {
    // OpenEpi "Sample Size for Cross-Sectional, Cohort & Randomized Clinical Trial Studies"
    // (Sullivan & Dean), demo exercise: "we need 98 to 118 interviews depending on statistical
    // method": totals of two equal groups, Fleiss 2 × 49 and Fleiss with CC 2 × 59.
    let fleiss = try SampleSize.perGroupForTwoProportions(
      p1: 0.25, p2: 0.05, continuityCorrection: false)
    let corrected = try SampleSize.perGroupForTwoProportions(p1: 0.25, p2: 0.05)
    #expect(fleiss == 49)
    #expect(corrected == 59)
  }

  static let pairs: [(Double, Double)] = [
    (0.5, 0.75), (0.6, 0.8), (0.1, 0.2), (0.05, 0.1), (0.25, 0.05), (0.7, 0.9), (0.3, 0.35),
    (0.02, 0.04), (0.4, 1.0), (0.0, 0.3),
  ]

  @Test(
    "The size reaches the target power, and one case fewer does not",
    arguments: [
      true, false,
    ])
  func reachesTargetPower(continuityCorrection: Bool) throws {
    for (p1, p2) in Self.pairs {
      for (alpha, power) in [(0.05, 0.8), (0.05, 0.9), (0.01, 0.8)] {
        let n = try SampleSize.perGroupForTwoProportions(
          p1: p1, p2: p2, alpha: alpha, power: power,
          continuityCorrection: continuityCorrection)
        let reached = approximatePower(
          n: n, p1: p1, p2: p2, alpha: alpha, continuityCorrection: continuityCorrection)
        let short = approximatePower(
          n: n - 1, p1: p1, p2: p2, alpha: alpha, continuityCorrection: continuityCorrection)
        #expect(reached >= power - 1e-12, "\(p1) vs \(p2): n = \(n) gives power \(reached)")
        #expect(short < power, "\(p1) vs \(p2): n − 1 = \(n - 1) gives power \(short)")
      }
    }
  }

  @Test("The continuity correction agrees with Casagrande, Pike & Smith's (1978) closed form")
  func casagrandePikeSmith() throws {
    for (p1, p2) in Self.pairs {
      // CPS 1978: n = A·[1 + √(1 + 4|d|/A)]² / (4d²), A = (z_α/2·√(2p̄q̄) + z_β·√(p1q1 + p2q2))².
      let d = abs(p1 - p2)
      let pooled = (p1 + p2) / 2
      let root =
        Normal.quantile(0.975) * (2 * pooled * (1 - pooled)).squareRoot()
        + Normal.quantile(0.8) * (p1 * (1 - p1) + p2 * (1 - p2)).squareRoot()
      let a = root * root
      let factor = 1 + (1 + 4 * d / a).squareRoot()
      let expected = Int((a * factor * factor / (4 * d * d)).rounded(.up))
      #expect(try SampleSize.perGroupForTwoProportions(p1: p1, p2: p2) == expected)
    }
  }

  @Test("The order of the two proportions does not matter")
  func symmetric() throws {
    for (p1, p2) in Self.pairs {
      #expect(
        try SampleSize.perGroupForTwoProportions(p1: p1, p2: p2)
          == SampleSize.perGroupForTwoProportions(p1: p2, p2: p1))
    }
  }

  @Test("Invalid comparisons are refused")
  func invalidComparison() {
    #expect(throws: SampleSizeError.proportionsEqual(0.4)) {
      try SampleSize.perGroupForTwoProportions(p1: 0.4, p2: 0.4)
    }
    #expect(throws: SampleSizeError.proportionOutOfRange(name: "p1", value: -0.1)) {
      try SampleSize.perGroupForTwoProportions(p1: -0.1, p2: 0.4)
    }
    #expect(throws: SampleSizeError.proportionOutOfRange(name: "p2", value: 1.1)) {
      try SampleSize.perGroupForTwoProportions(p1: 0.1, p2: 1.1)
    }
    #expect(throws: SampleSizeError.alphaOutOfRange(0)) {
      try SampleSize.perGroupForTwoProportions(p1: 0.1, p2: 0.4, alpha: 0)
    }
    #expect(throws: SampleSizeError.powerOutOfRange(1)) {
      try SampleSize.perGroupForTwoProportions(p1: 0.1, p2: 0.4, power: 1)
    }
  }

  @Test("R's power.prop.test example: n = 50, p1 = 0.50, power 0.90 → p2 = 0.8026")
  func rDetectableDifferenceExample() throws {
    // R stats::power.prop.test help page: `power.prop.test(n = 50, p1 = .5, power = .90)`
    // "=> p2 = 0.8026" (uniroot's tolerance limits R's figure to about 4 decimals).
    let d = try SampleSize.minimumDetectableDifference(n1: 50, n2: 50, baseline: 0.5, power: 0.9)
    #expect(isClose(0.5 + d, 0.8026, absolute: 0.0005))
  }

  @Test("Round trip: the detectable difference for n per group needs exactly n per group")
  func roundTrip() throws {
    for n in [10, 44, 68, 124, 400] {
      for baseline in [0.1, 0.3, 0.5, 0.7, 0.85] {
        for (alpha, power) in [(0.05, 0.8), (0.01, 0.9)] {
          let d: Double
          do {
            d = try SampleSize.minimumDetectableDifference(
              n1: n, n2: n, baseline: baseline, alpha: alpha, power: power)
          } catch SampleSizeError.differenceNotDetectable {
            // Ten cases a group at 1% and 90% power cannot see a rise from 30% even to 100%:
            // then even p2 = 1 needs more than n per group.
            let needed = try SampleSize.perGroupForTwoProportions(
              p1: baseline, p2: 1, alpha: alpha, power: power, continuityCorrection: false)
            #expect(needed > n)
            continue
          }
          guard baseline + d * (1 + 1e-6) <= 1 else { continue }
          // A hair more than d needs no more than n; a hair less needs more than n.
          let justAbove = try SampleSize.perGroupForTwoProportions(
            p1: baseline, p2: baseline + d * (1 + 1e-6), alpha: alpha, power: power,
            continuityCorrection: false)
          let justBelow = try SampleSize.perGroupForTwoProportions(
            p1: baseline, p2: baseline + d * (1 - 1e-6), alpha: alpha, power: power,
            continuityCorrection: false)
          #expect(justAbove == n, "n \(n), baseline \(baseline): d = \(d)")
          #expect(justBelow == n + 1, "n \(n), baseline \(baseline): d = \(d)")
        }
      }
    }
  }

  @Test("Unequal groups: the difference solves the power equation and lies between the equal cases")
  func unequalGroups() throws {
    let (n1, n2, p) = (124, 55, 0.4)
    let d = try SampleSize.minimumDetectableDifference(n1: n1, n2: n2, baseline: p)
    let (size1, size2, p2) = (Double(n1), Double(n2), p + d)
    let pooled = (size1 * p + size2 * p2) / (size1 + size2)
    let equation =
      Normal.quantile(0.975) * (pooled * (1 - pooled) * (1 / size1 + 1 / size2)).squareRoot()
      + Normal.quantile(0.8) * (p * (1 - p) / size1 + p2 * (1 - p2) / size2).squareRoot()
    #expect(isClose(d, equation, absolute: 1e-12))
    let small = try SampleSize.minimumDetectableDifference(n1: n2, n2: n2, baseline: p)
    let large = try SampleSize.minimumDetectableDifference(n1: n1, n2: n1, baseline: p)
    #expect(large < d && d < small)
  }

  @Test("Undetectable and invalid requests are refused")
  func invalidDetectableDifference() {
    #expect(throws: SampleSizeError.differenceNotDetectable(n1: 1, n2: 1, baseline: 0.9)) {
      try SampleSize.minimumDetectableDifference(n1: 1, n2: 1, baseline: 0.9)
    }
    #expect(throws: SampleSizeError.groupTooSmall(0)) {
      try SampleSize.minimumDetectableDifference(n1: 0, n2: 10, baseline: 0.5)
    }
    #expect(throws: SampleSizeError.proportionOutOfRange(name: "baseline", value: 1)) {
      try SampleSize.minimumDetectableDifference(n1: 10, n2: 10, baseline: 1)
    }
  }
}

/// The margin a size achieves: rounding up never falls short of the margin asked for, rounding
/// to the nearest case can.
struct AchievedMarginTests {
  @Test func nearestUnderDeliversAt312AndUpDoesNot() throws {
    let nearest = try SampleSize.forProportion(population: 312, margin: 0.10)
    let up = try SampleSize.forProportion(population: 312, margin: 0.10, roundUp: true)
    #expect(nearest.required == 73 && up.required == 74)
    let short = try #require(SampleSize.achievedMargin(size: 73, population: 312))
    let enough = try #require(SampleSize.achievedMargin(size: 74, population: 312))
    #expect(short > 0.10 && enough <= 0.10)
    // 1.959964 · √(0.25 · 239 / (73 · 312)) = 0.100372…
    #expect(abs(short - 1.959963984540054 * (0.25 * 239 / (73.0 * 312)).squareRoot()) < 1e-15)
  }

  @Test func roundingUpAlwaysDeliversTheMargin() throws {
    for population in [10, 57, 100, 312, 1_000, 4_321, 100_000] {
      for margin in [0.03, 0.05, 0.1, 0.15] {
        for proportion in [0.5, 0.3, 0.85] {
          let result = try SampleSize.forProportion(
            population: population, margin: margin, proportion: proportion, roundUp: true)
          let size = min(result.required, population)
          let achieved = try #require(
            SampleSize.achievedMargin(
              size: size, population: population, proportion: proportion))
          #expect(achieved <= margin * (1 + 1e-12), "\(population) \(margin) \(proportion)")
        }
      }
    }
  }
}
