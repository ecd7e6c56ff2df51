/// Cohen's kappa (unweighted and quadratic-weighted), Fleiss' kappa and Krippendorff's alpha for
/// units rated exactly twice, computed from their k × k table of rating pairs alone.
///
/// When every pairable unit has two ratings, each coefficient depends on the ratings only
/// through that table: Cohen's kappa by definition (Cohen 1960, 1968); Fleiss' Pᵢ is 1 for an
/// agreeing pair and 0 otherwise, so P̄ is the table's trace over N and pⱼ its row and column
/// totals over 2N (Fleiss 1971); Krippendorff's coincidences are oᶜᵏ = tᶜᵏ + tᵏᶜ, each unit's
/// pair weighted 1/(mᵤ − 1) = 1, with nᶜ the row plus column totals (Krippendorff 2011, §E).
/// A bootstrap replicate then costs one pass to count the pairs and O(k²) for the four
/// coefficients, instead of re-reading every rating; the results equal those of
/// ``CohensKappa``, ``FleissKappa`` and ``KrippendorffAlpha`` on the same ratings (a test
/// checks it on generated data).
public enum PairedAgreement {
  /// The four coefficients, each `nil` where it is undefined.
  public struct Coefficients: Sendable, Hashable {
    /// Cohen's kappa, first rating against second.
    public var cohenKappa: Double?
    /// Cohen's kappa with quadratic weights on the category ranks (`nil` unless ordered).
    public var weightedKappa: Double?
    /// Fleiss' kappa.
    public var fleissKappa: Double?
    /// Krippendorff's alpha, ordinal when ordered, else nominal.
    public var alpha: Double?
  }

  /// The coefficients of `table`, a flat k × k table of counts: `table[first * k + second]`
  /// units whose first rating is category `first` and second `second`; `ordered` says the
  /// categories are ranks (ordinal alpha and weighted kappa).
  ///
  /// - Complexity: O(k²).
  public static func coefficients(table: [Int], categories k: Int, ordered: Bool) -> Coefficients {
    precondition(table.count == k * k, "the table must be k × k")
    var result = Coefficients()
    let units = table.reduce(0, +)
    guard units > 0 else { return result }
    let nested = (0..<k).map { Array(table[($0 * k)..<(($0 + 1) * k)]) }
    result.cohenKappa = CohensKappa.estimate(table: nested, weighting: .unweighted)?.value
    if ordered {
      result.weightedKappa = CohensKappa.estimate(table: nested, weighting: .quadratic)?.value
    }
    // nᶜ: every rating in category c, first or second.
    var totals = [Double](repeating: 0, count: k)
    var trace = 0
    for first in 0..<k {
      for second in 0..<k {
        let count = table[first * k + second]
        totals[first] += Double(count)
        totals[second] += Double(count)
        if first == second { trace += count }
      }
    }
    let n = Double(2 * units)
    // Fleiss (1971).
    let expectedAgreement = totals.reduce(0.0) { $0 + ($1 / n) * ($1 / n) }
    if expectedAgreement < 1 {
      let observed = Double(trace) / Double(units)
      result.fleissKappa = (observed - expectedAgreement) / (1 - expectedAgreement)
    }
    // Krippendorff (2011): ordinal δ² between mid-ranks, nominal δ = 1 for different values.
    var scores = [Double](repeating: 0, count: k)
    var below = 0.0
    for c in 0..<k {
      scores[c] = ordered ? below + totals[c] / 2 : Double(c)
      below += totals[c]
    }
    func delta(_ c: Int, _ d: Int) -> Double {
      guard c != d else { return 0 }
      guard ordered else { return 1 }
      let gap = scores[c] - scores[d]
      return gap * gap
    }
    var observedSum = 0.0
    var expectedSum = 0.0
    for c in 0..<k {
      for d in 0..<k where c != d {
        // oᶜᵈ = tᶜᵈ + tᵈᶜ.
        observedSum += Double(table[c * k + d] + table[d * k + c]) * delta(c, d)
        expectedSum += totals[c] * totals[d] * delta(c, d)
      }
    }
    if expectedSum > 0 {
      let observed = observedSum / n
      let expected = expectedSum / (n * (n - 1))
      result.alpha = 1 - observed / expected
    }
    return result
  }
}
