/// One agency's part in a round: how many of its auditors took part, the audits they
/// submitted and the cases its moderators moderated.
public struct ReportParticipant: Sendable, Hashable, Codable {
  /// The agency, for example `health`.
  public var agency: String
  /// How many of the agency's auditors submitted an audit.
  public var auditors: Int
  /// How many audits (independent final responses) the agency's auditors submitted.
  public var responses: Int
  /// How many cases the agency's moderators moderated (the agreed answers recorded).
  public var moderations: Int

  /// Creates a record.
  public init(agency: String, auditors: Int, responses: Int, moderations: Int = 0) {
    self.agency = agency
    self.auditors = auditors
    self.responses = responses
    self.moderations = moderations
  }
}
