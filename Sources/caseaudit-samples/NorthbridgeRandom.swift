import Foundation
import Statistics

/// The Northbridge generator's randomness: a seeded xoshiro256** with the draws the model needs.
///
/// Every part of the generator takes its own *stream*, seeded from the run's seed and a name
/// (`NorthbridgeRandom(seed:stream:)`), so changing how one part draws leaves the others' output
/// as it was. Nothing reads the system's randomness or the clock.
struct NorthbridgeRandom {
  private var generator: Xoshiro256StarStar

  /// A generator for the stream `name` of the run seeded with `seed`.
  init(seed: UInt64, stream name: String) {
    generator = Xoshiro256StarStar(seed: seed ^ Self.fnv1a(name))
  }

  /// FNV-1a, 64-bit (Fowler, Noll and Vo; IETF draft-eastlake-fnv §2): a stable hash of a name.
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// A whole number in `0..<bound`.
  mutating func int(below bound: Int) -> Int { generator.uniform(below: bound) }

  /// A whole number in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + generator.uniform(below: range.count)
  }

  /// A double in `[0, 1)`.
  mutating func unit() -> Double { generator.unitDouble() }

  /// True with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool { unit() < probability }

  /// A standard normal deviate.
  ///
  /// The Box–Muller transform (Box and Muller, *Ann. Math. Statist.* 29, 1958), using one of
  /// the pair.
  mutating func normal() -> Double {
    let u1 = 1 - unit()  // (0, 1], so the logarithm is finite
    let u2 = unit()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// Standard normal deviates stratified by Latin hypercube sampling.
  ///
  /// One from each of `count` equal-probability slices, in random order (McKay, Beckman and
  /// Conover, *Technometrics* 21, 1979). Each draw is still standard normal, but a small
  /// sample's spread matches the distribution closely, so forty cases land near their
  /// calibrated shares.
  mutating func stratifiedNormals(count: Int) -> [Double] {
    var order = Array(0..<count)
    for i in 0..<count {
      order.swapAt(i, i + int(below: count - i))
    }
    return order.map { slice in
      let p = (Double(slice) + unit()) / Double(count)
      return Normal.quantile(min(max(p, 1e-12), 1 - 1e-12))
    }
  }

  /// One element of a non-empty array, uniformly.
  mutating func pick<Element>(_ items: [Element]) -> Element { items[int(below: items.count)] }

  /// An index chosen with probability proportional to its weight (weights non-negative, some
  /// positive).
  mutating func weighted(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    var target = unit() * total
    for (index, weight) in weights.enumerated() {
      if target < weight { return index }
      target -= weight
    }
    return weights.count - 1
  }
}
