public import CaseList
import Formats

/// Everything that defines a draw: filters, stratification, allocation, unit, exclusions,
/// reserves and the seed.
///
/// Given the same population and the same specification, ``Sampler/draw(population:spec:)``
/// returns the same ``SampleDraw`` on any machine. Sets are held as sorted, de-duplicated arrays so
/// that the JSON form is stable.
public struct SampleSpec: Sendable, Hashable {
  /// The number of units to draw (children, or families under the family units).
  public var size: Int
  /// Which neglect statuses are eligible; `confirmed` by default.
  public var neglect: NeglectFilter
  /// The eligible stages; empty means every open stage (everything except `closed`).
  public var stages: [Stage]
  /// The youngest eligible age in whole years, inclusive; a case with no age fails the filter.
  public var minAge: Int?
  /// The oldest eligible age in whole years, inclusive; a case with no age fails the filter.
  public var maxAge: Int?
  /// Whether only cases open twelve months or more are eligible.
  public var longTermOnly: Bool
  /// The eligible teams (trimmed), matched ignoring case; empty means every team.
  public var teams: [String]
  /// The stratification dimensions, in canonical order; empty means one stratum, `all`.
  public var stratifyBy: [StratificationDimension]
  /// How the size is split across strata.
  public var allocation: AllocationMethod
  /// The smallest number of units each stratum gets (capped by the stratum's size).
  public var minPerStratum: Int
  /// What one draw selects.
  public var unit: SamplingUnit
  /// Case ids that are not eligible (for example, audited in a recent round), sorted.
  public var excludedCaseIds: [String]
  /// The number of ranked reserve units to draw in each stratum (capped by what is left).
  public var reservesPerStratum: Int
  /// The seed of the random-number generator.
  public var seed: UInt64
  /// Only cases whose current involvement started in this range (its start date), if set.
  public var openedBetween: DateRange?
  /// Only cases whose latest end or closure (on or before the as-of date) is in this range, if
  /// set; closed children are then eligible too unless `stages` says otherwise.
  public var closedBetween: DateRange?
  /// Whether unborn children (on child-protection plans before birth) are eligible; they are
  /// not by default, and the draw counts how many were left out.
  public var includeUnborn: Bool
  /// A group of special interest given a fixed share of the sample, if any.
  public var oversample: Oversample?

  /// Creates a specification; sets are sorted and de-duplicated.
  public init(
    size: Int, neglect: NeglectFilter = .confirmed, stages: [Stage] = [], minAge: Int? = nil,
    maxAge: Int? = nil, longTermOnly: Bool = false, teams: [String] = [],
    stratifyBy: [StratificationDimension] = [], allocation: AllocationMethod = .proportional,
    minPerStratum: Int = 0, unit: SamplingUnit = .child, excludedCaseIds: [String] = [],
    reservesPerStratum: Int = 0, seed: UInt64, openedBetween: DateRange? = nil,
    closedBetween: DateRange? = nil, includeUnborn: Bool = false, oversample: Oversample? = nil
  ) {
    self.size = size
    self.neglect = neglect
    self.stages = Array(Set(stages)).sorted()
    self.minAge = minAge
    self.maxAge = maxAge
    self.longTermOnly = longTermOnly
    self.teams = Array(Set(teams.compactMap(TextKey.nonBlank))).sorted {
      ByteOrder.compare($0, $1) < 0
    }
    let wanted = Set(stratifyBy)
    self.stratifyBy = StratificationDimension.allCases.filter { wanted.contains($0) }
    self.allocation = allocation
    self.minPerStratum = minPerStratum
    self.unit = unit
    self.excludedCaseIds = SampleSpec.canonical(excludedCaseIds)
    self.reservesPerStratum = reservesPerStratum
    self.seed = seed
    self.openedBetween = openedBetween
    self.closedBetween = closedBetween
    self.includeUnborn = includeUnborn
    self.oversample = oversample
  }

  /// Checks the numbers that no population can make valid.
  func validate() throws(SamplingError) {
    guard size >= 1 else { throw .sizeNotPositive(size) }
    guard minPerStratum >= 0 else { throw .negativeMinimumPerStratum(minPerStratum) }
    guard reservesPerStratum >= 0 else { throw .negativeReserves(reservesPerStratum) }
    if let minAge, minAge < 0 { throw .negativeAge(minAge) }
    if let maxAge, maxAge < 0 { throw .negativeAge(maxAge) }
    if let minAge, let maxAge, minAge > maxAge {
      throw .emptyAgeRange(minAge: minAge, maxAge: maxAge)
    }
    for range in [openedBetween, closedBetween].compactMap({ $0 }) where range.from > range.to {
      throw .emptyDateRange(from: range.from.description, to: range.to.description)
    }
    if let oversample, !(oversample.share > 0 && oversample.share < 1) {
      throw .oversampleShare(oversample.share)
    }
  }
}

extension SampleSpec {
  /// The same specification with `ids` excluded as well (kept in canonical order).
  public func excluding(_ ids: some Sequence<String>) -> SampleSpec {
    var spec = self
    spec.excludedCaseIds = SampleSpec.canonical(excludedCaseIds + ids)
    return spec
  }

  /// Case ids once each, in byte order: the canonical form of an exclusion list.
  static func canonical(_ ids: [String]) -> [String] {
    Array(Set(ids)).sorted { ByteOrder.compare($0, $1) < 0 }
  }
}
