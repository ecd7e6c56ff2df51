public import CaseList
import Statistics

/// Draws, replaces and verifies stratified random samples of cases.
///
/// The method (documented in full in the README's "How a sample is drawn"):
/// 1. Keep the eligible cases (filters, exclusions) and put them in canonical order: ascending
///    case id, compared byte-wise as UTF-8.
/// 2. Group them into units (children or families; a family's canonical position is that of its
///    first child) and the units into strata by their (lead child's) stratum key.
/// 3. Allocate the sample size across strata (``StratumAllocation``).
/// 4. Seed one ``Statistics/Xoshiro256StarStar`` generator and, stratum by stratum in key order
///    (byte-wise), run a partial Fisher–Yates shuffle of the stratum's units:
///    for *i* in 0..<(*n_h* + *r_h*): *j* = *i* + `uniform(below: N_h − i)`; swap units *i*, *j*.
///    The first *n_h* units are the sample, the next *r_h* the reserves in rank order. Under
///    `family`, the stratum's child choices follow its shuffle: for each of those units in order,
///    `uniform(below: c)` picks among the family's *c* children in the stratum.
public enum Sampler {
  /// The name recorded with every draw: the sampling method's version and the generator's name.
  public static let algorithm =
    "stratified-partial-fisher-yates/1 " + Xoshiro256StarStar.algorithmName

  /// Draws a sample from `population` as `spec` asks.
  ///
  /// The population may come in any order; it is cheapest sorted by case id (byte-wise UTF-8),
  /// as the importer stores it.
  ///
  /// - Parameters:
  ///   - population: the cases of one population snapshot, ids unique.
  ///   - spec: the filters, strata, allocation, unit, exclusions, reserves and seed.
  /// - Returns: the draw, with every sampled case's stratum and inclusion probability.
  /// - Throws: ``SamplingError`` when the specification is invalid or cannot be met.
  /// - Complexity: O(*N*) for a population sorted by id, plus O(*H* log *H*) for *H* strata.
  public static func draw(population: [CaseRecord], spec: SampleSpec) throws(SamplingError)
    -> SampleDraw
  {
    try spec.validate()
    var frame = try SamplingFrame(population: population, spec: spec)
    guard spec.size <= frame.units.count else {
      throw .sizeExceedsEligible(size: spec.size, eligible: frame.units.count, unit: spec.unit)
    }
    let allocation = try allocate(frame.strata, spec: spec)
    var generator = Xoshiro256StarStar(seed: spec.seed)
    var summaries: [StratumSummary] = []
    var cases: [SampledCase] = []
    var reserves: [ReserveCase] = []
    for (h, stratum) in frame.strata.enumerated() {
      let size = stratum.units.count
      let sampled = allocation[h]
      let reserveCount = min(spec.reservesPerStratum, size - sampled)
      var order = stratum.units
      for i in 0..<(sampled + reserveCount) {
        let j = i + generator.uniform(below: size - i)
        order.swapAt(i, j)
      }
      let probability = Double(sampled) / Double(size)
      for i in 0..<(sampled + reserveCount) {
        let chosen = chooseCases(
          in: order[i], of: stratum, frame: &frame, population: population, spec: spec,
          generator: &generator)
        for index in chosen.cases {
          let id = population[index].id
          if i < sampled {
            cases.append(
              SampledCase(
                caseId: id, stratum: stratum.key,
                inclusionProbability: probability / Double(chosen.choices),
                unit: spec.unit == .wholeFamilies ? i + 1 : nil))
          } else {
            reserves.append(
              ReserveCase(
                caseId: id, stratum: stratum.key, rank: i - sampled + 1,
                inclusionProbability: spec.unit == .family
                  ? probability / Double(chosen.choices) : nil))
          }
        }
      }
      summaries.append(
        StratumSummary(
          key: stratum.key, eligible: size, sampled: sampled, reserves: reserveCount))
    }
    return SampleDraw(
      algorithm: algorithm, seed: spec.seed, unit: spec.unit, populationSize: population.count,
      eligible: frame.units.count, strata: summaries, cases: cases, reserves: reserves,
      unbornExcluded: frame.unbornExcluded)
  }

  /// The number of units each stratum gets.
  ///
  /// Without oversampling, ``StratumAllocation`` over
  /// every stratum; with it, the group's share of the size (rounded to nearest) is allocated
  /// over the group's strata and the rest over the others, each by the spec's method.
  private static func allocate(
    _ strata: [SamplingFrame.Stratum], spec: SampleSpec
  ) throws(SamplingError) -> [Int] {
    guard let oversample = spec.oversample else {
      return try StratumAllocation.allocate(
        strata: strata.map { (key: $0.key, size: $0.units.count) }, total: spec.size,
        method: spec.allocation, minimumPerStratum: spec.minPerStratum)
    }
    let inside = (share: (Double(spec.size) * oversample.share).rounded(), group: true)
    var result = [Int](repeating: 0, count: strata.count)
    for (target, group) in [(inside.share, true), (Double(spec.size) - inside.share, false)] {
      let positions = strata.indices.filter { strata[$0].inGroup == group }
      let eligible = positions.reduce(0) { $0 + strata[$1].units.count }
      let needed = Int(target)
      let name = group ? oversample.key : "not " + oversample.key
      guard needed <= eligible else {
        throw .oversampleTooSmall(group: name, needed: needed, eligible: eligible)
      }
      guard needed > 0 else { continue }
      let part = try StratumAllocation.allocate(
        strata: positions.map { (key: strata[$0].key, size: strata[$0].units.count) },
        total: needed, method: spec.allocation, minimumPerStratum: spec.minPerStratum)
      for (position, count) in zip(positions, part) { result[position] = count }
    }
    return result
  }

  /// The cases a drawn unit contributes, and among how many children a single one was chosen.
  private static func chooseCases(
    in unit: Int, of stratum: SamplingFrame.Stratum, frame: inout SamplingFrame,
    population: [CaseRecord], spec: SampleSpec, generator: inout Xoshiro256StarStar
  ) -> (cases: [Int], choices: Int) {
    switch spec.unit {
    case .child:
      return ([frame.units.leads[unit]], 1)
    case .wholeFamilies:
      return (Array(frame.units.members(of: unit)), 1)
    case .family:
      var candidates: [Int] = []
      population.withUnsafeBufferPointer { buffer in
        for index in frame.units.members(of: unit)
        where frame.coder.code(of: index, in: buffer) == stratum.code
          && stratum.inGroup.map({ spec.oversample?.contains(buffer[index]) == $0 }) ?? true
        {
          candidates.append(index)
        }
      }
      // uniform(below: 1) consumes no output, so a family of one leaves the stream untouched.
      let pick = generator.uniform(below: candidates.count)
      return ([candidates[pick]], candidates.count)
    }
  }
}
