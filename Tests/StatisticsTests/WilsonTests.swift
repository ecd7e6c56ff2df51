import Statistics
import Testing

/// The Wilson limits found the slow way: bisection on |p̂ − p| = z·√(p(1 − p)/n), below and
/// above p̂ (Wilson 1927, the definition of the score interval).
private func wilsonByBisection(successes: Int, n: Int, z: Double) -> (Double, Double) {
  let estimate = Double(successes) / Double(n)
  // Positive where p lies outside the interval.
  func excess(_ p: Double) -> Double {
    let difference = estimate - p
    return difference * difference - z * z * p * (1 - p) / Double(n)
  }
  func root(from inside: Double, to outside: Double) -> Double {
    var (inner, outer) = (inside, outside)
    for _ in 0..<200 {
      let middle = (inner + outer) / 2
      if excess(middle) > 0 { outer = middle } else { inner = middle }
    }
    return (inner + outer) / 2
  }
  let lower = excess(0) > 0 ? root(from: estimate, to: 0) : 0
  let upper = excess(1) > 0 ? root(from: estimate, to: 1) : 1
  return (lower, upper)
}

@Suite("Wilson score interval")
struct WilsonTests {
  @Test("18 of 40 at 95%: 0.307 to 0.602 (the worked example in the issue)")
  func workedExample() throws {
    let interval = try #require(Wilson.interval(successes: 18, n: 40))
    #expect(isClose(interval.lower, 0.307, absolute: 0.0005))
    #expect(isClose(interval.upper, 0.602, absolute: 0.0005))
    #expect(interval.contains(18.0 / 40))
  }

  @Test(
    "Newcombe (1998) Table I, method 3 (score interval without continuity correction)",
    arguments: [
      (81, 263, 0.2553, 0.3662),
      (15, 148, 0.0624, 0.1605),
      (0, 20, 0.0, 0.1611),
      (1, 29, 0.0061, 0.1718),
    ])
  func newcombeTableI(successes: Int, n: Int, lower: Double, upper: Double) throws {
    let interval = try #require(Wilson.interval(successes: successes, n: n))
    // The table prints four decimal places.
    #expect(isClose(interval.lower, lower, absolute: 0.00005), "lower \(interval.lower)")
    #expect(isClose(interval.upper, upper, absolute: 0.00005), "upper \(interval.upper)")
  }

  @Test(
    "No successes give a lower limit of exactly 0; all successes an upper limit of 1",
    arguments: [1, 2, 5, 40, 1000])
  func edges(n: Int) throws {
    let none = try #require(Wilson.interval(successes: 0, n: n))
    let all = try #require(Wilson.interval(successes: n, n: n))
    #expect(none.lower == 0)
    #expect(none.upper > 0 && none.upper < 1)
    #expect(all.upper == 1)
    #expect(all.lower > 0 && all.lower < 1)
    // Swapping successes and failures mirrors the interval.
    #expect(isClose(all.lower, 1 - none.upper, absolute: 1e-15))
  }

  @Test("Invalid input gives nil rather than a trap")
  func invalidInput() {
    #expect(Wilson.interval(successes: 0, n: 0) == nil)
    #expect(Wilson.interval(successes: -1, n: 10) == nil)
    #expect(Wilson.interval(successes: 11, n: 10) == nil)
    #expect(Wilson.interval(successes: 1, n: -10) == nil)
    #expect(Wilson.interval(successes: 1, n: 10, confidence: 0) == nil)
    #expect(Wilson.interval(successes: 1, n: 10, confidence: 1) == nil)
    #expect(Wilson.interval(successes: 1, n: 10, confidence: .nan) == nil)
  }

  @Test(
    "Agrees with bisection on the defining equation for generated (x, n) pairs",
    arguments: [0.8, 0.9, 0.95, 0.99])
  func agreesWithBisection(confidence: Double) throws {
    let z = Normal.quantile(1 - (1 - confidence) / 2)
    var generator = Xoshiro256StarStar(seed: 1998)
    for _ in 0..<500 {
      let n = 1 + generator.uniform(below: 2000)
      let successes = generator.uniform(below: n + 1)
      let interval = try #require(
        Wilson.interval(successes: successes, n: n, confidence: confidence))
      let (lower, upper) = wilsonByBisection(successes: successes, n: n, z: z)
      #expect(isClose(interval.lower, lower, absolute: 1e-12), "\(successes)/\(n)")
      #expect(isClose(interval.upper, upper, absolute: 1e-12), "\(successes)/\(n)")
      #expect(interval.lower <= interval.upper)
      #expect(interval.contains(Double(successes) / Double(n)))
    }
  }

  @Test("Higher confidence gives a wider interval")
  func widensWithConfidence() throws {
    let narrow = try #require(Wilson.interval(successes: 12, n: 30, confidence: 0.9))
    let wide = try #require(Wilson.interval(successes: 12, n: 30, confidence: 0.99))
    #expect(wide.lower < narrow.lower && narrow.upper < wide.upper)
    #expect(wide.width > narrow.width)
  }
}
