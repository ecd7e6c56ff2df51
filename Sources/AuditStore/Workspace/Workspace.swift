public import Foundation

/// A CaseAudit workspace: one SQLite file that is the system of record for audits.
///
/// Every change goes through ``write(actor:action:subject:details:_:)``, which runs the change
/// and appends its event-log entry in the same `BEGIN IMMEDIATE` transaction: either both land
/// or neither does.
public final class Workspace {
  /// The connection, for other `AuditStore` types only: callers outside use the workspace's
  /// typed API (tests that damage rows on purpose reach it with `@testable import`).
  let database: Database
  /// The workspace file's path.
  public let path: String
  /// The clock used for timestamps (injected so tests can fix it).
  public let now: @Sendable () -> Date

  /// The schema version this build of CaseAudit writes.
  public static var currentFormatVersion: Int { WorkspaceSchema.migrator.latestVersion }

  private init(database: Database, path: String, now: @escaping @Sendable () -> Date) {
    self.database = database
    self.path = path
    self.now = now
  }

  /// The result of ``create(at:actor:now:secret:)``.
  public enum CreateOutcome: Sendable, Equatable {
    /// A new workspace was made.
    case created
    /// A workspace was already there; nothing was changed.
    case alreadyExists(formatVersion: Int)
  }

  /// Creates a workspace at `path`, or reports that one is already there and changes nothing.
  ///
  /// A file that is not a workspace — text, another program's SQLite database, even an empty
  /// file — is refused with ``WorkspaceError/notAWorkspace(path:reason:)`` and left byte for
  /// byte as it was.
  ///
  /// - Parameters:
  ///   - path: where the workspace file goes.
  ///   - actor: who creates it, for the event log.
  ///   - now: the clock.
  ///   - secret: the per-workspace pseudonym key; 32 random bytes when omitted.
  /// - Returns: whether a workspace was created or one was already there.
  /// - Throws: ``WorkspaceError`` for a file that is not a workspace, ``SQLiteError`` otherwise.
  public static func create(
    at path: String, actor: String, now: @escaping @Sendable () -> Date = { Date() },
    secret: [UInt8]? = nil
  ) throws -> CreateOutcome {
    if FileManager.default.fileExists(atPath: path) {
      let version = try inspectExisting(path: path)
      return .alreadyExists(formatVersion: version)
    }
    let database = try Database(path: path, mode: .createIfMissing)
    let workspace = Workspace(database: database, path: path, now: now)
    let key = secret ?? randomSecret()
    // Schema and metadata in one transaction: a workspace exists whole or not at all.
    try database.writeTransaction {
      try WorkspaceSchema.migrator.migrate(database)
      try workspace.write(
        actor: actor, action: "workspace.created", subject: nil,
        details: ["formatVersion": String(currentFormatVersion)]
      ) { database in
        let rows: [[any SQLiteBindable]] = [
          ["formatVersion", String(currentFormatVersion)],
          ["createdAt", Workspace.timestamp(now())],
          ["pseudonymSecret", key.map { byte in hexDigits(byte) }.joined()],
        ]
        try database.executeMany(
          "INSERT INTO workspace_meta(key, value) VALUES (?, ?)", rows: rows)
      }
    }
    return .created
  }

  /// Opens an existing workspace, migrating an older format forward (logged).
  public static func open(
    at path: String, actor: String = "caseaudit", now: @escaping @Sendable () -> Date = { Date() }
  ) throws -> Workspace {
    guard FileManager.default.fileExists(atPath: path) else {
      throw WorkspaceError.missing(path: path)
    }
    let found = try inspectExisting(path: path)
    let database = try Database(path: path, mode: .existingOnly)
    let workspace = Workspace(database: database, path: path, now: now)
    if found < currentFormatVersion {
      // A copy of the workspace as it was comes first, so a migration can always be undone
      // (caseaudit restore).
      let copy = path + ".before-format-\(currentFormatVersion)-\(fileStamp(now())).db"
      _ = try copyChecked(from: database, to: copy)
      try database.writeTransaction {
        let applied = try WorkspaceSchema.migrator.migrate(database)
        try workspace.appendEvent(
          actor: actor, action: "workspace.migrated", subject: nil,
          details: [
            "from": String(found), "to": String(currentFormatVersion),
            "steps": applied.map(\.name).joined(separator: "; "), "backup": copy,
          ])
      }
    }
    return workspace
  }

  /// Checks, read-only, that `path` holds a workspace this build can open; returns its version.
  static func inspectExisting(path: String) throws -> Int {
    let database: Database
    do {
      database = try Database(path: path, mode: .readOnly)
    } catch let error as SQLiteError {
      throw WorkspaceError.notAWorkspace(path: path, reason: error.message)
    }
    let version: Int
    let hasMeta: Bool
    do {
      version = try database.userVersion
      hasMeta = try database.tableExists("workspace_meta")
    } catch let error as SQLiteError {
      throw WorkspaceError.notAWorkspace(path: path, reason: error.message)
    }
    guard version >= 1, hasMeta else {
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      throw WorkspaceError.notAWorkspace(
        path: path,
        reason: size == 0 ? "the file is empty" : "it is an SQLite database of another kind")
    }
    guard version <= currentFormatVersion else {
      throw WorkspaceError.newerFormat(
        path: path, found: version, supported: currentFormatVersion)
    }
    return version
  }

  /// Runs `change` and appends an event recording it, in one write transaction.
  ///
  /// If `change` throws, nothing is written — neither the change nor the event — and the
  /// original error is rethrown.
  @discardableResult
  public func write<T>(
    actor: String, action: String, subject: String?, details: [String: String] = [:],
    _ change: (Database) throws -> T
  ) throws -> T {
    try database.writeTransaction {
      let result = try change(database)
      try appendEvent(actor: actor, action: action, subject: subject, details: details)
      return result
    }
  }

  /// Runs `change` and appends an event whose details are any `Encodable` value.
  @discardableResult
  public func write<T>(
    actor: String, action: String, subject: String?, encodedDetails: some Encodable,
    _ change: (Database) throws -> T
  ) throws -> T {
    let json = try Workspace.json(encodedDetails)
    return try database.writeTransaction {
      let result = try change(database)
      try insertEvent(actor: actor, action: action, subject: subject, detailsJSON: json)
      return result
    }
  }

  /// Appends an event inside a write transaction the caller has open (for changes whose
  /// subject — a new row's id — is only known once the change is made).
  public func recordEvent(
    actor: String, action: String, subject: String?, details: [String: String] = [:]
  ) throws {
    precondition(database.isInTransaction, "recordEvent must run inside a write transaction")
    try appendEvent(actor: actor, action: action, subject: subject, details: details)
  }

  private func appendEvent(
    actor: String, action: String, subject: String?, details: [String: String]
  ) throws {
    try insertEvent(
      actor: actor, action: action, subject: subject, detailsJSON: try Workspace.json(details))
  }

  private func insertEvent(actor: String, action: String, subject: String?, detailsJSON: String)
    throws
  {
    try database.execute(
      "INSERT INTO events(at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)",
      [Workspace.timestamp(now()), actor, action, subject, detailsJSON])
  }

  /// The event log, newest first.
  ///
  /// - Parameter limit: at most this many events; all when `nil`.
  /// - Returns: the events, newest first.
  /// - Throws: ``SQLiteError`` when the log cannot be read.
  public func events(limit: Int? = nil) throws -> [WorkspaceEvent] {
    try database.query(
      "SELECT id, at, actor, action, subject, details FROM events ORDER BY id DESC LIMIT ?",
      [limit ?? -1]
    ).map { row in
      let id = try row.integer("id", table: "events", row: "an event")
      let place = "event \(id)"
      return WorkspaceEvent(
        id: id, at: try row.text("at", table: "events", row: place),
        actor: try row.text("actor", table: "events", row: place),
        action: try row.text("action", table: "events", row: place),
        subject: row.string("subject"),
        details: try row.text("details", table: "events", row: place))
    }
  }

  /// A value from the metadata table.
  public func metadata(_ key: String) throws -> String? {
    try database.query("SELECT value FROM workspace_meta WHERE key = ?", [key]).first?[0].string
  }

  /// The per-workspace pseudonym key; an error unless it is 32 bytes, so pseudonyms are never
  /// derived from a missing or damaged key.
  public func pseudonymSecret() throws -> [UInt8] {
    let hex = try metadata("pseudonymSecret") ?? ""
    var bytes: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
      if let byte = UInt8(hex[index..<next], radix: 16) { bytes.append(byte) }
      index = next
    }
    guard bytes.count == 32, hex.count == 64 else {
      throw WorkspaceError.notAWorkspace(
        path: path, reason: "its pseudonym key is missing or damaged")
    }
    return bytes
  }

  /// What the workspace holds.
  public func status() throws -> WorkspaceStatus {
    func count(_ table: String) throws -> Int {
      // Table names come from this fixed list, never from input.
      try database.tableExists(table)
        ? try database.scalarInt("SELECT count(*) FROM \(table)") ?? 0 : 0
    }
    return WorkspaceStatus(
      path: path, formatVersion: try database.userVersion,
      createdAt: try metadata("createdAt") ?? "",
      snapshots: try count("snapshots"), rounds: try count("rounds"),
      responses: try count("responses"), events: try count("events"))
  }

  /// An ISO 8601 UTC timestamp with milliseconds, for example `2027-03-14T09:30:00.000Z`.
  public static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  private static func randomSecret() -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
  }

  private static func hexDigits(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
  }
}

extension Workspace {
  /// Runs `body`'s repository calls in one write transaction: all of them land or none does.
  ///
  /// A call that throws rolls back everything before it. Nested calls become savepoints.
  public func atomically<T>(_ body: () throws -> T) throws -> T {
    try database.writeTransaction(body)
  }
}
