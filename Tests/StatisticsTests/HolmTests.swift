import Statistics
import Testing

/// Holm's procedure at level α as Holm (1979) states it: test the ordered p-values against
/// α/m, α/(m − 1), …, stop at the first that fails; true for each rejected hypothesis.
private func holmRejects(_ pValues: [Double], alpha: Double) -> [Bool] {
  let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
  var rejected = [Bool](repeating: false, count: pValues.count)
  for (step, index) in order.enumerated() {
    // p ≤ α/(m − step), written as a product so the boundary levels compare exactly.
    guard Double(pValues.count - step) * pValues[index] <= alpha else { break }
    rejected[index] = true
  }
  return rejected
}

@Suite("Holm step-down adjustment")
struct HolmTests {
  @Test("Wikipedia \"Holm–Bonferroni method\" example: p = .01, .04, .03, .005")
  func wikipediaExample() throws {
    // At α = .05: reject H4 (.005 ≤ .05/4) and H1 (.01 ≤ .05/3), stop at H3 (.03 > .05/2).
    // Adjusted: H4 4 × .005 = .02, H1 3 × .01 = .03, H3 2 × .03 = .06, H2 max(.06, .04) = .06.
    let adjusted = try #require(Holm.adjust([0.01, 0.04, 0.03, 0.005]))
    for (value, expected) in zip(adjusted, [0.03, 0.06, 0.06, 0.02]) {
      #expect(isClose(value, expected, relative: 1e-12))
    }
    #expect(adjusted.map { $0 <= 0.05 } == [true, false, false, true])
  }

  @Test(
    "Matches statsmodels multipletests(method=\"holm\") on generated p-values",
    arguments: [
      // skewedPValues(seed:count:) and statsmodels 0.15 multipletests(p, method="holm")[1].
      (
        UInt64(71),
        [
          1.0, 0.0065119288670770865, 1.0, 1.0, 0.2984214463324155, 0.01121350416147076, 1.0,
          1.0, 0.35646347373095755, 0.255346216706061,
        ]
      ),
      (
        72,
        [
          1.0, 0.48258957554395554, 0.14345741522652977, 1.0, 0.982248591684361, 1.0,
          0.017270429678424768, 0.1948587865986443, 0.4372189907292806, 1.0, 1.0,
          0.1959236640366057, 1.0, 0.4372189907292806, 1.0, 1.0, 0.03867730446696045,
          0.0012973448187871303, 1.0, 0.48258957554395554, 0.1948587865986443,
          0.0003247728130257397, 0.05067612905838587, 0.07207365219554507, 0.12067251331879762,
        ]
      ),
    ] as [(UInt64, [Double])])
  func matchesStatsmodels(seed: UInt64, expected: [Double]) throws {
    let adjusted = try #require(Holm.adjust(skewedPValues(seed: seed, count: expected.count)))
    for (value, reference) in zip(adjusted, expected) {
      #expect(isClose(value, reference, relative: 1e-12))
    }
  }

  @Test(
    "Each adjusted p-value is the smallest α at which Holm's procedure rejects that hypothesis",
    arguments: [UInt64(91), 92, 93, 94])
  func smallestRejectingLevel(seed: UInt64) throws {
    var pValues = skewedPValues(seed: seed, count: 12)
    pValues[3] = pValues[7]  // a tie
    let adjusted = try #require(Holm.adjust(pValues))
    // The procedure's decisions change only at the levels (m − j + 1)·p₍ⱼ₎ and 1.
    let candidates =
      (pValues.indices.flatMap { j in
        (1...pValues.count).map { Double($0) * pValues[j] }
      } + [1]).filter { $0 <= 1 }.sorted()
    for (index, value) in adjusted.enumerated() {
      let smallest = candidates.first { holmRejects(pValues, alpha: $0)[index] } ?? 1
      #expect(isClose(value, smallest, relative: 1e-12), "hypothesis \(index)")
      #expect(value >= pValues[index] && value <= 1)
    }
    // Order preserved: a smaller raw p-value never gets a larger adjusted one.
    for i in pValues.indices {
      for j in pValues.indices where pValues[i] < pValues[j] { #expect(adjusted[i] <= adjusted[j]) }
    }
  }

  @Test("An empty list gives an empty list; NaN or values outside [0, 1] give nil")
  func edges() {
    #expect(Holm.adjust([]) == [])
    #expect(Holm.adjust([0.2]) == [0.2])
    #expect(Holm.adjust([0.1, .nan]) == nil)
    #expect(Holm.adjust([0.1, 1.5]) == nil)
    #expect(Holm.adjust([-0.1]) == nil)
    let tied = Holm.adjust([0.3, 0.3, 0.3]) ?? []
    #expect(tied.count == 3 && tied.allSatisfy { isClose($0, 0.9, relative: 1e-15) })
  }
}
