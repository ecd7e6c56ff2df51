import Statistics
import Testing

/// Cliff's delta by comparing every pair.
private func deltaByPairs(_ first: [Int], _ second: [Int]) -> Double {
  var dominance = 0
  for x in first {
    for y in second { dominance += x > y ? 1 : (x < y ? -1 : 0) }
  }
  return Double(dominance) / Double(first.count * second.count)
}

@Suite("Cliff's delta")
struct CliffsDeltaTests {
  @Test("R effsize::cliff.delta documentation example: treatment vs control, δ = −0.25")
  func effsizeExample() throws {
    let treatment = [10, 10, 20, 20, 20, 30, 30, 30, 40, 50]
    let control = [10, 20, 30, 40, 40, 50]
    let delta = try #require(CliffsDelta.estimate(treatment, control))
    #expect(isClose(delta, -0.25, relative: 1e-12))
  }

  @Test(
    "Agrees with pair counting and with 2U/(n₁n₂) − 1 from the Mann–Whitney U",
    arguments: [UInt64(81), 82, 83, 84, 85, 86])
  func agreesWithPairsAndU(seed: UInt64) throws {
    let (first, second) = levelSamples(
      seed: seed, n1: 5 + Int(seed % 40), n2: 3 + Int(seed % 23), levels: 5, shift: Int(seed % 2))
    let delta = try #require(CliffsDelta.estimate(first, second))
    #expect(isClose(delta, deltaByPairs(first, second), absolute: 1e-15))
    let u = try #require(MannWhitney.test(first, second)).u
    #expect(isClose(delta, 2 * u / Double(first.count * second.count) - 1, absolute: 1e-14))
    let reversed = try #require(CliffsDelta.estimate(second, first))
    #expect(reversed == -delta)
  }

  @Test("Complete dominance gives ±1, identical samples 0, an empty sample nil")
  func edges() {
    #expect(CliffsDelta.estimate([3, 4, 5], [0, 1, 2]) == 1)
    #expect(CliffsDelta.estimate([0, 1, 2], [3, 4, 5]) == -1)
    #expect(CliffsDelta.estimate([1, 2, 2], [1, 2, 2]) == 0)
    #expect(CliffsDelta.estimate([Int](), [1]) == nil)
    #expect(CliffsDelta.estimate([1], [Int]()) == nil)
  }
}
