public import Statistics

/// A count out of a denominator, with its Wilson 95% interval and a small-sample flag.
///
/// Every percentage CaseAudit shows comes from one of these, so no percentage ever travels
/// without its count, denominator and interval.
public struct ProportionFinding: Sendable, Hashable, Codable {
  /// How many cases had the property.
  public let count: Int
  /// How many cases it was judged in.
  public let n: Int
  /// `count / n`, or `nil` when `n` is zero.
  public let proportion: Double?
  /// The Wilson score interval at 95% (Newcombe 1998 method 3), or `nil` when `n` is zero.
  public let interval: ProportionInterval?

  /// Below this many cases a finding is "indicative only".
  public static let indicativeThreshold = 10

  /// Creates a finding; `count` must lie in `0...n`.
  public init(count: Int, n: Int) {
    precondition(n >= 0 && count >= 0 && count <= n, "a count must lie between 0 and n")
    self.count = count
    self.n = n
    proportion = n > 0 ? Double(count) / Double(n) : nil
    interval = Wilson.interval(successes: count, n: n)
  }

  /// Whether the denominator is too small to read as more than an indication.
  public var isIndicativeOnly: Bool { n < Self.indicativeThreshold }

  /// The finding in words: "18 of 40 cases (45%, 95% CI 31–60%)".
  ///
  /// Percentages are whole numbers, rounded half away from zero; the interval's limits are
  /// rounded to the nearest whole percent, as published audit reports show them.
  public var phrase: String {
    guard let proportion, let interval else { return "no cases (0 of 0)" }
    let noun = n == 1 ? "case" : "cases"
    let flag = isIndicativeOnly ? "; indicative only" : ""
    return "\(count) of \(n) \(noun) (\(Self.percent(proportion)), 95% CI "
      + "\(Self.whole(interval.lower))–\(Self.percent(interval.upper))\(flag))"
  }

  /// A proportion as a whole percentage: 0.45 → "45%".
  public static func percent(_ proportion: Double) -> String { "\(whole(proportion))%" }

  private static func whole(_ proportion: Double) -> Int {
    Int((proportion * 100).rounded(.toNearestOrAwayFromZero))
  }
}
