extension SampleDraw: Codable {
  private enum CodingKeys: String, CodingKey {
    case algorithm, seed, unit, populationSize, eligible, strata, cases, reserves, replacements
    case unbornExcluded
  }

  /// Decodes a draw; `unit` defaults to `child` and `replacements` to none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      algorithm: try c.decode(String.self, forKey: .algorithm),
      seed: try SeedCoding.decode(forKey: .seed, from: c),
      unit: try c.decodeIfPresent(SamplingUnit.self, forKey: .unit) ?? .child,
      populationSize: try c.decode(Int.self, forKey: .populationSize),
      eligible: try c.decode(Int.self, forKey: .eligible),
      strata: try c.decode([StratumSummary].self, forKey: .strata),
      cases: try c.decode([SampledCase].self, forKey: .cases),
      reserves: try c.decode([ReserveCase].self, forKey: .reserves),
      replacements: try c.decodeIfPresent([Replacement].self, forKey: .replacements) ?? [],
      unbornExcluded: try c.decodeIfPresent(Int.self, forKey: .unbornExcluded) ?? 0)
  }

  /// Encodes the draw.
  ///
  /// The seed is a decimal string; `unit` is written only when it is not
  /// `child` and `replacements` only when there are some, so a fresh child-level draw has exactly
  /// the fields `algorithm`, `seed`, `populationSize`, `eligible`, `strata`, `cases`, `reserves`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(algorithm, forKey: .algorithm)
    try SeedCoding.encode(seed, forKey: .seed, in: &c)
    if unit != .child { try c.encode(unit, forKey: .unit) }
    try c.encode(populationSize, forKey: .populationSize)
    try c.encode(eligible, forKey: .eligible)
    try c.encode(strata, forKey: .strata)
    try c.encode(cases, forKey: .cases)
    try c.encode(reserves, forKey: .reserves)
    if !replacements.isEmpty { try c.encode(replacements, forKey: .replacements) }
    if unbornExcluded > 0 { try c.encode(unbornExcluded, forKey: .unbornExcluded) }
  }
}
