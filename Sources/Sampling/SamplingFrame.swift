import CaseList

/// The eligible population of a draw, in canonical order, grouped into units and strata.
struct SamplingFrame {
  /// One stratum: its key, code and units (positions in ``units``) in canonical order.
  struct Stratum {
    var key: String
    var code: Int
    var units: [Int]
    /// Whether the stratum is inside the oversampled group; `nil` without oversampling.
    var inGroup: Bool? = nil
  }

  /// The sampling units.
  var units: UnitTable
  /// The strata, in key order (byte-wise UTF-8).
  var strata: [Stratum]
  /// The coder that gave the strata their codes.
  var coder: StratumCoder
  /// The unborn children the filters left out (counted, not drawn).
  var unbornExcluded: Int

  /// Filters, orders, groups and stratifies `population` as `spec` asks.
  ///
  /// - Complexity: O(*N*) when the population is sorted by id, O(*N* log *N*) otherwise.
  init(population: [CaseRecord], spec: SampleSpec) throws(SamplingError) {
    var (eligible, unbornExcluded) = EligibilityFilter(spec).eligibleIndices(in: population)
    self.unbornExcluded = unbornExcluded
    try CanonicalOrder.arrange(&eligible, of: population)
    guard !eligible.isEmpty else { throw .noEligibleCases(populationSize: population.count) }
    var coder = StratumCoder(dimensions: spec.stratifyBy)
    let grouped = population.withUnsafeBufferPointer { buffer in
      let units = UnitTable(eligible: eligible, population: buffer, unit: spec.unit)
      return (units, Self.stratify(units, buffer, &coder))
    }
    units = grouped.0
    self.coder = coder
    strata = grouped.1
    if let oversample = spec.oversample { split(by: oversample, population: population) }
  }

  /// Splits every stratum into the part inside the oversampled group and the rest (by each
  /// unit's lead child), keys extended with `|previousPlans>=1=yes` or `=no` and re-sorted.
  private mutating func split(by oversample: Oversample, population: [CaseRecord]) {
    var parts: [Stratum] = []
    for stratum in strata {
      var inside = Stratum(key: "", code: stratum.code, units: [], inGroup: true)
      var outside = Stratum(key: "", code: stratum.code, units: [], inGroup: false)
      for unit in stratum.units {
        if oversample.contains(population[units.leads[unit]]) {
          inside.units.append(unit)
        } else {
          outside.units.append(unit)
        }
      }
      let base = stratum.key == StratumCoder.unstratifiedKey ? "" : stratum.key + "|"
      inside.key = base + oversample.key + "=yes"
      outside.key = base + oversample.key + "=no"
      if !inside.units.isEmpty { parts.append(inside) }
      if !outside.units.isEmpty { parts.append(outside) }
    }
    strata = parts.sorted { ByteOrder.precedes($0.key, $1.key) }
  }

  /// Groups the units by the stratum of their lead child, strata in key order.
  private static func stratify(
    _ units: UnitTable, _ population: UnsafeBufferPointer<CaseRecord>, _ coder: inout StratumCoder
  ) -> [Stratum] {
    // Codes are small and dense (see `StratumCoder`), so an array maps them to strata.
    var stratumOfCode: [Int] = []
    var found: [Stratum] = []
    var stratumOfUnit = [Int](repeating: 0, count: units.count)
    var counts: [Int] = []
    for unit in 0..<units.count {
      let code = coder.code(of: units.leads[unit], in: population)
      if code >= stratumOfCode.count {
        stratumOfCode += repeatElement(-1, count: max(code + 1 - stratumOfCode.count, 256))
      }
      let known = stratumOfCode[code]
      if known >= 0 {
        stratumOfUnit[unit] = known
        counts[known] += 1
      } else {
        stratumOfCode[code] = found.count
        stratumOfUnit[unit] = found.count
        found.append(
          Stratum(key: coder.key(of: population[units.leads[unit]]), code: code, units: []))
        counts.append(1)
      }
    }
    for index in found.indices { found[index].units.reserveCapacity(counts[index]) }
    for unit in 0..<units.count { found[stratumOfUnit[unit]].units.append(unit) }
    return found.sorted { ByteOrder.precedes($0.key, $1.key) }
  }
}
