import CaseList

extension SampleSpec: Codable {
  private enum CodingKeys: String, CodingKey {
    case size, neglect, stages, minAge, maxAge, longTermOnly, teams, stratifyBy, allocation
    case minPerStratum, unit, excludedCaseIds, reservesPerStratum, seed
    case openedBetween, closedBetween, includeUnborn, oversample
  }

  /// Decodes a specification; absent fields take their defaults and the seed may be a decimal
  /// string or a number.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      size: try c.decode(Int.self, forKey: .size),
      neglect: try c.decodeIfPresent(NeglectFilter.self, forKey: .neglect) ?? .confirmed,
      stages: try c.decodeIfPresent([Stage].self, forKey: .stages) ?? [],
      minAge: try c.decodeIfPresent(Int.self, forKey: .minAge),
      maxAge: try c.decodeIfPresent(Int.self, forKey: .maxAge),
      longTermOnly: try c.decodeIfPresent(Bool.self, forKey: .longTermOnly) ?? false,
      teams: try c.decodeIfPresent([String].self, forKey: .teams) ?? [],
      stratifyBy: try c.decodeIfPresent([StratificationDimension].self, forKey: .stratifyBy) ?? [],
      allocation: try c.decodeIfPresent(AllocationMethod.self, forKey: .allocation)
        ?? .proportional,
      minPerStratum: try c.decodeIfPresent(Int.self, forKey: .minPerStratum) ?? 0,
      unit: try c.decodeIfPresent(SamplingUnit.self, forKey: .unit) ?? .child,
      excludedCaseIds: try c.decodeIfPresent([String].self, forKey: .excludedCaseIds) ?? [],
      reservesPerStratum: try c.decodeIfPresent(Int.self, forKey: .reservesPerStratum) ?? 0,
      seed: try SeedCoding.decode(forKey: .seed, from: c),
      openedBetween: try c.decodeIfPresent(DateRange.self, forKey: .openedBetween),
      closedBetween: try c.decodeIfPresent(DateRange.self, forKey: .closedBetween),
      includeUnborn: try c.decodeIfPresent(Bool.self, forKey: .includeUnborn) ?? false,
      oversample: try c.decodeIfPresent(Oversample.self, forKey: .oversample))
  }

  /// Encodes every field; the seed is written as a decimal string.
  ///
  /// The options added with the
  /// published Annex A lists (date ranges, unborn children, oversampling) are written only when
  /// set, so a specification recorded before them encodes as it did.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(size, forKey: .size)
    try c.encode(neglect, forKey: .neglect)
    try c.encode(stages, forKey: .stages)
    try c.encodeIfPresent(minAge, forKey: .minAge)
    try c.encodeIfPresent(maxAge, forKey: .maxAge)
    try c.encode(longTermOnly, forKey: .longTermOnly)
    try c.encode(teams, forKey: .teams)
    try c.encode(stratifyBy, forKey: .stratifyBy)
    try c.encode(allocation, forKey: .allocation)
    try c.encode(minPerStratum, forKey: .minPerStratum)
    try c.encode(unit, forKey: .unit)
    try c.encode(excludedCaseIds, forKey: .excludedCaseIds)
    try c.encode(reservesPerStratum, forKey: .reservesPerStratum)
    try SeedCoding.encode(seed, forKey: .seed, in: &c)
    try c.encodeIfPresent(openedBetween, forKey: .openedBetween)
    try c.encodeIfPresent(closedBetween, forKey: .closedBetween)
    if includeUnborn { try c.encode(includeUnborn, forKey: .includeUnborn) }
    try c.encodeIfPresent(oversample, forKey: .oversample)
  }
}
