/// One step of the workspace schema.
public struct Migration: Sendable {
  /// The `user_version` the database has after this step.
  public let version: Int
  /// A short name for the event log and error messages.
  public let name: String
  /// The SQL script that performs the step.
  public let sql: String

  /// Creates a migration step.
  public init(version: Int, name: String, sql: String) {
    self.version = version
    self.name = name
    self.sql = sql
  }
}

/// Applies ordered migrations and records the reached version in `PRAGMA user_version`.
public struct Migrator: Sendable {
  /// The steps, in ascending version order.
  public let migrations: [Migration]

  /// Creates a migrator; versions must be consecutive from 1.
  public init(_ migrations: [Migration]) {
    precondition(
      migrations.enumerated().allSatisfy { $0.offset + 1 == $0.element.version },
      "migrations must be numbered 1, 2, 3, … in order")
    self.migrations = migrations
  }

  /// The version the last step reaches.
  public var latestVersion: Int { migrations.last?.version ?? 0 }

  /// Errors the migrator reports.
  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database was written by a newer version of the program.
    case newerThanSupported(found: Int, supported: Int)

    public var description: String {
      switch self {
      case .newerThanSupported(let found, let supported):
        "the workspace has format version \(found), but this version of CaseAudit knows formats "
          + "up to \(supported); upgrade CaseAudit to open it"
      }
    }
  }

  /// Applies every step above the current `user_version`, each in its own write transaction
  /// together with its version bump, and returns the steps applied.
  @discardableResult
  public func migrate(_ database: Database) throws -> [Migration] {
    let current = try database.userVersion
    guard current <= latestVersion else {
      throw Failure.newerThanSupported(found: current, supported: latestVersion)
    }
    var applied: [Migration] = []
    for migration in migrations where migration.version > current {
      try database.writeTransaction {
        try database.executeScript(migration.sql)
        try database.setUserVersion(migration.version)
      }
      applied.append(migration)
    }
    return applied
  }
}
