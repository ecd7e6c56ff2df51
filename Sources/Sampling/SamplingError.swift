/// Why a draw, an allocation or a replacement cannot be made.
///
/// Messages name counts, sizes and stratum keys, never a child.
public enum SamplingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The sample size is zero or negative.
  case sizeNotPositive(Int)
  /// The minimum per stratum is negative.
  case negativeMinimumPerStratum(Int)
  /// The number of reserves per stratum is negative.
  case negativeReserves(Int)
  /// An age bound is negative.
  case negativeAge(Int)
  /// The minimum age is above the maximum age.
  case emptyAgeRange(minAge: Int, maxAge: Int)
  /// Some case ids occur more than once among the eligible cases, so no canonical order exists.
  case duplicateCaseIds(count: Int)
  /// A date range whose start is after its end.
  case emptyDateRange(from: String, to: String)
  /// An oversampled group's share is not strictly between 0 and 1.
  case oversampleShare(Double)
  /// An oversampled group (or the rest) has fewer eligible units than its share of the sample.
  case oversampleTooSmall(group: String, needed: Int, eligible: Int)
  /// No case in the population passes the filters.
  case noEligibleCases(populationSize: Int)
  /// The sample size is larger than the number of eligible units.
  case sizeExceedsEligible(size: Int, eligible: Int, unit: SamplingUnit)
  /// The minimum per stratum needs more units than the sample size.
  case minimumExceedsSize(minimumPerStratum: Int, strata: Int, required: Int, size: Int)
  /// An allocation was asked for a stratum with no units.
  case emptyStratum(key: String)
  /// An allocation was asked for with two strata under one key.
  case duplicateStratumKey(String)
  /// A replacement was asked for a case that is not in the current sample.
  case caseNotInSample
  /// A replacement was asked for in a stratum whose reserves are all used.
  case noReservesLeft(stratum: String, reserves: Int)

  /// A plain-English account of the problem.
  public var description: String {
    switch self {
    case .sizeNotPositive(let size):
      return "the sample size must be at least 1 (it is \(size))"
    case .negativeMinimumPerStratum(let minimum):
      return "the minimum per stratum cannot be negative (it is \(minimum))"
    case .negativeReserves(let reserves):
      return "the number of reserves per stratum cannot be negative (it is \(reserves))"
    case .negativeAge(let age):
      return "an age bound cannot be negative (it is \(age))"
    case .emptyAgeRange(let minAge, let maxAge):
      return "the minimum age \(minAge) is above the maximum age \(maxAge), so no case can qualify"
    case .duplicateCaseIds(let count):
      return
        "\(count) case \(count == 1 ? "id occurs" : "ids occur") more than once among the "
        + "eligible cases; every case needs a unique id before a sample can be drawn"
    case .emptyDateRange(let from, let to):
      return "the date range \(from) to \(to) is empty: its start is after its end"
    case .oversampleShare(let share):
      return "an oversampled group's share must be between 0 and 1, not including either (it is "
        + "\(share))"
    case .oversampleTooSmall(let group, let needed, let eligible):
      return "the oversampled split needs \(needed) from '\(group)', which has only \(eligible) "
        + "eligible; lower the share or the sample size"
    case .noEligibleCases(let populationSize):
      return "none of the \(populationSize) cases in the population passes the filters"
    case .sizeExceedsEligible(let size, let eligible, let unit):
      return
        "the sample size \(size) is larger than the \(eligible) eligible "
        + "\(Self.noun(unit, eligible))"
    case .minimumExceedsSize(let minimum, let strata, let required, let size):
      return
        "a minimum of \(minimum) per stratum across \(strata) strata needs a sample of at least "
        + "\(required) (strata smaller than \(minimum) give all they have), but the sample size "
        + "is \(size)"
    case .emptyStratum(let key):
      return "stratum '\(key)' has no eligible units"
    case .duplicateStratumKey(let key):
      return "stratum key '\(key)' is given twice"
    case .caseNotInSample:
      return "the case is not in the current sample, so it cannot be replaced"
    case .noReservesLeft(let stratum, let reserves):
      return reserves == 0
        ? "stratum '\(stratum)' has no reserves; draw again with reserves to allow replacements"
        : "stratum '\(stratum)' has no unused reserves left (all \(reserves) are used)"
    }
  }

  private static func noun(_ unit: SamplingUnit, _ count: Int) -> String {
    switch unit {
    case .child: count == 1 ? "case" : "cases"
    case .family, .wholeFamilies: count == 1 ? "family" : "families"
    }
  }
}
