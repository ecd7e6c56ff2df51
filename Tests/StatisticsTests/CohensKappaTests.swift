import Statistics
import Testing

/// Weighted kappa straight from its definition, O(n²): pₒ = mean w(xᵢ, yᵢ) over units and
/// pₑ = mean w(xᵢ, yⱼ) over all pairs of units (independent ratings with the observed margins).
private func kappaByDefinition(
  _ pairs: [(Int, Int)], weighting: KappaWeighting
) -> Double {
  let all = pairs.flatMap { [$0.0, $0.1] }
  let range = Double((all.max() ?? 0) - (all.min() ?? 0))
  func weight(_ x: Int, _ y: Int) -> Double {
    let gap = Double(abs(x - y))
    switch weighting {
    case .unweighted: return x == y ? 1 : 0
    case .linear: return 1 - gap / range
    case .quadratic: return 1 - gap * gap / (range * range)
    }
  }
  let n = Double(pairs.count)
  let observed = pairs.reduce(0.0) { $0 + weight($1.0, $1.1) } / n
  var expected = 0.0
  for (x, _) in pairs {
    for (_, y) in pairs { expected += weight(x, y) }
  }
  expected /= n * n
  return (observed - expected) / (1 - expected)
}

/// Lin's concordance correlation 2s_xy/(s_x² + s_y² + (x̄ − ȳ)²) with divisor n, which equals
/// the quadratic-weighted kappa on the raw scores (Fleiss & Cohen 1973; Lin 1989).
private func concordanceCorrelation(_ pairs: [(Int, Int)]) -> Double {
  let n = Double(pairs.count)
  let meanX = pairs.reduce(0.0) { $0 + Double($1.0) } / n
  let meanY = pairs.reduce(0.0) { $0 + Double($1.1) } / n
  var sxx = 0.0
  var syy = 0.0
  var sxy = 0.0
  for (x, y) in pairs {
    sxx += (Double(x) - meanX) * (Double(x) - meanX)
    syy += (Double(y) - meanY) * (Double(y) - meanY)
    sxy += (Double(x) - meanX) * (Double(y) - meanY)
  }
  return 2 * sxy / n / (sxx / n + syy / n + (meanX - meanY) * (meanX - meanY))
}

/// The first two raters' complete pairs of generated rows.
private func completePairs(_ rows: [[Int?]]) -> [(Int, Int)] {
  rows.compactMap { row in
    guard let x = row[0], let y = row[1] else { return nil }
    return (x, y)
  }
}

@Suite("Cohen's kappa")
struct CohensKappaTests {
  @Test("Fleiss, Levin & Paik (2003) ch. 18, 100 subjects × 3 diagnoses: pₒ .89, pₑ .66, κ .676")
  func fleissLevinPaik() throws {
    let table = [[75, 1, 4], [5, 4, 1], [0, 0, 10]]
    let kappa = try #require(CohensKappa.estimate(table: table))
    #expect(isClose(kappa.observedAgreement, 0.89, relative: 1e-12))
    #expect(isClose(kappa.expectedAgreement, 0.66, relative: 1e-12))
    #expect(isClose(kappa.value, 0.23 / 0.34, relative: 1e-12))
    #expect(kappa.count == 100)
    // Standard error: statsmodels 0.15 cohens_kappa(table).std_kappa = 0.08770295347521254
    // (Fleiss, Cohen & Everitt 1969).
    let standardError = try #require(kappa.standardError)
    #expect(isClose(standardError, 0.08770295347521254, relative: 1e-9))
    let interval = try #require(kappa.interval())
    // statsmodels prints the 95% limits 0.5046 and 0.8484.
    #expect(isClose(interval.lower, 0.5046, absolute: 0.00005))
    #expect(isClose(interval.upper, 0.8484, absolute: 0.00005))
  }

  @Test("Wikipedia \"Cohen's kappa\" example: 20, 5 / 10, 15 of 50 gives κ = 0.4")
  func wikipediaExample() throws {
    let kappa = try #require(CohensKappa.estimate(table: [[20, 5], [10, 15]]))
    #expect(isClose(kappa.value, 0.4, relative: 1e-12))
    #expect(isClose(kappa.observedAgreement, 0.7, relative: 1e-12))
    #expect(isClose(kappa.expectedAgreement, 0.5, relative: 1e-12))
  }

  @Test(
    "Matches scikit-learn cohen_kappa_score and statsmodels std_kappa on generated data",
    arguments: [
      // (seed, units, raters, levels, missing%), complete pairs, then κ and SE for unweighted,
      // linear and quadratic weights: sklearn 1.9.1 cohen_kappa_score(x, y, weights=…) and
      // statsmodels 0.15 cohens_kappa(table, wt=…).std_kappa, on raters 0 and 1.
      (
        UInt64(11), 40, 4, 5, 25, 26,
        [
          (0.21951219512195122, 0.11341173165906498), (0.1283524904214559, 0.14626216233846018),
          (0.04123711340206171, 0.20466326084276315),
        ]
      ),
      (
        12, 200, 3, 4, 40, 75,
        [
          (0.4308750296419256, 0.07625130734366799), (0.4177688326624497, 0.08895441834409798),
          (0.4224901932296963, 0.1103878647038742),
        ]
      ),
      (
        14, 120, 2, 5, 0, 120,
        [
          (0.2563498297983765, 0.056747908541373314), (0.2513278812916281, 0.06948944758986275),
          (0.2700395722274913, 0.08855934544807535),
        ]
      ),
    ] as [(UInt64, Int, Int, Int, Int, Int, [(Double, Double)])])
  func matchesScikitLearn(
    seed: UInt64, units: Int, raters: Int, levels: Int, missing: Int, pairs: Int,
    expected: [(Double, Double)]
  ) throws {
    let rows = agreementRows(
      seed: seed, units: units, raters: raters, levels: levels, missingPercent: missing)
    let ratings = try makeRatings(rows)
    for (weighting, (value, standardError)) in zip(
      [KappaWeighting.unweighted, .linear, .quadratic], expected)
    {
      let kappa = try #require(CohensKappa.estimate(ratings, weighting: weighting))
      #expect(kappa.count == pairs)
      #expect(isClose(kappa.value, value, relative: 1e-9), "\(weighting)")
      #expect(isClose(kappa.standardError ?? .nan, standardError, relative: 1e-9), "\(weighting)")
    }
  }

  @Test(
    "Agrees with the O(n²) definition, and quadratic κ with Lin's concordance correlation",
    arguments: [UInt64(201), 202, 203, 204, 205])
  func agreesWithDefinition(seed: UInt64) throws {
    let rows = agreementRows(
      seed: seed, units: 150, raters: 3, levels: 2 + Int(seed % 5), missingPercent: 15)
    let pairs = completePairs(rows)
    let ratings = try makeRatings(rows)
    for weighting in KappaWeighting.allCases {
      let kappa = try #require(CohensKappa.estimate(ratings, weighting: weighting))
      #expect(isClose(kappa.value, kappaByDefinition(pairs, weighting: weighting), relative: 1e-9))
    }
    let quadratic = try #require(CohensKappa.estimate(ratings, weighting: .quadratic))
    #expect(isClose(quadratic.value, concordanceCorrelation(pairs), relative: 1e-9))
  }

  @Test("The table and ratings forms agree; rescaling the scores or adding empty levels does not")
  func invariance() throws {
    let rows = agreementRows(seed: 206, units: 90, raters: 2, levels: 4, missingPercent: 0)
    var table = [[Int]](repeating: [0, 0, 0, 0, 0], count: 5)  // level 4 never used
    for row in rows {
      if let x = row[0], let y = row[1] { table[x][y] += 1 }
    }
    let tripled = rows.map { $0.map { $0.map { 3 * $0 + 7 } } }
    for weighting in KappaWeighting.allCases {
      let fromTable = try #require(CohensKappa.estimate(table: table, weighting: weighting))
      let fromRows = try #require(CohensKappa.estimate(makeRatings(rows), weighting: weighting))
      let fromScaled = try #require(
        CohensKappa.estimate(makeRatings(tripled), weighting: weighting))
      #expect(isClose(fromTable.value, fromRows.value, relative: 1e-12))
      #expect(isClose(fromScaled.value, fromRows.value, relative: 1e-12))
      #expect(
        isClose(fromTable.standardError ?? .nan, fromRows.standardError ?? 0, relative: 1e-9))
    }
  }

  @Test("The standard error matches the spread of κ over 2,000 simulated studies (within 10%)")
  func standardErrorBySimulation() throws {
    // Fleiss, Levin & Paik's table as the population; samples of 100 subjects.
    let cells = [75, 1, 4, 5, 4, 1, 0, 0, 10]
    let kappa = try #require(CohensKappa.estimate(table: [[75, 1, 4], [5, 4, 1], [0, 0, 10]]))
    var generator = Xoshiro256StarStar(seed: 1969)
    var values: [Double] = []
    for _ in 0..<2000 {
      var table = [[Int]](repeating: [0, 0, 0], count: 3)
      for _ in 0..<100 {
        var draw = generator.uniform(below: 100)
        for (cell, count) in cells.enumerated() {
          if draw < count {
            table[cell / 3][cell % 3] += 1
            break
          }
          draw -= count
        }
      }
      if let simulated = CohensKappa.estimate(table: table) { values.append(simulated.value) }
    }
    let mean = values.reduce(0, +) / Double(values.count)
    let spread = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    #expect(isClose(spread.squareRoot(), try #require(kappa.standardError), relative: 0.1))
  }

  @Test("Perfect agreement with variation gives κ = 1 and SE 0; no variation gives nil")
  func edges() throws {
    let perfect = try #require(CohensKappa.estimate(table: [[5, 0], [0, 7]]))
    #expect(perfect.value == 1)
    #expect(try #require(perfect.standardError) < 1e-6)
    // Both raters put every unit in category 1: pₑ = 1, κ = 0/0.
    #expect(CohensKappa.estimate(table: [[0, 0], [0, 9]]) == nil)
    #expect(CohensKappa.estimate(table: [[0, 0], [0, 9]], weighting: .quadratic) == nil)
    let constant = try makeRatings([[2, 2], [2, 2]] as [[Int?]])
    #expect(CohensKappa.estimate(constant) == nil)
    // Invalid tables and raters.
    #expect(CohensKappa.estimate(table: []) == nil)
    #expect(CohensKappa.estimate(table: [[1, 2]]) == nil)
    #expect(CohensKappa.estimate(table: [[1, -2], [0, 1]]) == nil)
    #expect(CohensKappa.estimate(table: [[0, 0], [0, 0]]) == nil)
    let ratings = try makeRatings([[1, 2, nil], [2, 2, 1]] as [[Int?]])
    #expect(CohensKappa.estimate(ratings, first: 0, second: 0) == nil)
    #expect(CohensKappa.estimate(ratings, first: 0, second: 3) == nil)
    // Raters 1 and 2 share only unit 1.
    #expect(CohensKappa.estimate(ratings, first: 1, second: 2)?.count == 1)
  }

  @Test("Complete disagreement on two levels gives κ = −1")
  func completeDisagreement() throws {
    let kappa = try #require(CohensKappa.estimate(table: [[0, 6], [6, 0]]))
    #expect(isClose(kappa.value, -1, relative: 1e-12))
  }
}
