/// A group of cases that the roster cannot cover without someone auditing their own team.
public struct RosterConflict: Sendable, Hashable, CustomStringConvertible {
  /// The cases' team as written on the first of them; `nil` for cases with no team.
  public var team: String?
  /// How many cases are affected.
  public var cases: Int
  /// How many different auditors each of them needs.
  public var neededPerCase: Int
  /// How many auditors who can take cases are outside the team.
  public var auditorsOutsideTeam: Int
  /// How many auditors can take cases at all.
  public var auditors: Int

  /// Creates a conflict.
  public init(
    team: String?, cases: Int, neededPerCase: Int, auditorsOutsideTeam: Int, auditors: Int
  ) {
    self.team = team
    self.cases = cases
    self.neededPerCase = neededPerCase
    self.auditorsOutsideTeam = auditorsOutsideTeam
    self.auditors = auditors
  }

  /// A plain-English account of the conflict.
  ///
  /// For example: "case in team 'Northbridge East CP' has no eligible auditor:
  /// all 3 auditors are in that team".
  public var description: String {
    let subject =
      cases == 1 ? "case" : "\(cases) cases"
    guard let team else {
      return
        "\(subject) with no team \(cases == 1 ? "needs" : "need") \(neededPerCase) different "
        + "auditors, but the roster has only \(Self.count(auditors, "auditor")) who can take cases"
    }
    if auditorsOutsideTeam == 0 {
      let everyone = auditors == 1 ? "the only auditor is" : "all \(auditors) auditors are"
      return
        "\(subject) in team '\(team)' \(cases == 1 ? "has" : "have") no eligible auditor: "
        + "\(everyone) in that team"
    }
    return
      "\(subject) in team '\(team)' \(cases == 1 ? "needs" : "need") \(neededPerCase) different "
      + "auditors, but only \(auditorsOutsideTeam) of the \(Self.count(auditors, "auditor")) "
      + "\(auditorsOutsideTeam == 1 ? "is" : "are") outside that team"
  }

  private static func count(_ value: Int, _ noun: String) -> String {
    "\(value) \(noun)\(value == 1 ? "" : "s")"
  }
}
