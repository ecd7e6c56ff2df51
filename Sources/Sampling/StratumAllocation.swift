/// Splits a sample size across strata, exactly and reproducibly.
///
/// Let stratum *h* have *N_h* units, let *K* be the minimum per stratum, and let
/// *w_h* = *N_h* (proportional) or 1 (equal). Each stratum gets a real *quota*
/// *q_h* = min(*N_h*, max(min(*K*, *N_h*), *λ·w_h*)), where the level *λ* is chosen so the quotas
/// add up to the sample size *n* ("water-filling": strata too small for their share give all
/// they have, strata below the minimum are raised to it, and the rest share what is left in
/// proportion to *w_h*). The quotas are unique and are computed in exact integer arithmetic.
///
/// The quotas are then rounded by largest remainders (Hamilton's method): every stratum gets
/// ⌊*q_h*⌋, and the units still missing go one each to the strata with the largest fractional
/// parts, ties going to the larger stratum and then to the stratum key that sorts first
/// (byte-wise UTF-8). The result always adds up to *n*, never exceeds a stratum's size and never
/// falls below min(*K*, *N_h*).
public enum StratumAllocation {
  /// Returns the number of units to draw from each stratum, in the order given.
  ///
  /// - Parameters:
  ///   - strata: each stratum's key (used only to break ties) and number of units (at least 1).
  ///   - total: the sample size, from 1 to the total number of units.
  ///   - method: proportional or equal shares.
  ///   - minimumPerStratum: the least each stratum gets, capped by its size.
  /// - Returns: one allocation per stratum, adding up to `total`.
  /// - Throws: ``SamplingError`` when the request is infeasible or malformed.
  /// - Complexity: O(*H* log *H*) for *H* strata.
  public static func allocate(
    strata: [(key: String, size: Int)], total: Int, method: AllocationMethod,
    minimumPerStratum: Int
  ) throws(SamplingError) -> [Int] {
    guard total >= 1 else { throw .sizeNotPositive(total) }
    guard minimumPerStratum >= 0 else { throw .negativeMinimumPerStratum(minimumPerStratum) }
    var seen = Set<String>()
    for stratum in strata {
      guard stratum.size >= 1 else { throw .emptyStratum(key: stratum.key) }
      guard seen.insert(stratum.key).inserted else { throw .duplicateStratumKey(stratum.key) }
    }
    let sizes = strata.map(\.size)
    let units = sizes.reduce(0, +)
    guard total <= units else {
      throw .sizeExceedsEligible(size: total, eligible: units, unit: .child)
    }
    let lower = sizes.map { min(minimumPerStratum, $0) }
    let required = lower.reduce(0, +)
    guard required <= total else {
      throw .minimumExceedsSize(
        minimumPerStratum: minimumPerStratum, strata: strata.count, required: required,
        size: total)
    }
    if required == total { return lower }
    let weights = method == .proportional ? sizes : Array(repeating: 1, count: sizes.count)
    let bounds = Bounds(lower: lower, upper: sizes, weights: weights)
    let quotas = bounds.quotas(total: total)
    return roundByLargestRemainders(quotas, total: total, strata: strata)
  }

  /// Hamilton's rounding with the documented tie-break.
  private static func roundByLargestRemainders(
    _ quotas: Quotas, total: Int, strata: [(key: String, size: Int)]
  ) -> [Int] {
    var result = quotas.whole
    let missing = total - result.reduce(0, +)
    guard missing > 0 else { return result }
    let order = strata.indices.sorted { a, b in
      if quotas.remainders[a] != quotas.remainders[b] {
        return quotas.remainders[a] > quotas.remainders[b]
      }
      if strata[a].size != strata[b].size { return strata[a].size > strata[b].size }
      return ByteOrder.precedes(strata[a].key, strata[b].key)
    }
    for index in order.prefix(missing) { result[index] += 1 }
    return result
  }
}

extension StratumAllocation {
  /// Quotas as whole parts plus remainders over one common denominator.
  struct Quotas {
    /// ⌊*q_h*⌋ for each stratum.
    var whole: [Int]
    /// The numerators of *q_h* − ⌊*q_h*⌋ over a denominator shared by all strata.
    var remainders: [Int]
  }

  /// A non-negative rational number `numerator / denominator`, `denominator > 0`.
  struct Ratio {
    var numerator: Int
    var denominator: Int

    static func < (a: Ratio, b: Ratio) -> Bool {
      a.numerator * b.denominator < b.numerator * a.denominator
    }
  }

  /// The clamps and weights of the water-filling problem.
  struct Bounds {
    var lower: [Int]
    var upper: [Int]
    var weights: [Int]

    /// The exact quotas at the level where they add up to `total`; needs
    /// `sum(lower) < total <= sum(upper)`.
    func quotas(total: Int) -> Quotas {
      var levels = [Ratio(numerator: 0, denominator: 1)]
      for h in weights.indices {
        levels.append(Ratio(numerator: lower[h], denominator: weights[h]))
        levels.append(Ratio(numerator: upper[h], denominator: weights[h]))
      }
      levels.sort(by: <)
      // Binary search for the first level whose clamped sum reaches `total` (the sum is a
      // non-decreasing function of the level, below `total` at 0 and reaching it at the top).
      var low = 0
      var high = levels.count - 1
      while low < high {
        let middle = (low + high) / 2
        if reaches(total, at: levels[middle]) { high = middle } else { low = middle + 1 }
      }
      let above = levels[low]
      let below = levels[max(low - 1, 0)]
      // Between `below` and `above` no stratum changes state: those whose upper level is at or
      // under `below` sit at their size, those whose lower level is at or over `above` sit at
      // their minimum, and the rest are free and share what is left in proportion to weight.
      var whole = [Int](repeating: 0, count: weights.count)
      var free: [Int] = []
      var fixedSum = 0
      var freeWeight = 0
      for h in weights.indices {
        if !(below < Ratio(numerator: upper[h], denominator: weights[h])) {
          whole[h] = upper[h]
          fixedSum += upper[h]
        } else if !(Ratio(numerator: lower[h], denominator: weights[h]) < above) {
          whole[h] = lower[h]
          fixedSum += lower[h]
        } else {
          free.append(h)
          freeWeight += weights[h]
        }
      }
      var remainders = [Int](repeating: 0, count: weights.count)
      let left = total - fixedSum
      if freeWeight > 0 {
        for h in free {
          whole[h] = left * weights[h] / freeWeight
          remainders[h] = left * weights[h] % freeWeight
        }
      }
      return Quotas(whole: whole, remainders: remainders)
    }

    /// Whether the clamped quotas at `level` add up to `total` or more.
    private func reaches(_ total: Int, at level: Ratio) -> Bool {
      var fixedSum = 0
      var freeWeight = 0
      for h in weights.indices {
        let scaled = level.numerator * weights[h]
        if scaled <= lower[h] * level.denominator {
          fixedSum += lower[h]
        } else if scaled >= upper[h] * level.denominator {
          fixedSum += upper[h]
        } else {
          freeWeight += weights[h]
        }
      }
      return fixedSum * level.denominator + level.numerator * freeWeight
        >= total * level.denominator
    }
  }
}
