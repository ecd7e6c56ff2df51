/// A sampled case to give to auditors: its id and allocated team.
public struct AllocationCase: Sendable, Hashable, Codable {
  /// The case id.
  public var caseId: String
  /// The allocated team of the case, if known; no auditor of that team receives it.
  public var team: String?

  /// Creates an entry.
  public init(caseId: String, team: String?) {
    self.caseId = caseId
    self.team = team
  }
}
