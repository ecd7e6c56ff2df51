/// One auditor's level in a disagreement.
public struct RaterLevel: Sendable, Hashable, Codable {
  /// The auditor's id.
  public var auditorID: String
  /// The level code they gave.
  public var level: String

  /// Creates a record.
  public init(auditorID: String, level: String) {
    self.auditorID = auditorID
    self.level = level
  }
}
