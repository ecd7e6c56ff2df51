import CaseList

/// Computes stratum codes (small integers, fast to group by) and stratum keys (stable text).
///
/// A stratum key joins `dimension=value` pairs with `|`, dimensions in the order of
/// ``StratificationDimension/allCases``; with no dimensions the key is `all`. Values are the raw
/// values of the enumerations, `true`/`false` for `longTerm`, and the trimmed team name for
/// `team` (`(none)` when blank or missing). In a team name, `%`, `|` and `=` are written `%25`,
/// `%7C` and `%3D`, so that keys can always be split back into their parts.
struct StratumCoder {
  /// The key of the single stratum of an unstratified draw.
  static let unstratifiedKey = "all"

  private let dimensions: [StratificationDimension]
  private let byStage: Bool
  private let byTeam: Bool
  private let byAge: Bool
  private let byNeglect: Bool
  private let byLongTerm: Bool
  private var teamIds: [String: Int] = [:]
  private var trimmedTeamIds: [String: Int] = [:]

  /// Prepares a coder for the dimensions of a specification.
  init(dimensions: [StratificationDimension]) {
    let wanted = Set(dimensions)
    self.dimensions = StratificationDimension.allCases.filter { wanted.contains($0) }
    byStage = wanted.contains(.stage)
    byTeam = wanted.contains(.team)
    byAge = wanted.contains(.ageBand)
    byNeglect = wanted.contains(.neglectStatus)
    byLongTerm = wanted.contains(.longTerm)
  }

  /// The stratum code of the case at `index`: equal codes exactly when the keys are equal.
  ///
  /// Fields are read in place: binding the whole record would copy it and retain its strings.
  mutating func code(of index: Int, in population: UnsafeBufferPointer<CaseRecord>) -> Int {
    var code = byTeam ? teamId(population[index].team) : 0
    code = code * EligibilityFilter.stageSlots + (byStage ? population[index].stage.intensity : 0)
    code = code * 5 + (byAge ? ageIndex(AgeBand(age: population[index].age)) : 0)
    code = code * 3 + (byNeglect ? neglectIndex(population[index].neglectStatus) : 0)
    code = code * 2 + (byLongTerm && population[index].isLongTerm ? 1 : 0)
    return code
  }

  /// The stratum key of a case.
  func key(of record: CaseRecord) -> String {
    guard !dimensions.isEmpty else { return Self.unstratifiedKey }
    return dimensions.map { dimension in
      switch dimension {
      case .stage: "stage=\(record.stage.rawValue)"
      case .team: "team=\(Self.teamValue(record.team))"
      case .ageBand: "ageBand=\(record.ageBand.rawValue)"
      case .neglectStatus: "neglectStatus=\(record.neglectStatus.rawValue)"
      case .longTerm: "longTerm=\(record.isLongTerm)"
      }
    }.joined(separator: "|")
  }

  /// The key value for a team: trimmed and escaped, or `(none)`.
  static func teamValue(_ team: String?) -> String {
    guard let team = TextKey.nonBlank(team) else { return "(none)" }
    var escaped = ""
    for scalar in team.unicodeScalars {
      switch scalar {
      case "%": escaped += "%25"
      case "|": escaped += "%7C"
      case "=": escaped += "%3D"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  private mutating func teamId(_ team: String?) -> Int {
    guard let team else { return 0 }
    if let known = teamIds[team] { return known }
    let value = Self.teamValue(team)
    let id: Int
    if value == Self.teamValue(nil) {
      id = 0
    } else if let known = trimmedTeamIds[value] {
      id = known
    } else {
      id = trimmedTeamIds.count + 1
      trimmedTeamIds[value] = id
    }
    teamIds[team] = id
    return id
  }

  private func ageIndex(_ band: AgeBand) -> Int {
    switch band {
    case .under5: 0
    case .from5to10: 1
    case .from11to15: 2
    case .over16: 3
    case .unknown: 4
    }
  }

  private func neglectIndex(_ status: NeglectStatus) -> Int {
    switch status {
    case .confirmed: 0
    case .possible: 1
    case .none: 2
    }
  }
}
