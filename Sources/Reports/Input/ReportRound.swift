/// The round a report is about, as its cover describes it.
public struct ReportRound: Sendable, Hashable, Codable {
  /// The round's name, for example "Neglect thematic audit, March 2027".
  public var name: String
  /// Why the round was run: `routine`, `baseline`, `postTraining` or `calibration`.
  public var purpose: String
  /// The id of the audit tool the round used.
  public var toolID: String
  /// The version of the audit tool the round used.
  public var toolVersion: String
  /// The audit tool's title.
  public var toolTitle: String
  /// The audit day, `YYYY-MM-DD`, when one was set.
  public var auditDate: String?
  /// When the round was created, as an ISO 8601 timestamp.
  public var createdAt: String
  /// The training the round evaluates, if any.
  public var training: String?

  /// Creates a round description.
  public init(
    name: String, purpose: String, toolID: String, toolVersion: String, toolTitle: String,
    auditDate: String?, createdAt: String, training: String?
  ) {
    self.name = name
    self.purpose = purpose
    self.toolID = toolID
    self.toolVersion = toolVersion
    self.toolTitle = toolTitle
    self.auditDate = auditDate
    self.createdAt = createdAt
    self.training = training
  }
}
