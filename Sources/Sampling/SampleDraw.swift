/// The recorded result of a draw: the method, the seed, the strata, the sample and its reserves,
/// and any replacements made since.
///
/// A draw is a value: ``Sampler/replace(caseId:in:)`` returns a new one, and
/// ``Sampler/verify(_:population:spec:)`` re-derives it from the population and specification.
public struct SampleDraw: Sendable, Hashable {
  /// The name and version of the sampling method and generator (``Sampler/algorithmName``).
  public var algorithm: String
  /// The seed the generator was started from.
  public var seed: UInt64
  /// What one draw selected.
  public var unit: SamplingUnit
  /// The number of cases in the population handed to the sampler.
  public var populationSize: Int
  /// The number of eligible units (children, or families under the family units).
  public var eligible: Int
  /// The strata, in key order (byte-wise UTF-8).
  public var strata: [StratumSummary]
  /// The current sample: strata in key order, each in draw order, replacements in place.
  public var cases: [SampledCase]
  /// Every reserve drawn, by stratum and rank, including reserves since used.
  public var reserves: [ReserveCase]
  /// The replacements made since the draw, oldest first.
  public var replacements: [Replacement]
  /// The unborn children every other filter admitted but the draw left out (they are eligible
  /// only with ``SampleSpec/includeUnborn``).
  public var unbornExcluded: Int

  /// Creates a draw.
  public init(
    algorithm: String, seed: UInt64, unit: SamplingUnit, populationSize: Int, eligible: Int,
    strata: [StratumSummary], cases: [SampledCase], reserves: [ReserveCase],
    replacements: [Replacement] = [], unbornExcluded: Int = 0
  ) {
    self.algorithm = algorithm
    self.seed = seed
    self.unit = unit
    self.populationSize = populationSize
    self.eligible = eligible
    self.strata = strata
    self.cases = cases
    self.reserves = reserves
    self.replacements = replacements
    self.unbornExcluded = unbornExcluded
  }

  /// The reserves of a stratum not yet used by a replacement, in rank order.
  ///
  /// - Complexity: O(*r* + *p*) for *r* reserves and *p* replacements.
  public func unusedReserves(inStratum key: String) -> [ReserveCase] {
    let used = Set(replacements.lazy.filter { $0.stratum == key }.map(\.rank))
    return reserves.filter { $0.stratum == key && !used.contains($0.rank) }
  }
}
