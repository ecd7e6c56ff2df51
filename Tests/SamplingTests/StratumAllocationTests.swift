import Sampling
import Statistics
import Testing

struct StratumAllocationTests {
  struct Example: Sendable, CustomStringConvertible {
    var sizes: [Int]
    var total: Int
    var method: AllocationMethod
    var minimum: Int
    var expected: [Int]
    var description: String { "\(method) \(sizes) n=\(total) K=\(minimum)" }
  }

  /// Worked by hand: quotas, floors, then largest remainders (ties: larger stratum, key order).
  static let examples: [Example] = [
    // Quotas 5.3, 2.4, 2.3: floors 9, one left, to the largest remainder 0.4.
    Example(
      sizes: [53, 24, 23], total: 10, method: .proportional, minimum: 0, expected: [5, 3, 2]),
    // Quotas 2.5 and 2.5: one left, tie on remainder and size, to the first key.
    Example(sizes: [10, 10], total: 5, method: .proportional, minimum: 0, expected: [3, 2]),
    // Quotas 1.5, 1.5 (sizes 20 and 20) and 3 (size 40): tie on remainder and size again.
    Example(
      sizes: [20, 20, 40], total: 6, method: .proportional, minimum: 0, expected: [2, 1, 3]),
    // Equal: level 13.5, the 3-case stratum gives all 3; the leftover unit to the larger (100).
    Example(sizes: [100, 3, 50], total: 30, method: .equal, minimum: 0, expected: [14, 3, 13]),
    // Equal: 10 over 3 strata: 3.33 each, one left, to the largest stratum.
    Example(sizes: [5, 9, 7], total: 10, method: .equal, minimum: 0, expected: [3, 4, 3]),
    // Minimum 3: the 2-case stratum gives 2, the 8-case one is raised to 3, the rest gets 5.
    Example(sizes: [90, 8, 2], total: 10, method: .proportional, minimum: 3, expected: [5, 3, 2]),
    // Minimum 2 with four strata of 97, 1, 1, 1: 1 each from the small ones, 7 from the large.
    Example(
      sizes: [97, 1, 1, 1], total: 10, method: .proportional, minimum: 2, expected: [7, 1, 1, 1]),
    // Everything: each stratum gives all it has.
    Example(sizes: [4, 6], total: 10, method: .equal, minimum: 0, expected: [4, 6]),
    // Minimum equals the size: exactly the minimums.
    Example(
      sizes: [50, 50, 50], total: 6, method: .proportional, minimum: 2, expected: [2, 2, 2]),
  ]

  @Test(arguments: examples)
  func workedExample(_ example: Example) throws {
    let strata = example.sizes.enumerated().map { (key: "s\($0.offset)", size: $0.element) }
    let allocation = try StratumAllocation.allocate(
      strata: strata, total: example.total, method: example.method,
      minimumPerStratum: example.minimum)
    #expect(allocation == example.expected)
  }

  /// Property: over many random stratum-size vectors, sizes and minimums, every allocation adds
  /// up to n, stays within [min(K, N_h), N_h], and (proportional, K = 0) equals an independent
  /// exact Hamilton apportionment.
  @Test(arguments: AllocationMethod.allCases)
  func allocationsAlwaysAddUp(_ method: AllocationMethod) throws {
    var generator = Xoshiro256StarStar(seed: 2027)
    for _ in 0..<3_000 {
      let count = 1 + generator.uniform(below: 12)
      let sizes = (0..<count).map { _ in 1 + generator.uniform(below: 60) }
      // Zero-padded keys, so that key order (the last tie-break) is index order.
      let strata = sizes.enumerated().map {
        (key: "k" + ($0.offset < 10 ? "0" : "") + "\($0.offset)", size: $0.element)
      }
      let total = 1 + generator.uniform(below: sizes.reduce(0, +))
      let minimum = generator.uniform(below: 3) == 0 ? 0 : generator.uniform(below: 6)
      let lower = sizes.map { min(minimum, $0) }
      guard lower.reduce(0, +) <= total else {
        #expect(throws: SamplingError.self) {
          try StratumAllocation.allocate(
            strata: strata, total: total, method: method, minimumPerStratum: minimum)
        }
        continue
      }
      let allocation = try StratumAllocation.allocate(
        strata: strata, total: total, method: method, minimumPerStratum: minimum)
      #expect(allocation.reduce(0, +) == total, "\(sizes) n=\(total) K=\(minimum)")
      for h in sizes.indices {
        #expect(allocation[h] <= sizes[h] && allocation[h] >= lower[h], "\(sizes) n=\(total)")
      }
      if method == .proportional && minimum == 0 {
        #expect(allocation == Self.hamilton(sizes, total), "\(sizes) n=\(total)")
      }
      if method == .equal && minimum == 0 {
        let uncapped = sizes.indices.filter { allocation[$0] < sizes[$0] }.map { allocation[$0] }
        if let low = uncapped.min(), let high = allocation.max() {
          #expect(high - low <= 1, "\(sizes) n=\(total) gave \(allocation)")
        }
      }
    }
  }

  @Test func minimumPerStratumIsHonoured() throws {
    let allocation = try StratumAllocation.allocate(
      strata: [("big", 500), ("mid", 40), ("small", 6), ("tiny", 2)], total: 20,
      method: .proportional, minimumPerStratum: 4)
    // Proportional shares 19.2, 1.5, 0.2, 0.1: the small strata are raised to 4 (or all they
    // have) and the large one gives up the difference.
    #expect(allocation == [10, 4, 4, 2])
  }

  @Test func infeasibleMinimumIsATypedError() {
    #expect(
      throws: SamplingError.minimumExceedsSize(
        minimumPerStratum: 5, strata: 3, required: 15, size: 12)
    ) {
      try StratumAllocation.allocate(
        strata: [("a", 30), ("b", 30), ("c", 30)], total: 12, method: .equal,
        minimumPerStratum: 5)
    }
  }

  @Test func malformedStrataAreTypedErrors() {
    #expect(throws: SamplingError.emptyStratum(key: "b")) {
      try StratumAllocation.allocate(
        strata: [("a", 3), ("b", 0)], total: 2, method: .equal, minimumPerStratum: 0)
    }
    #expect(throws: SamplingError.duplicateStratumKey("a")) {
      try StratumAllocation.allocate(
        strata: [("a", 3), ("a", 4)], total: 2, method: .equal, minimumPerStratum: 0)
    }
    #expect(throws: SamplingError.sizeExceedsEligible(size: 8, eligible: 7, unit: .child)) {
      try StratumAllocation.allocate(
        strata: [("a", 3), ("b", 4)], total: 8, method: .proportional, minimumPerStratum: 0)
    }
  }

  /// Hamilton's method written independently: quotas n·N_h/ΣN as exact fractions.
  static func hamilton(_ sizes: [Int], _ total: Int) -> [Int] {
    let denominator = sizes.reduce(0, +)
    var result = sizes.map { total * $0 / denominator }
    let remainders = sizes.map { total * $0 % denominator }
    let order = sizes.indices.sorted {
      (remainders[$0], sizes[$0], -$0) > (remainders[$1], sizes[$1], -$1)
    }
    for h in order.prefix(total - result.reduce(0, +)) { result[h] += 1 }
    return result
  }
}
