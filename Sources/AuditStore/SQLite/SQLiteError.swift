/// A failure reported by SQLite, with the context needed to understand it.
///
/// It carries SQLite's extended result code, SQLite's own message and the SQL text that was
/// running — never the values bound to it, which may hold case data (the same rule GRDB's
/// `DatabaseError` follows).
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The extended result code (sqlite.org/rescode.html), for example 2067 for `SQLITE_CONSTRAINT_UNIQUE`.
  public let extendedCode: Int32
  /// SQLite's message (`sqlite3_errmsg`), or our own when the failure is ours.
  public let message: String
  /// The SQL that was running, when there was one.
  public let sql: String?

  /// Creates an error.
  public init(extendedCode: Int32, message: String, sql: String? = nil) {
    self.extendedCode = extendedCode
    self.message = message
    self.sql = sql
  }

  /// The primary result code: the low eight bits of the extended code.
  public var primaryCode: Int32 { extendedCode & 0xff }

  /// The symbolic name of the extended code where we know it, for example `SQLITE_CONSTRAINT_UNIQUE`.
  public var codeName: String {
    SQLiteError.extendedNames[extendedCode] ?? SQLiteError.primaryNames[primaryCode]
      ?? "SQLITE_ERROR(\(extendedCode))"
  }

  public var description: String {
    if primaryCode == 5 || primaryCode == 6 {
      // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another process holds the lock.
      return "the workspace is busy: another caseaudit command is writing to it and did not "
        + "finish within \(Database.defaultBusyTimeoutMilliseconds / 1000) seconds; nothing was "
        + "changed — try again when it has finished (\(codeName))"
    }
    if primaryCode == 13 {
      // SQLITE_FULL: the disk (or the database's page limit) is full; the transaction that
      // met it is rolled back whole.
      return "the disk holding the workspace is full: nothing was changed — free some space "
        + "and run the command again (\(codeName))"
    }
    if primaryCode == 8 {
      // SQLITE_READONLY: the file, its folder or the filesystem cannot be written.
      return "the workspace cannot be written (the file, its folder or the disk is read-only): "
        + "nothing was changed (\(codeName))"
    }
    var text = "SQLite error \(extendedCode) (\(codeName)): \(message)"
    if let sql { text += " — while running: \(sql)" }
    return text
  }

  // sqlite.org/rescode.html: the primary result codes.
  private static let primaryNames: [Int32: String] = [
    1: "SQLITE_ERROR", 2: "SQLITE_INTERNAL", 3: "SQLITE_PERM", 4: "SQLITE_ABORT",
    5: "SQLITE_BUSY", 6: "SQLITE_LOCKED", 7: "SQLITE_NOMEM", 8: "SQLITE_READONLY",
    9: "SQLITE_INTERRUPT", 10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT", 12: "SQLITE_NOTFOUND",
    13: "SQLITE_FULL", 14: "SQLITE_CANTOPEN", 15: "SQLITE_PROTOCOL", 16: "SQLITE_EMPTY",
    17: "SQLITE_SCHEMA", 18: "SQLITE_TOOBIG", 19: "SQLITE_CONSTRAINT", 20: "SQLITE_MISMATCH",
    21: "SQLITE_MISUSE", 22: "SQLITE_NOLFS", 23: "SQLITE_AUTH", 24: "SQLITE_FORMAT",
    25: "SQLITE_RANGE", 26: "SQLITE_NOTADB",
  ]

  // sqlite.org/rescode.html: the extended codes a workspace is likely to meet.
  private static let extendedNames: [Int32: String] = [
    275: "SQLITE_CONSTRAINT_CHECK", 531: "SQLITE_CONSTRAINT_COMMITHOOK",
    787: "SQLITE_CONSTRAINT_FOREIGNKEY", 1043: "SQLITE_CONSTRAINT_FUNCTION",
    1299: "SQLITE_CONSTRAINT_NOTNULL", 1555: "SQLITE_CONSTRAINT_PRIMARYKEY",
    1811: "SQLITE_CONSTRAINT_TRIGGER", 2067: "SQLITE_CONSTRAINT_UNIQUE",
    2323: "SQLITE_CONSTRAINT_VTAB", 2579: "SQLITE_CONSTRAINT_ROWID",
    3091: "SQLITE_CONSTRAINT_DATATYPE", 517: "SQLITE_BUSY_SNAPSHOT", 261: "SQLITE_BUSY_RECOVERY",
    1032: "SQLITE_READONLY_DBMOVED", 264: "SQLITE_READONLY_RECOVERY",
    266: "SQLITE_IOERR_READ", 778: "SQLITE_IOERR_WRITE", 1034: "SQLITE_IOERR_FSYNC",
    3850: "SQLITE_IOERR_LOCK", 270: "SQLITE_CANTOPEN_NOTEMPDIR", 1038: "SQLITE_CANTOPEN_ISDIR",
  ]
}
