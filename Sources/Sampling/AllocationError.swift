/// Why auditors cannot be allocated to cases.
public enum AllocationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The number of raters per case is below one.
  case ratersNotPositive(Int)
  /// The double-rated fraction is not between 0 and 1.
  case doubleFractionOutOfRange(Double)
  /// Two people on the roster share an id.
  case duplicateAuditorId(String)
  /// Some case ids occur more than once.
  case duplicateCaseIds(count: Int)
  /// Nobody on the roster has a role that receives cases.
  case noAuditors(rosterSize: Int, roles: [AuditorRole])
  /// Some cases cannot get enough auditors from outside their own team.
  case rosterConflicts([RosterConflict])
  /// Too few cases can take an extra rater to double-rate the fraction asked for.
  case tooFewCasesForDoubleRating(requested: Int, possible: Int)

  /// A plain-English account of the problem.
  public var description: String {
    switch self {
    case .ratersNotPositive(let raters):
      return "each case needs at least 1 rater (asked for \(raters))"
    case .doubleFractionOutOfRange(let fraction):
      return "the double-rated fraction must be between 0 and 1 (it is \(fraction))"
    case .duplicateAuditorId(let id):
      return "auditor id '\(id)' appears more than once in the roster"
    case .duplicateCaseIds(let count):
      return "\(count) case \(count == 1 ? "id occurs" : "ids occur") more than once"
    case .noAuditors(let rosterSize, let roles):
      let names = roles.map(\.rawValue).joined(separator: " or ")
      return "none of the \(rosterSize) people on the roster has the role \(names)"
    case .rosterConflicts(let conflicts):
      return conflicts.map(\.description).joined(separator: "; ")
    case .tooFewCasesForDoubleRating(let requested, let possible):
      return
        "\(requested) cases should be double-rated, but only \(possible) can have an extra "
        + "rater from outside their team"
    }
  }
}
