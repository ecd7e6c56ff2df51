public import Foundation

/// A copy of a workspace taken with `Workspace.backup(to:actor:)`.
public struct WorkspaceBackup: Sendable, Equatable, Encodable {
  /// The backup file.
  public let path: String
  /// The database pages copied.
  public let pages: Int
  /// The workspace format version the backup holds.
  public let formatVersion: Int
}

extension Workspace {
  /// What `PRAGMA integrity_check` finds wrong with the workspace file, or `nil` when it finds
  /// nothing (sqlite.org/pragma.html#pragma_integrity_check).
  public func integrityProblem() throws -> String? {
    try database.integrityProblem()
  }

  /// Backs the workspace up to a new file at `path`, consistently even while others write
  /// (SQLite's online backup API; see `Database.copy(into:)`), and logs it.
  ///
  /// The copy is written beside `path` under a temporary name, checked with
  /// `PRAGMA integrity_check`, and only then renamed to `path`, so a backup that stops half
  /// way leaves nothing that looks like a backup. Refuses a `path` that exists.
  public func backup(to path: String, actor: String) throws -> WorkspaceBackup {
    let pages = try Workspace.copyChecked(from: database, to: path)
    let backup = WorkspaceBackup(
      path: path, pages: pages, formatVersion: try database.userVersion)
    try write(
      actor: actor, action: "workspace.backedUp", subject: nil,
      details: ["path": path, "pages": String(pages)]
    ) { _ in }
    return backup
  }

  /// Replaces the workspace at `path` with the backup at `backupPath`, after checking the
  /// backup and taking a safety copy of the workspace as it is (returned), and logs it.
  ///
  /// The backup must pass `PRAGMA integrity_check` and be a workspace of this or an earlier
  /// format (an earlier one is migrated forward when next opened). The workspace is locked
  /// for writing while it is replaced, so other connections see it whole, before or after.
  public static func restore(
    from backupPath: String, to path: String, actor: String,
    now: @escaping @Sendable () -> Date = { Date() }
  ) throws -> (restored: WorkspaceBackup, safetyCopy: WorkspaceBackup) {
    let version = try inspectExisting(path: backupPath)
    guard version <= currentFormatVersion else {
      throw WorkspaceError.newerFormat(
        path: backupPath, found: version, supported: currentFormatVersion)
    }
    let source = try Database(path: backupPath, mode: .readOnly)
    if let problem = try source.integrityProblem() {
      throw WorkspaceError.corruptRow(
        table: "the backup", detail: "\(backupPath) fails its integrity check: \(problem)")
    }
    let workspace = try Workspace.open(at: path, actor: actor, now: now)
    let safety = try workspace.backup(
      to: path + ".before-restore-\(fileStamp(now())).db", actor: actor)
    let pages = try source.copy(into: workspace.database)
    let restored = WorkspaceBackup(path: backupPath, pages: pages, formatVersion: version)
    // The restored workspace's own log says where it came from (migrated first if older).
    let reopened = try Workspace.open(at: path, actor: actor, now: now)
    try reopened.write(
      actor: actor, action: "workspace.restored", subject: nil,
      details: ["from": backupPath, "safetyCopy": safety.path]
    ) { _ in }
    return (restored, safety)
  }

  /// A timestamp for a file name: ISO 8601 UTC without the colons some filesystems refuse.
  static func fileStamp(_ date: Date) -> String {
    timestamp(date).replacingOccurrences(of: ":", with: "")
  }

  /// Copies `source` into a new file at `path` through a checked temporary file; returns the
  /// pages copied.
  static func copyChecked(from source: Database, to path: String) throws -> Int {
    let files = FileManager.default
    guard !files.fileExists(atPath: path) else {
      throw WorkspaceDataError.conflict(
        "\(path) already exists; back up to a new file (nothing was written)")
    }
    let partial = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    let pages: Int
    do {
      pages = try copyAndCheck(source, into: partial)
      try files.moveItem(atPath: partial, toPath: path)
    } catch {
      for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: partial + suffix) }
      throw error
    }
    return pages
  }

  /// Copies `source` into a fresh database at `path` and checks it; the destination is
  /// closed (its WAL folded in) when this returns.
  private static func copyAndCheck(_ source: Database, into path: String) throws -> Int {
    let destination = try Database(path: path, mode: .createIfMissing)
    let pages = try source.copy(into: destination)
    if let problem = try destination.integrityProblem() {
      throw WorkspaceError.corruptRow(
        table: "the backup", detail: "the copy fails its integrity check: \(problem)")
    }
    return pages
  }
}
