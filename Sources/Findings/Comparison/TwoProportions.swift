import Statistics

/// Two independent proportions compared: the Newcombe interval for their difference, Fisher's
/// exact test and the minimum detectable difference.
struct TwoProportions {
  let beforeFinding: ProportionFinding
  let afterFinding: ProportionFinding
  /// Newcombe's hybrid score interval for after − before, or `nil` when a round is empty.
  let interval: ConfidenceInterval?
  let fisherP: Double?
  let minimumDetectableDifference: Double?

  /// Compares `(count, n)` before and after.
  init(before: (count: Int, n: Int), after: (count: Int, n: Int)) {
    beforeFinding = ProportionFinding(count: before.count, n: before.n)
    afterFinding = ProportionFinding(count: after.count, n: after.n)
    guard before.n > 0, after.n > 0 else {
      interval = nil
      fisherP = nil
      minimumDetectableDifference = nil
      return
    }
    // Newcombe (1998) method 10: after − before.
    interval = ProportionDifference.newcombeInterval(
      BinomialCount(successes: after.count, trials: after.n),
      BinomialCount(successes: before.count, trials: before.n))
    fisherP =
      FisherExact.test(
        a: after.count, b: after.n - after.count, c: before.count, d: before.n - before.count)?
      .twoSided
    let baseline = Double(before.count) / Double(before.n)
    if baseline > 0, baseline < 1 {
      minimumDetectableDifference = try? SampleSize.minimumDetectableDifference(
        n1: before.n, n2: after.n, baseline: baseline)
    } else {
      minimumDetectableDifference = nil
    }
  }

  /// Whether either denominator is below the indicative threshold.
  var indicativeOnly: Bool { beforeFinding.isIndicativeOnly || afterFinding.isIndicativeOnly }
}
