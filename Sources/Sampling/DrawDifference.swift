/// One way a recorded draw differs from the draw re-derived from its population and
/// specification.
///
/// Descriptions name strata and counts, never a child.
public enum DrawDifference: Sendable, Hashable, CustomStringConvertible {
  /// The specification can no longer be drawn from the population.
  case cannotRederive(SamplingError)
  /// The recorded method differs from this version's.
  case algorithm(recorded: String, current: String)
  /// The recorded seed differs from the specification's.
  case seed(recorded: UInt64, specified: UInt64)
  /// The recorded unit differs from the specification's.
  case unit(recorded: SamplingUnit, specified: SamplingUnit)
  /// The population has a different number of cases.
  case populationSize(recorded: Int, current: Int)
  /// A different number of units is eligible.
  case eligible(recorded: Int, rederived: Int)
  /// A recorded stratum no longer arises.
  case stratumMissing(key: String)
  /// A stratum arises that was not recorded.
  case stratumUnexpected(key: String)
  /// A stratum's eligible, sampled or reserve counts differ.
  case stratumCounts(key: String, recorded: StratumSummary, rederived: StratumSummary)
  /// A stratum's sample differs (in membership, order or inclusion probabilities).
  case sample(stratum: String, recorded: Int, rederived: Int, inCommon: Int)
  /// A stratum's reserves differ (in membership or rank).
  case reserves(stratum: String, recorded: Int, rederived: Int, inCommon: Int)
  /// A recorded replacement did not take the next unused reserve (number counts from 1).
  case replacementOutOfOrder(number: Int, stratum: String)
  /// A recorded replacement cannot be made on the re-derived draw (number counts from 1).
  case replacementImpossible(number: Int, stratum: String, reason: SamplingError)

  /// A plain-English account of the difference.
  public var description: String {
    switch self {
    case .cannotRederive(let error):
      return "the draw cannot be re-derived: \(error)"
    case .algorithm(let recorded, let current):
      return "the draw used method '\(recorded)', but this version uses '\(current)'"
    case .seed(let recorded, let specified):
      return "the recorded seed \(recorded) differs from the specification's seed \(specified)"
    case .unit(let recorded, let specified):
      return
        "the draw sampled by \(recorded.rawValue), but the specification says \(specified.rawValue)"
    case .populationSize(let recorded, let current):
      return "the population had \(recorded) cases when drawn and has \(current) now"
    case .eligible(let recorded, let rederived):
      return "\(recorded) units were eligible when drawn and \(rederived) are now"
    case .stratumMissing(let key):
      return "stratum '\(key)' was in the draw but no longer arises"
    case .stratumUnexpected(let key):
      return "stratum '\(key)' arises now but was not in the draw"
    case .stratumCounts(let key, let recorded, let rederived):
      return
        "stratum '\(key)': recorded \(recorded.eligible) eligible, \(recorded.sampled) sampled, "
        + "\(recorded.reserves) reserves; re-derived \(rederived.eligible) eligible, "
        + "\(rederived.sampled) sampled, \(rederived.reserves) reserves"
    case .sample(let stratum, let recorded, let rederived, let inCommon):
      return Self.listDifference("sample", stratum, recorded, rederived, inCommon)
    case .reserves(let stratum, let recorded, let rederived, let inCommon):
      return Self.listDifference("reserves", stratum, recorded, rederived, inCommon)
    case .replacementOutOfOrder(let number, let stratum):
      return
        "replacement \(number) (stratum '\(stratum)') did not take the next unused reserve"
    case .replacementImpossible(let number, let stratum, let reason):
      return "replacement \(number) (stratum '\(stratum)') cannot be repeated: \(reason)"
    }
  }

  private static func listDifference(
    _ what: String, _ stratum: String, _ recorded: Int, _ rederived: Int, _ inCommon: Int
  ) -> String {
    if recorded == rederived && inCommon == recorded {
      return
        "stratum '\(stratum)': the recorded and re-derived \(what) hold the same \(recorded) "
        + "cases but in a different order or with different probabilities"
    }
    return
      "stratum '\(stratum)': the recorded \(what) has \(recorded) cases and the re-derived "
      + "\(rederived); \(inCommon) are in both"
  }
}
