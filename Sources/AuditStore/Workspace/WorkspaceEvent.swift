/// One entry of the workspace's append-only event log.
public struct WorkspaceEvent: Sendable, Hashable, Codable {
  /// The event's sequence number.
  public let id: Int
  /// When it happened, ISO 8601 UTC.
  public let at: String
  /// Who did it.
  public let actor: String
  /// What was done, as a dotted verb, for example `workspace.created`, `snapshot.imported`.
  public let action: String
  /// What it was done to, for example a round name or snapshot id.
  public let subject: String?
  /// Further details, as a JSON object's text.
  public let details: String
}
