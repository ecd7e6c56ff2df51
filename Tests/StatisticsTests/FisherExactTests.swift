import Statistics
import Testing

/// C(n, k) as a Double by the multiplicative formula (exact for the small n used here).
private func choose(_ n: Int, _ k: Int) -> Double {
  guard k >= 0, k <= n else { return 0 }
  var result = 1.0
  for i in 0..<min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
  return result.rounded()
}

/// Fisher's test by enumerating every table with the observed margins, probabilities from
/// binomial coefficients rather than logarithms.
private func fisherByEnumeration(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> (Double, Double, Double)
{
  let (r1, r2, c1) = (a + b, c + d, a + c)
  let total = choose(r1 + r2, c1)
  let probability = { (x: Int) in choose(r1, x) * choose(r2, c1 - x) / total }
  let observed = probability(a)
  var (two, less, greater) = (0.0, 0.0, 0.0)
  for x in max(0, c1 - r2)...min(r1, c1) {
    let p = probability(x)
    if p <= observed * (1 + 1e-7) { two += p }
    if x <= a { less += p }
    if x >= a { greater += p }
  }
  return (min(1, two), min(1, less), min(1, greater))
}

@Suite("Fisher's exact test")
struct FisherExactTests {
  @Test("R fisher.test documentation, \"Tea tasting\" (Agresti 1990): two-sided 0.4857")
  func teaTasting() throws {
    let result = try #require(FisherExact.test(a: 3, b: 1, c: 1, d: 3))
    #expect(isClose(result.twoSided, 0.4857, absolute: 0.00005))
    // R: alternative = "greater" gives p = 0.2429; exactly 17/70.
    #expect(isClose(result.greater, 17.0 / 70, relative: 1e-12))
    #expect(isClose(result.twoSided, 34.0 / 70, relative: 1e-12))
  }

  @Test("R fisher.test documentation, Fisher's convictions of like-sex twins: less 0.0004652")
  func convictions() throws {
    // Convictions <- matrix(c(2, 10, 15, 3), nrow = 2): rows (2, 15) and (10, 3).
    let result = try #require(FisherExact.test(a: 2, b: 15, c: 10, d: 3))
    #expect(isClose(result.less, 0.0004652, absolute: 0.00000005))
    // SciPy 1.17 fisher_exact: two-sided 0.0005367241191434358, less 0.00046518094336290503.
    #expect(isClose(result.twoSided, 0.0005367241191434358, relative: 1e-9))
    #expect(isClose(result.less, 0.00046518094336290503, relative: 1e-9))
  }

  @Test(
    "Matches scipy.stats.fisher_exact on generated tables",
    arguments: [
      // countTable(seed:rows: 2, columns: 2, maximum:) and SciPy 1.17 fisher_exact p-values for
      // alternative "two-sided", "less", "greater".
      (UInt64(31), 10, 0.4736842105263158, 0.2368421052631579, 1.0),
      (32, 30, 1.4077470020367002e-06, 1.0, 1.154695330541973e-06),
      (33, 4, 0.4000000000000001, 0.30000000000000004, 1.0),
      (34, 100, 0.047182286003316976, 0.024443224584741605, 0.9891320860648333),
      (35, 2, 1.0, 0.7571428571428571, 0.7571428571428571),
      (36, 500, 1.0875819357244916e-31, 1.0, 7.545634584896725e-32),
    ])
  func matchesSciPy(
    seed: UInt64, maximum: Int, twoSided: Double, less: Double, greater: Double
  ) throws {
    let table = countTable(seed: seed, rows: 2, columns: 2, maximum: maximum)
    let result = try #require(
      FisherExact.test(a: table[0][0], b: table[0][1], c: table[1][0], d: table[1][1]))
    #expect(isClose(result.twoSided, twoSided, relative: 1e-9), "\(table)")
    #expect(isClose(result.less, less, relative: 1e-9))
    #expect(isClose(result.greater, greater, relative: 1e-9))
  }

  @Test("Agrees with enumeration by binomial coefficients; transposing the table changes nothing")
  func agreesWithEnumeration() throws {
    var generator = Xoshiro256StarStar(seed: 1935)
    for _ in 0..<400 {
      let (a, b, c, d) = (
        generator.uniform(below: 15), generator.uniform(below: 15),
        generator.uniform(below: 15), generator.uniform(below: 15)
      )
      let result = try #require(FisherExact.test(a: a, b: b, c: c, d: d))
      let (two, less, greater) = fisherByEnumeration(a, b, c, d)
      #expect(isClose(result.twoSided, two, relative: 1e-10), "\([a, b, c, d])")
      #expect(isClose(result.less, less, relative: 1e-10))
      #expect(isClose(result.greater, greater, relative: 1e-10))
      let transposed = try #require(FisherExact.test(a: a, b: c, c: b, d: d))
      #expect(isClose(transposed.twoSided, result.twoSided, relative: 1e-10))
    }
  }

  @Test("Negative counts give nil; an empty row, column or table gives p = 1")
  func edges() throws {
    #expect(FisherExact.test(a: -1, b: 0, c: 0, d: 0) == nil)
    #expect(FisherExact.test(a: 0, b: 0, c: 0, d: 0)?.twoSided == 1)
    #expect(FisherExact.test(a: 4, b: 5, c: 0, d: 0)?.twoSided == 1)
    #expect(FisherExact.test(a: 4, b: 0, c: 7, d: 0)?.twoSided == 1)
  }

  @Test("Large tables stay finite and accurate: 40,000 cases")
  func largeTable() throws {
    // SciPy 1.17 fisher_exact([[10000, 10000], [9600, 10400]]): two-sided 6.581677136392978e-05,
    // greater 3.290838568196489e-05.
    let result = try #require(FisherExact.test(a: 10000, b: 10000, c: 9600, d: 10400))
    #expect(isClose(result.twoSided, 6.581677136392978e-05, relative: 1e-7))
    #expect(isClose(result.greater, 3.290838568196489e-05, relative: 1e-7))
  }
}
