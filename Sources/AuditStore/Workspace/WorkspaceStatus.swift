/// What a workspace holds, for `caseaudit status`.
public struct WorkspaceStatus: Sendable, Hashable, Codable {
  /// The workspace file's path.
  public var path: String
  /// The schema version (`PRAGMA user_version`).
  public var formatVersion: Int
  /// When the workspace was created, ISO 8601 UTC.
  public var createdAt: String
  /// How many population snapshots it holds.
  public var snapshots: Int
  /// How many audit rounds.
  public var rounds: Int
  /// How many audit responses (all revisions count once per response).
  public var responses: Int
  /// How many events the log holds.
  public var events: Int
}
