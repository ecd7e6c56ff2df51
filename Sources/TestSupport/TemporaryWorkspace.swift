public import AuditStore
public import Foundation

/// A workspace in its own temporary folder, for tests.
public struct TemporaryWorkspace {
  /// The folder holding it (kept alive as long as this value).
  public let directory: TemporaryDirectory
  /// The workspace file's path.
  public let path: String
  /// The open workspace.
  public let workspace: Workspace

  /// Creates and opens a fresh workspace, with a fixed clock by default so timestamps are stable.
  public init(
    actor: String = "test",
    now: @escaping @Sendable () -> Date = {
      Date(timeIntervalSince1970: 1_800_000_000)
    }
  ) throws {
    directory = try TemporaryDirectory(prefix: "caseaudit-ws")
    path = directory.file("caseaudit.db")
    _ = try Workspace.create(
      at: path, actor: actor, now: now, secret: Array(repeating: 7, count: 32))
    workspace = try Workspace.open(at: path, actor: actor, now: now)
  }
}
