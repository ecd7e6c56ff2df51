/// Percentile bootstrap intervals over units (Efron and Tibshirani, *An Introduction to the
/// Bootstrap*, 1993, §13.3), resampling whole units — for agreement, whole cases, as
/// Krippendorff (2011) and Hayes and Krippendorff (2007) recommend for α.
///
/// Each replicate draws n units with replacement from the n observed (indices from one seeded
/// ``Xoshiro256StarStar`` stream, so an interval is reproducible from its seed). The interval
/// is the bias-corrected percentile interval (Efron 1981; Efron and Tibshirani 1993, §14.3):
/// with z₀ = Φ⁻¹(share of replicates below the observed statistic), the Φ(2z₀ ∓ z)
/// percentiles of the replicates (type-7 quantiles, as R's default) — the plain 2.5th and
/// 97.5th percentiles when the replicates centre on the observed value. Bias correction matters
/// for kappa and alpha, whose sampling distributions are skewed near their bounds. Replicates whose statistic is undefined are left out; when more than half are, or
/// fewer than 2 units were observed, there is no interval.
public enum Bootstrap {
  /// The limits, the replicates used, and the seed.
  public struct Interval: Sendable, Hashable, Codable {
    /// The lower limit.
    public var lower: Double
    /// The upper limit.
    public var upper: Double
    /// The replicates whose statistic was defined.
    public var replicates: Int
  }

  /// Resamples `units` units `replicates` times; `statistic` gets each replicate's unit indices
  /// (0..<units, with repeats) and returns the statistic, or `nil` when it is undefined.
  public static func percentileIntervals(
    units: Int, replicates: Int, seed: UInt64, confidence: Double = 0.95,
    statistics: ([Int]) -> [Double?]
  ) -> [Interval?] {
    summaries(
      units: units, replicates: replicates, seed: seed, confidence: confidence,
      statistics: statistics
    ).map(\.interval)
  }

  /// One statistic's bootstrap: its interval and the standard deviation of its defined
  /// replicates (the bootstrap standard error, Efron and Tibshirani 1993, §6.2).
  public struct Summary: Sendable, Hashable {
    /// The bias-corrected percentile interval, or `nil` (see ``Bootstrap``).
    public var interval: Interval?
    /// The bootstrap standard error, or `nil` when there is no interval.
    public var standardError: Double?
  }

  /// As ``percentileIntervals(units:replicates:seed:confidence:statistics:)``, with each
  /// statistic's bootstrap standard error beside its interval.
  ///
  /// With `strata` (contiguous ranges covering 0..<units), each replicate resamples within
  /// each stratum separately, keeping the strata's sizes — the stratified bootstrap of Davison
  /// and Hinkley (1997, §3.2), used when groups are fixed by the design.
  public static func summaries(
    units: Int, replicates: Int, seed: UInt64, confidence: Double = 0.95,
    strata: [Range<Int>]? = nil, statistics: ([Int]) -> [Double?]
  ) -> [Summary] {
    guard units >= 2, replicates >= 1 else { return [] }
    let ranges = strata?.filter { !$0.isEmpty } ?? [0..<units]
    let observed = statistics(Array(0..<units))
    var generator = Xoshiro256StarStar(seed: seed)
    var values: [[Double]] = []
    var indices = [Int](repeating: 0, count: units)
    for _ in 0..<replicates {
      for range in ranges {
        for position in range {
          indices[position] = range.lowerBound + generator.uniform(below: range.count)
        }
      }
      let results = statistics(indices)
      if values.isEmpty { values = Array(repeating: [], count: results.count) }
      for (slot, result) in results.enumerated() {
        if let result, result.isFinite { values[slot].append(result) }
      }
    }
    let z = Normal.quantile(1 - (1 - confidence) / 2)
    return values.enumerated().map { slot, sample in
      guard sample.count * 2 >= replicates, sample.count >= 2 else {
        return Summary(interval: nil, standardError: nil)
      }
      let sorted = sample.sorted()
      var lowerShare = (1 - confidence) / 2
      var upperShare = 1 - lowerShare
      if slot < observed.count, let value = observed[slot] {
        // z₀ from the share below the observed value (ties count half), kept off 0 and 1.
        let below = Double(sorted.count { $0 < value }) + Double(sorted.count { $0 == value }) / 2
        let share = min(
          max(below / Double(sorted.count), 0.5 / Double(sorted.count)),
          1 - 0.5 / Double(sorted.count))
        let z0 = Normal.quantile(share)
        lowerShare = Normal.cdf(2 * z0 - z)
        upperShare = Normal.cdf(2 * z0 + z)
      }
      let mean = sample.reduce(0, +) / Double(sample.count)
      let variance =
        sample.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(sample.count - 1)
      return Summary(
        interval: Interval(
          lower: quantile(sorted, lowerShare), upper: quantile(sorted, upperShare),
          replicates: sample.count),
        standardError: variance.squareRoot())
    }
  }

  /// The type-7 quantile of sorted values (Hyndman and Fan 1996): linear interpolation between
  /// order statistics at h = (n − 1)p.
  static func quantile(_ sorted: [Double], _ p: Double) -> Double {
    let h = Double(sorted.count - 1) * p
    let low = Int(h.rounded(.down))
    let high = min(sorted.count - 1, low + 1)
    return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
  }
}
