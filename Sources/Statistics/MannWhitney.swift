/// The Mann–Whitney U test (Wilcoxon rank-sum test) for two independent samples of ordinal
/// values, two-sided (Mann & Whitney, Annals of Mathematical Statistics 18, 50–60, 1947).
///
/// The p-value is exact when there are no ties and both samples hold fewer than
/// ``exactSampleLimit`` values — the rule R's `wilcox.test` uses — and, **with ties**, when the
/// samples are small (both at most ``permutationSampleLimit``, or at most
/// ``permutationTotalLimit`` in all): then it is the exact permutation p-value of the rank sum,
/// counting every way of splitting the pooled mid-ranks into groups of n₁ and n₂ (the
/// conditional distribution given the ties; Lehmann, *Nonparametrics*, 1975, §1.4), as
/// `scipy.stats.permutation_test` computes it exhaustively. Otherwise it comes from the
/// normal approximation with σ² = n₁n₂/12·((N + 1) − Σ(t³ − t)/(N(N − 1))) over the tie groups
/// t (Lehmann, *Nonparametrics*, 1975, ch. 1) and a continuity correction of ½, as in R and in
/// SciPy's `mannwhitneyu(method="asymptotic", use_continuity=True)`. Audit grades are heavily
/// tied, so in practice the approximation is the usual route.
public enum MannWhitney {
  /// The exact p-value is used only when both samples are smaller than this and nothing ties.
  public static let exactSampleLimit = 50

  /// With ties, the exact permutation p-value is used when both samples hold at most this many
  /// values (or see ``permutationTotalLimit``).
  public static let permutationSampleLimit = 20

  /// With ties, the exact permutation p-value is also used when the two samples hold at most
  /// this many values in all.
  public static let permutationTotalLimit = 40

  /// The two-sided test of whether values in `first` tend to be larger or smaller than values
  /// in `second`.
  ///
  /// Returns nil when either sample is empty.
  ///
  /// - Complexity: O(N log N) for N = n₁ + n₂ — O(N) for `Int` levels of small range — plus
  ///   O(n₁²n₂²) in the worst exact case (n₁, n₂ below 50).
  public static func test<Value: Comparable>(
    _ first: [Value], _ second: [Value]
  ) -> MannWhitneyResult? {
    guard !first.isEmpty, !second.isEmpty else { return nil }
    let ranking: MidRanks
    // Concrete element types take specialised (and, for levels, counting) paths: unspecialised
    // generic sorting across a module boundary is several times slower.
    if let first = first as? [Int], let second = second as? [Int] {
      ranking = MidRanks(levels: first, second)
    } else if let first = first as? [Double], let second = second as? [Double] {
      ranking = MidRanks(first, second)
    } else {
      ranking = MidRanks(first, second)
    }
    let rankSum = ranking.firstRankSum
    let n1 = Double(first.count)
    let n2 = Double(second.count)
    let total = n1 + n2
    let u = rankSum - n1 * (n1 + 1) / 2
    let mean = n1 * n2 / 2
    let variance =
      n1 * n2 / 12 * ((total + 1) - ranking.tieSum / (total * (total - 1)))
    var z = 0.0
    if variance > 0 {
      let shift = u - mean
      let corrected = shift > 0 ? max(0, shift - 0.5) : min(0, shift + 0.5)
      z = corrected / variance.squareRoot()
    }
    let useExact =
      ranking.tieSum == 0 && first.count < exactSampleLimit && second.count < exactSampleLimit
    let usePermutation =
      !useExact && ranking.tieSum > 0
      && ((first.count <= permutationSampleLimit && second.count <= permutationSampleLimit)
        || first.count + second.count <= permutationTotalLimit)
    let pValue: Double
    let method: MannWhitneyResult.Method
    if useExact {
      let smaller = Int(min(u, n1 * n2 - u).rounded())
      pValue = min(1, 2 * lowerTail(smaller, first.count, second.count))
      method = .exact
    } else if usePermutation {
      pValue = permutationPValue(
        groups: ranking.groups, firstCount: first.count,
        observedDoubledRankSum: Int((2 * rankSum).rounded()))
      method = .exactPermutation
    } else {
      pValue = variance > 0 ? min(1, 2 * Normal.cdf(-abs(z))) : 1
      method = .normalApproximation
    }
    return MannWhitneyResult(
      u: u, firstCount: first.count, secondCount: second.count, z: z, pValue: pValue,
      method: method)
  }

  /// The two-sided exact permutation p-value of the first sample's rank sum given the pooled
  /// tie groups: 2 · min(P(W ≤ w), P(W ≥ w)), at most 1 (the convention of
  /// `scipy.stats.permutation_test`'s two-sided alternative).
  ///
  /// The number of ways to give the first sample k values with doubled rank sum s is built
  /// group by group: taking c of a group's t tied values adds c × (its doubled rank) to s in
  /// C(t, c) ways. Every count is a whole number below C(N, n₁) ≤ 2⁵³, so the sums are exact.
  ///
  /// - Complexity: O(G · n₁ · S · t̄) for G groups, S the largest doubled rank sum.
  static func permutationPValue(
    groups: [(doubledRank: Int, size: Int)], firstCount: Int, observedDoubledRankSum: Int
  ) -> Double {
    let total = groups.reduce(0) { $0 + $1.size }
    let maximumSum = total * (total + 1)  // 2 · N(N + 1)/2
    let width = maximumSum + 1
    // ways[k * width + s]
    var ways = [Double](repeating: 0, count: (firstCount + 1) * width)
    ways[0] = 1
    var taken = 0
    for group in groups {
      var next = [Double](repeating: 0, count: ways.count)
      var binomial = [Double](repeating: 1, count: group.size + 1)
      for c in 1...group.size {
        binomial[c] = binomial[c - 1] * Double(group.size - c + 1) / Double(c)
      }
      for k in 0...min(firstCount, taken) {
        for s in 0..<width where ways[k * width + s] != 0 {
          let count = ways[k * width + s]
          for c in 0...min(group.size, firstCount - k) {
            next[(k + c) * width + s + c * group.doubledRank] += count * binomial[c]
          }
        }
      }
      ways = next
      taken += group.size
    }
    let row = ways[(firstCount * width)..<((firstCount + 1) * width)]
    let all = row.reduce(0, +)
    var below = 0.0
    var above = 0.0
    for (offset, count) in row.enumerated() {
      if offset <= observedDoubledRankSum { below += count }
      if offset >= observedDoubledRankSum { above += count }
    }
    return min(1, 2 * min(below, above) / all)
  }

  /// P(U ≤ `bound`) under the null hypothesis for samples of sizes m and n without ties.
  ///
  /// The number of arrangements with U = u obeys the recurrence of Mann & Whitney (1947),
  /// f(m, n; u) = f(m − 1, n; u − n) + f(m, n − 1; u), with f(0, n; 0) = f(m, 0; 0) = 1: the
  /// largest value comes from the first sample (beating all n) or from the second. Only
  /// additions of positive numbers, so the tail keeps full relative accuracy; the total is the
  /// Pascal recurrence C(m + n, m) run alongside.
  static func lowerTail(_ bound: Int, _ m: Int, _ n: Int) -> Double {
    guard bound >= 0, m >= 1, n >= 1 else { return bound >= 0 ? 1 : 0 }
    let width = bound + 1
    // Flat tables: f(i − 1, j; u) at previous[j * width + u], f(i, j; u) at current[…], for
    // u ≤ bound only; f(0, j; ·) = f(i, 0; ·) = [1, 0, 0, …].
    var previous = [Double](repeating: 0, count: (n + 1) * width)
    for j in 0...n { previous[j * width] = 1 }
    var current = previous
    var previousTotal = [Double](repeating: 1, count: n + 1)
    var currentTotal = previousTotal
    for _ in 1...m {
      for j in 1...n {
        let row = j * width
        let below = row - width
        for u in 0..<width {
          let withLargest = u >= j ? previous[row + u - j] : 0
          current[row + u] = withLargest + current[below + u]
        }
        currentTotal[j] = previousTotal[j] + currentTotal[j - 1]
      }
      swap(&previous, &current)
      swap(&previousTotal, &currentTotal)
    }
    let count = previous[(n * width)..<((n + 1) * width)].reduce(0, +)
    return count / previousTotal[n]
  }
}
