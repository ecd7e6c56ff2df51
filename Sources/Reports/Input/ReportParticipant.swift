/// One agency's part in a round: how many of its auditors took part and how many responses
/// they gave.
public struct ReportParticipant: Sendable, Hashable, Codable {
  /// The agency, for example `health`.
  public var agency: String
  /// How many of the agency's auditors were allocated cases.
  public var auditors: Int
  /// How many final responses the agency's auditors gave.
  public var responses: Int

  /// Creates a record.
  public init(agency: String, auditors: Int, responses: Int) {
    self.agency = agency
    self.auditors = auditors
    self.responses = responses
  }
}
