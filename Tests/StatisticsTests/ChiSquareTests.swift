import Statistics
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The chi-square upper tail in closed form (Abramowitz & Stegun §26.4): for even k,
/// e^{−x/2}·Σ_{i<k/2} (x/2)ⁱ/i!; for odd k, 2Q_N(√x) + 2φ(√x)·Σ √x^{2i−1}/(1·3·…·(2i − 1)).
private func chiSquareTailClosedForm(_ x: Double, _ k: Int) -> Double {
  if k % 2 == 0 {
    var term = 1.0
    var sum = 1.0
    for i in 1..<(k / 2) {
      term *= x / 2 / Double(i)
      sum += term
    }
    return exp(-x / 2) * sum
  }
  let root = x.squareRoot()
  var sum = 0.0
  var term = root
  for i in stride(from: 1, to: k, by: 2) {
    if i > 1 { term *= x / Double(i) }
    sum += term
  }
  return erfc(root / 2.0.squareRoot()) + 2 * exp(-x / 2) / (2 * Double.pi).squareRoot() * sum
}

@Suite("Chi-square test of independence")
struct ChiSquareTests {
  @Test(
    "Upper tail at tabulated critical values (Abramowitz & Stegun Table 26.8)",
    arguments: [
      (3.841, 1.0, 0.05), (5.991, 2, 0.05), (18.307, 10, 0.05), (6.635, 1, 0.01),
      (11.345, 3, 0.01), (18.467, 4, 0.001),
    ])
  func criticalValues(x: Double, degrees: Double, tail: Double) throws {
    let value = try #require(ChiSquare.upperTail(x, degreesOfFreedom: degrees))
    // The tables print three decimals, so the tail is good to about 0.1% of itself.
    #expect(isClose(value, tail, relative: 2e-3), "\(value)")
  }

  @Test(
    "Upper tail matches SciPy chi2.sf, including far tails and large degrees of freedom",
    arguments: [
      // SciPy 1.17 chi2.sf(x, k).
      (1000.0, 1000.0, 0.49405285382923964), (1200, 1000, 1.2255942330622893e-05),
      (0.5, 0.5, 0.25632205526853896), (30, 3, 1.3800570312932553e-06),
      (0.001, 4, 0.9999998750416589), (80, 7, 1.377501829742618e-14),
    ])
  func matchesSciPy(x: Double, degrees: Double, tail: Double) throws {
    let value = try #require(ChiSquare.upperTail(x, degreesOfFreedom: degrees))
    #expect(isClose(value, tail, relative: 1e-10), "\(value)")
  }

  @Test("Upper tail agrees with the closed forms for whole degrees of freedom 1…30")
  func closedForms() throws {
    var generator = Xoshiro256StarStar(seed: 1954)
    for k in 1...30 {
      for _ in 0..<40 {
        let x = 3 * Double(k) * generator.unitDouble() + 0.01
        let value = try #require(ChiSquare.upperTail(x, degreesOfFreedom: Double(k)))
        let expected = chiSquareTailClosedForm(x, k)
        #expect(isClose(value, expected, relative: 1e-11), "x \(x), k \(k)")
      }
    }
  }

  @Test("Agresti (2007), Table 2.5, party identification by gender: X² = 30.07, df 2")
  func agrestiPartyIdentification() throws {
    // Females: Democrat 762, Independent 327, Republican 468; males 484, 239, 477. Agresti
    // prints X² = 30.1 (P < .001); SciPy 1.17 chi2_contingency(correction=False) gives
    // 30.070149095754672 and p = 2.9535891832117595e-07.
    let result = try #require(ChiSquare.independenceTest([[762, 327, 468], [484, 239, 477]]))
    #expect(isClose(result.statistic, 30.070149095754672, relative: 1e-12))
    #expect(result.degreesOfFreedom == 2)
    #expect(isClose(result.pValue, 2.9535891832117595e-07, relative: 1e-9))
    #expect(isClose(result.expected[0][0], 703.67138194, relative: 1e-9))
    #expect(result.cellsExpectedBelowFive == 0)
    #expect(result.meetsCochranRule)
  }

  @Test(
    "Matches scipy.stats.chi2_contingency(correction=False) on generated tables",
    arguments: [
      // countTable(seed:rows:columns:maximum:) and SciPy 1.17: statistic, dof, p, number of
      // expected counts below 5, smallest expected count.
      (UInt64(61), 3, 4, 30, 55.57953319149071, 6, 3.540198897473246e-10, 0, 7.569767441860465),
      (62, 2, 5, 20, 22.73654001074114, 4, 0.00014293284079686786, 2, 0.958904109589041),
      (63, 4, 4, 8, 26.744050064697184, 9, 0.0015417878832560837, 12, 3.027027027027027),
      (64, 2, 2, 50, 12.838696454191435, 1, 0.00033952406161131247, 0, 8.206896551724139),
    ] as [(UInt64, Int, Int, Int, Double, Int, Double, Int, Double)])
  func matchesSciPy(
    seed: UInt64, rows: Int, columns: Int, maximum: Int, statistic: Double, degrees: Int,
    pValue: Double, small: Int, minimum: Double
  ) throws {
    let table = countTable(seed: seed, rows: rows, columns: columns, maximum: maximum)
    let result = try #require(ChiSquare.independenceTest(table))
    #expect(isClose(result.statistic, statistic, relative: 1e-12))
    #expect(result.degreesOfFreedom == degrees)
    #expect(isClose(result.pValue, pValue, relative: 1e-9))
    #expect(result.cellsExpectedBelowFive == small)
    #expect(isClose(result.minimumExpected, minimum, relative: 1e-12))
  }

  @Test("A 2 × 2 table: X² equals the square of the pooled two-proportion z statistic")
  func twoByTwo() throws {
    var generator = Xoshiro256StarStar(seed: 1900)
    for _ in 0..<200 {
      let (a, b, c, d) = (
        1 + generator.uniform(below: 60), 1 + generator.uniform(below: 60),
        1 + generator.uniform(below: 60), 1 + generator.uniform(below: 60)
      )
      let result = try #require(ChiSquare.independenceTest([[a, b], [c, d]]))
      let (n1, n2) = (Double(a + b), Double(c + d))
      let pooled = Double(a + c) / (n1 + n2)
      let z =
        (Double(a) / n1 - Double(c) / n2) / (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
      #expect(isClose(result.statistic, z * z, relative: 1e-10))
      #expect(isClose(result.pValue, 2 * Normal.cdf(-abs(z)), relative: 1e-9))
    }
  }

  @Test("Empty rows and columns are left out; too little to compare or bad tables give nil")
  func edges() throws {
    let withEmpty = try #require(
      ChiSquare.independenceTest([[10, 0, 20], [0, 0, 0], [30, 0, 5]]))
    let compact = try #require(ChiSquare.independenceTest([[10, 20], [30, 5]]))
    #expect(withEmpty.statistic == compact.statistic)
    #expect(withEmpty.degreesOfFreedom == 1)
    #expect(withEmpty.testedCells == 4)
    #expect(withEmpty.expected[1] == [0, 0, 0])
    #expect(ChiSquare.independenceTest([[1, 2, 3]]) == nil)
    #expect(ChiSquare.independenceTest([[1, 0], [2, 0]]) == nil)
    #expect(ChiSquare.independenceTest([]) == nil)
    #expect(ChiSquare.independenceTest([[1, 2], [3]]) == nil)
    #expect(ChiSquare.independenceTest([[1, -2], [3, 4]]) == nil)
    #expect(ChiSquare.upperTail(1, degreesOfFreedom: 0) == nil)
    #expect(ChiSquare.upperTail(.nan, degreesOfFreedom: 2) == nil)
    #expect(ChiSquare.upperTail(-1, degreesOfFreedom: 2) == 1)
    #expect(ChiSquare.upperTail(.infinity, degreesOfFreedom: 2) == 0)
  }

  @Test("Cochran's rule flags sparse tables")
  func cochranRule() throws {
    let sparse = try #require(ChiSquare.independenceTest([[1, 2], [3, 1]]))
    #expect(!sparse.meetsCochranRule)
    #expect(sparse.cellsExpectedBelowFive == 4)
  }
}
