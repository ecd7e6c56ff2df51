import Statistics
import Testing

/// U for the first sample by counting pairs: #(x > y) + ½#(x = y).
private func uByPairs(_ first: [Int], _ second: [Int]) -> Double {
  var u = 0.0
  for x in first {
    for y in second { u += x > y ? 1 : (x == y ? 0.5 : 0) }
  }
  return u
}

/// Every way to choose `k` of the positions 0..<n, in lexicographic order.
private func combinations(_ n: Int, _ k: Int) -> [[Int]] {
  guard k > 0 else { return [[]] }
  guard k <= n else { return [] }
  var result: [[Int]] = []
  var current = Array(0..<k)
  while true {
    result.append(current)
    var i = k - 1
    while i >= 0, current[i] == n - k + i { i -= 1 }
    if i < 0 { return result }
    current[i] += 1
    for j in (i + 1)..<k { current[j] = current[j - 1] + 1 }
  }
}

/// The permutation distribution of U: U for every assignment of the pooled values to a first
/// sample of size n₁.
private func permutationDistribution(_ first: [Int], _ second: [Int]) -> [Double] {
  let pooled = first + second
  return combinations(pooled.count, first.count).map { chosen in
    var isFirst = [Bool](repeating: false, count: pooled.count)
    for index in chosen { isFirst[index] = true }
    let x = pooled.indices.filter { isFirst[$0] }.map { pooled[$0] }
    let y = pooled.indices.filter { !isFirst[$0] }.map { pooled[$0] }
    return uByPairs(x, y)
  }
}

@Suite("Mann–Whitney U test")
struct MannWhitneyTests {
  @Test("Hollander & Wolfe (1973) p. 69, permeability of the chorioamnion (R wilcox.test docs)")
  func hollanderWolfe() throws {
    // R: wilcox.test(x, y, alternative = "g") gives W = 35, p-value = 0.1272 (exact).
    let x = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46]
    let y = [1.15, 0.88, 0.90, 0.74, 1.21]
    let result = try #require(MannWhitney.test(x, y))
    #expect(result.u == 35)
    #expect(result.method == .exact)
    #expect(isClose(result.pValue, 2 * 0.1272, absolute: 0.0001))
    // SciPy 1.17 mannwhitneyu(x, y, method="exact"): p = 0.2544122544122544.
    #expect(isClose(result.pValue, 0.2544122544122544, relative: 1e-12))
  }

  @Test(
    "Normal approximation matches scipy mannwhitneyu(method=\"asymptotic\", use_continuity=True)",
    arguments: [
      // levelSamples(seed:n1:n2:levels:shift:) and SciPy 1.17's U and two-sided p.
      (UInt64(41), 30, 25, 5, 0, 356.0, 0.7489183789684049),
      (42, 60, 80, 4, 1, 1416.5, 1.9569365710443504e-05),
      (44, 200, 150, 5, 0, 13723.0, 0.1638346531683954),
    ])
  func asymptoticMatchesSciPy(
    seed: UInt64, n1: Int, n2: Int, levels: Int, shift: Int, u: Double, pValue: Double
  ) throws {
    let (first, second) = levelSamples(seed: seed, n1: n1, n2: n2, levels: levels, shift: shift)
    let result = try #require(MannWhitney.test(first, second))
    #expect(result.method == .normalApproximation)
    #expect(result.u == u)
    #expect(isClose(result.pValue, pValue, relative: 1e-9), "\(result.pValue)")
  }

  @Test(
    "Exact p-values match scipy mannwhitneyu(method=\"exact\") for samples without ties",
    arguments: [
      // distinctSamples(seed:n1:n2:) and SciPy 1.17's U and two-sided p.
      (UInt64(51), 5, 4, 6.0, 0.4126984126984127),
      (52, 10, 12, 61.0, 0.9742362900257637),
      (53, 20, 20, 190.0, 0.799407187161697),
      (54, 49, 3, 65.0, 0.7671493212669684),
      (55, 30, 45, 746.0, 0.44814948101476765),
      (56, 1, 1, 0.0, 1.0),
    ])
  func exactMatchesSciPy(seed: UInt64, n1: Int, n2: Int, u: Double, pValue: Double) throws {
    let (first, second) = distinctSamples(seed: seed, n1: n1, n2: n2)
    let result = try #require(MannWhitney.test(first, second))
    #expect(result.method == .exact)
    #expect(result.u == u)
    #expect(isClose(result.pValue, pValue, relative: 1e-9), "\(result.pValue)")
  }

  @Test(
    "The exact p-value equals the share of all splits at least as extreme (full enumeration)",
    arguments: [(UInt64(61), 3, 4), (62, 6, 6), (63, 2, 9), (64, 7, 5), (65, 1, 8)])
  func exactByEnumeration(seed: UInt64, n1: Int, n2: Int) throws {
    let (first, second) = distinctSamples(seed: seed, n1: n1, n2: n2)
    let result = try #require(MannWhitney.test(first, second))
    let distribution = permutationDistribution(first, second)
    let mean = Double(n1 * n2) / 2
    let observed = abs(result.u - mean)
    let extreme = distribution.filter { abs($0 - mean) >= observed }.count
    #expect(result.u == uByPairs(first, second))
    #expect(isClose(result.pValue, Double(extreme) / Double(distribution.count), relative: 1e-12))
  }

  @Test(
    "With ties, U equals pair counting and σ² equals the variance of U over all splits",
    arguments: [(UInt64(71), 5, 6, 3), (72, 7, 4, 2), (73, 6, 6, 4)])
  func tieCorrectedVariance(seed: UInt64, n1: Int, n2: Int, levels: Int) throws {
    let (first, second) = levelSamples(seed: seed, n1: n1, n2: n2, levels: levels, shift: 0)
    let result = try #require(MannWhitney.test(first, second))
    #expect(result.u == uByPairs(first, second))
    let distribution = permutationDistribution(first, second)
    let mean = distribution.reduce(0, +) / Double(distribution.count)
    let variance =
      distribution.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(distribution.count)
    #expect(isClose(mean, Double(n1 * n2) / 2, relative: 1e-12))
    // Recover σ from the reported z: z·σ = U − mean ∓ ½.
    let shift = result.u - mean
    let corrected = shift > 0 ? max(0, shift - 0.5) : min(0, shift + 0.5)
    if corrected != 0 {
      #expect(isClose(corrected / result.z, variance.squareRoot(), relative: 1e-9))
    }
    // Small tied samples take the exact permutation p-value: 2 · min(P(U ≤ u), P(U ≥ u)) over
    // all splits (MannWhitneyPermutationTests checks it more widely).
    #expect(result.method == .exactPermutation)
    let below = distribution.filter { $0 <= result.u + 1e-9 }.count
    let above = distribution.filter { $0 >= result.u - 1e-9 }.count
    let permutation = min(1, 2 * Double(min(below, above)) / Double(distribution.count))
    #expect(isClose(result.pValue, permutation, relative: 1e-12))
  }

  @Test("Empty samples give nil; identical samples give p = 1; swapping mirrors U")
  func edges() throws {
    #expect(MannWhitney.test([Int](), [1, 2]) == nil)
    #expect(MannWhitney.test([1], [Int]()) == nil)
    let tied = try #require(MannWhitney.test([2, 2, 2], [2, 2]))
    #expect(tied.pValue == 1 && tied.z == 0 && tied.u == 3)
    let (first, second) = levelSamples(seed: 74, n1: 40, n2: 33, levels: 4, shift: 0)
    let forward = try #require(MannWhitney.test(first, second))
    let backward = try #require(MannWhitney.test(second, first))
    #expect(forward.u + backward.u == Double(40 * 33))
    #expect(forward.pValue == backward.pValue)
    #expect(forward.z == -backward.z)
  }
}
