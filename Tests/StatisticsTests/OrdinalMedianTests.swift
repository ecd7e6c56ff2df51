import Statistics
import Testing

@Suite("Ordinal median")
struct OrdinalMedianTests {
  @Test(
    "Hyndman & Fan (1996) definition 1 at ½ (R quantile type 1, NumPy \"inverted_cdf\")",
    arguments: [
      // NumPy 2.4 np.quantile(values, 0.5, method="inverted_cdf").
      ([2, 0, 1, 3], 1), ([0, 1], 0), ([3], 3), ([1, 1, 2, 2], 1), ([4, 0, 4, 1, 2], 2),
      ([0, 0, 0, 3, 3, 3], 0),
    ])
  func examples(values: [Int], median: Int) {
    #expect(OrdinalMedian.lower(of: values) == median)
  }

  @Test("Is the smallest value with at least half the values at or below it; counts agree")
  func definition() throws {
    var generator = Xoshiro256StarStar(seed: 1996)
    for _ in 0..<300 {
      let count = 1 + generator.uniform(below: 60)
      let levels = 1 + generator.uniform(below: 6)
      let values = (0..<count).map { _ in generator.uniform(below: levels) }
      let median = try #require(OrdinalMedian.lower(of: values))
      let atOrBelow = { (v: Int) in values.filter { $0 <= v }.count }
      #expect(2 * atOrBelow(median) >= count)
      #expect(values.allSatisfy { $0 >= median || 2 * atOrBelow($0) < count })
      var counts = [Int](repeating: 0, count: levels)
      for value in values { counts[value] += 1 }
      #expect(OrdinalMedian.lower(levelCounts: counts) == median)
    }
  }

  @Test("No values, or negative counts, give nil")
  func edges() {
    #expect(OrdinalMedian.lower(of: [Int]()) == nil)
    #expect(OrdinalMedian.lower(levelCounts: []) == nil)
    #expect(OrdinalMedian.lower(levelCounts: [0, 0]) == nil)
    #expect(OrdinalMedian.lower(levelCounts: [2, -1]) == nil)
    #expect(OrdinalMedian.lower(levelCounts: [0, 0, 5]) == 2)
  }
}
