import Statistics
import Testing

/// Krippendorff's alpha from its pairwise definition, O(n²) over all pairable values
/// (Krippendorff 2011): Dₒ averages δ² over the ordered pairs within units, each unit's
/// pairs weighted 1/(mᵤ − 1); Dₑ averages δ² over all ordered pairs of pairable values.
private func alphaByDefinition(_ rows: [[Double?]], metric: KrippendorffMetric) -> Double {
  let units = rows.map { $0.compactMap { $0 } }.filter { $0.count >= 2 }
  let values = units.flatMap { $0 }
  let n = Double(values.count)
  var frequency: [Double: Double] = [:]
  for value in values { frequency[value, default: 0] += 1 }
  func delta(_ c: Double, _ k: Double) -> Double {
    switch metric {
    case .nominal: return c == k ? 0 : 1
    case .interval: return (c - k) * (c - k)
    case .ratio: return c + k == 0 ? 0 : ((c - k) / (c + k)) * ((c - k) / (c + k))
    case .ordinal:
      // Krippendorff (2011), ordinal metric: (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)², taken literally.
      let (low, high) = (min(c, k), max(c, k))
      let between = frequency.filter { $0.key >= low && $0.key <= high }.values.reduce(0, +)
      let gap = between - (frequency[c, default: 0] + frequency[k, default: 0]) / 2
      return gap * gap
    }
  }
  var observed = 0.0
  for unit in units {
    for i in unit.indices {
      for j in unit.indices where i != j {
        observed += delta(unit[i], unit[j]) / Double(unit.count - 1)
      }
    }
  }
  var expected = 0.0
  for i in values.indices {
    for j in values.indices where i != j { expected += delta(values[i], values[j]) }
  }
  return 1 - (observed / n) / (expected / (n * (n - 1)))
}

@Suite("Krippendorff's alpha")
struct KrippendorffAlphaTests {
  @Test(
    "Krippendorff (2011) data with missing values: nominal .743, ordinal .815, interval .849",
    arguments: [
      (KrippendorffMetric.nominal, 0.743), (.ordinal, 0.815), (.interval, 0.849),
    ])
  func krippendorff2011(metric: KrippendorffMetric, published: Double) throws {
    let ratings = try makeRatings(krippendorff2011Units)
    let estimate = try #require(KrippendorffAlpha.estimate(ratings, metric: metric))
    #expect(isClose(estimate.alpha, published, absolute: 0.0005), "\(estimate.alpha)")
    // Unit 12 has one value and is not pairable: 11 units, 40 pairable values.
    #expect(estimate.pairableUnits == 11)
    #expect(estimate.pairableValues == 40)
  }

  @Test("Krippendorff (2011) nominal, from the coincidence matrix by hand: α = 1 − 39·8/1216")
  func krippendorff2011Nominal() throws {
    // The coincidence matrix holds n = 40 values (n₁ 9, n₂ 13, n₃ 10, n₄ 5, n₅ 3) and
    // off-diagonal coincidences summing to 8 (units 2, 6 and 8 contribute 2, 4 and 2), so
    // α = 1 − (n − 1)·8/(n² − Σnᶜ²) = 1 − 39·8/(1600 − 384) = .743.
    let ratings = try makeRatings(krippendorff2011Units)
    let estimate = try #require(KrippendorffAlpha.estimate(ratings, metric: .nominal))
    #expect(isClose(estimate.alpha, 1 - 312.0 / 1216.0, relative: 1e-12))
    #expect(isClose(estimate.observedDisagreement, 8.0 / 40, relative: 1e-12))
  }

  @Test(
    "Matches the krippendorff PyPI package (0.9.0) on the 2011 data and generated tables",
    arguments: [
      // (seed, units, raters, levels, missing%) and alpha for nominal, ordinal, interval, ratio:
      // krippendorff.alpha(reliability_data=rows transposed, NaN for missing,
      // level_of_measurement=…). Seed 0 stands for Krippendorff's 2011 data.
      (
        UInt64(0), 0, 0, 0, 0,
        [0.743421052631579, 0.8153875037548814, 0.8491071428571428, 0.7974027747116121]
      ),
      (
        11, 40, 4, 5, 25,
        [0.23845094299639757, 0.10334783366205247, 0.09885141739980441, 0.19319785462529537]
      ),
      (
        12, 200, 3, 4, 40,
        [0.3547073529032757, 0.24037476571744432, 0.23696914745019249, 0.388106673145719]
      ),
      (
        13, 15, 6, 7, 10,
        [0.28476953907815605, 0.3147430622219851, 0.31908756137479544, 0.27798147586358535]
      ),
    ] as [(UInt64, Int, Int, Int, Int, [Double])])
  func matchesPythonPackage(
    seed: UInt64, units: Int, raters: Int, levels: Int, missing: Int, expected: [Double]
  ) throws {
    let rows =
      seed == 0
      ? krippendorff2011Units
      : agreementRows(
        seed: seed, units: units, raters: raters, levels: levels, missingPercent: missing)
    let ratings = try makeRatings(rows)
    for (metric, value) in zip(KrippendorffMetric.allCases, expected) {
      let estimate = try #require(KrippendorffAlpha.estimate(ratings, metric: metric))
      #expect(isClose(estimate.alpha, value, relative: 1e-9), "\(metric)")
    }
  }

  @Test(
    "Agrees with the O(n²) pairwise definition on generated Double data",
    arguments: [UInt64(401), 402, 403, 404, 405])
  func agreesWithDefinition(seed: UInt64) throws {
    let rows = agreementRows(
      seed: seed, units: 60, raters: 2 + Int(seed % 5), levels: 3 + Int(seed % 4),
      missingPercent: 30)
    // Unevenly spaced values so that interval, ordinal and ratio all differ.
    let values = rows.map { $0.map { $0.map { Double($0 * $0) + 0.5 } } }
    let ratings = try makeRatings(values)
    for metric in KrippendorffMetric.allCases {
      let estimate = try #require(KrippendorffAlpha.estimate(ratings, metric: metric))
      let expected = alphaByDefinition(values, metric: metric)
      #expect(isClose(estimate.alpha, expected, relative: 1e-9), "\(metric)")
    }
  }

  @Test("Interval α ignores affine rescaling; ordinal α any increasing transformation")
  func invariance() throws {
    let rows = agreementRows(seed: 406, units: 120, raters: 3, levels: 6, missingPercent: 20)
    let levels = try makeRatings(rows)
    let affine = try makeRatings(rows.map { $0.map { $0.map { 2.5 * Double($0) - 4 } } })
    let cubed = try makeRatings(rows.map { $0.map { $0.map { Double($0 * $0 * $0) } } })
    let interval = try #require(KrippendorffAlpha.estimate(levels, metric: .interval))
    let intervalAffine = try #require(KrippendorffAlpha.estimate(affine, metric: .interval))
    #expect(isClose(interval.alpha, intervalAffine.alpha, relative: 1e-12))
    let ordinal = try #require(KrippendorffAlpha.estimate(levels, metric: .ordinal))
    let ordinalCubed = try #require(KrippendorffAlpha.estimate(cubed, metric: .ordinal))
    #expect(isClose(ordinal.alpha, ordinalCubed.alpha, relative: 1e-12))
  }

  @Test("Perfect agreement gives 1; no variation, no pairable unit, or a negative ratio gives nil")
  func edges() throws {
    let perfect = try makeRatings([[1, 1, nil], [2, nil, 2], [3, 3, 3]] as [[Int?]])
    for metric in KrippendorffMetric.allCases {
      #expect(KrippendorffAlpha.estimate(perfect, metric: metric)?.alpha == 1)
    }
    let constant = try makeRatings([[2, 2], [2, 2], [2, nil]] as [[Int?]])
    #expect(KrippendorffAlpha.estimate(constant, metric: .nominal) == nil)
    let unpaired = try makeRatings([[1, nil], [nil, 2]] as [[Int?]])
    #expect(KrippendorffAlpha.estimate(unpaired, metric: .interval) == nil)
    let negative = try makeRatings([[-1, 1], [2, 2]] as [[Int?]])
    #expect(KrippendorffAlpha.estimate(negative, metric: .ratio) == nil)
    #expect(KrippendorffAlpha.estimate(negative, metric: .interval) != nil)
  }

  @Test("Systematic disagreement gives a negative alpha")
  func disagreement() throws {
    let ratings = try makeRatings([[0, 1], [1, 0], [0, 1], [1, 0]] as [[Int?]])
    let estimate = try #require(KrippendorffAlpha.estimate(ratings, metric: .nominal))
    #expect(estimate.alpha < 0)
  }
}
