import Statistics
import Testing

/// The exact permutation p-value for small tied samples, checked against an independent
/// brute-force enumeration of every split of the pooled values.
struct MannWhitneyPermutationTests {
  /// Two-sided p by enumerating every choice of n₁ positions from the pooled sample:
  /// 2 · min(P(W ≤ w), P(W ≥ w)), capped at 1, W the first sample's mid-rank sum.
  static func bruteForce(_ first: [Int], _ second: [Int]) -> Double {
    let pooled = first + second
    let sorted = pooled.sorted()
    func midRank(_ value: Int) -> Double {
      let low = sorted.firstIndex(of: value) ?? 0
      let high = sorted.lastIndex(of: value) ?? 0
      return Double(low + high + 2) / 2
    }
    let ranks = pooled.map(midRank)
    let observed = ranks.prefix(first.count).reduce(0, +)
    var below = 0
    var above = 0
    var all = 0
    func choose(_ start: Int, _ left: Int, _ sum: Double) {
      if left == 0 {
        all += 1
        if sum <= observed + 1e-9 { below += 1 }
        if sum >= observed - 1e-9 { above += 1 }
        return
      }
      guard pooled.count - start >= left else { return }
      for index in start..<pooled.count { choose(index + 1, left - 1, sum + ranks[index]) }
    }
    choose(0, first.count, 0)
    return min(1, 2 * Double(min(below, above)) / Double(all))
  }

  /// Three against three, all tied within groups: only one split of the six gives the first
  /// sample every 3, so P(W ≥ 15) = 1/20 and the two-sided p is 0.10 — where the normal
  /// approximation says 0.059.
  @Test func threeAgainstThreeWithTies() throws {
    let result = try #require(MannWhitney.test([3, 3, 3], [1, 1, 2]))
    #expect(result.method == .exactPermutation)
    #expect(abs(result.pValue - 0.1) < 1e-12)
  }

  @Test(arguments: 0..<60)
  func matchesEnumerationOnGeneratedTiedSamples(seed: Int) throws {
    var rng = SplitMix64(seed: UInt64(seed) &+ 991)
    let m = 2 + Int(rng.next() % 7)
    let n = 2 + Int(rng.next() % 7)
    let levels = 2 + Int(rng.next() % 3)
    let first = (0..<m).map { _ in Int(rng.next() % UInt64(levels)) }
    let second = (0..<n).map { _ in Int(rng.next() % UInt64(levels)) }
    let result = try #require(MannWhitney.test(first, second))
    let expected = Self.bruteForce(first, second)
    if Set(first + second).count == first.count + second.count {
      #expect(result.method == .exact)
    } else {
      #expect(result.method == .exactPermutation)
    }
    #expect(abs(result.pValue - expected) < 1e-12, "\(first) vs \(second)")
  }

  @Test func largeTiedSamplesStayOnTheNormalApproximation() throws {
    let first = (0..<25).map { $0 % 4 }
    let second = (0..<26).map { ($0 + 1) % 4 }
    #expect(try #require(MannWhitney.test(first, second)).method == .normalApproximation)
    let small = try #require(MannWhitney.test(Array(first.prefix(20)), Array(second.prefix(20))))
    #expect(small.method == .exactPermutation)
  }
}
