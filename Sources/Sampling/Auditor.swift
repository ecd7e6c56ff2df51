/// A person on an audit roster.
public struct Auditor: Sendable, Hashable, Codable, Identifiable {
  /// A stable identifier, unique in the roster.
  public var id: String
  /// The person's name, for people.
  public var name: String
  /// The agency the person works for (children's social care, health, police, …); compared
  /// trimmed and ignoring case.
  public var agency: String
  /// The person's own team, if any; they never audit a case of that team (compared trimmed and
  /// ignoring case).
  public var team: String?
  /// What the person does in the audit.
  public var role: AuditorRole

  /// Creates a roster entry.
  public init(id: String, name: String, agency: String, team: String?, role: AuditorRole) {
    self.id = id
    self.name = name
    self.agency = agency
    self.team = team
    self.role = role
  }
}
