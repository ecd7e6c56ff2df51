internal import CSQLite
internal import Foundation
internal import Synchronization

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// One connection to an SQLite database file, configured the way a workspace needs it.
///
/// It is the only place in CaseAudit that holds a `sqlite3` handle; no `OpaquePointer` leaves
/// the `AuditStore` target. A connection belongs to one thread at a time: it is not `Sendable`.
public final class Database {
  let handle: OpaquePointer
  /// The path the connection was opened on.
  public let path: String
  private var statementCache: [String: Statement] = [:]
  private var savepointDepth = 0
  /// The file this connection is registered under in `openFiles`; `nil` only when the file
  /// cannot be found by its path once SQLite has opened it.
  private let file: FileIdentity?

  /// A file by device and inode, so two paths to one file are one file.
  private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file at `path`, or `nil` when there is none.
    init?(path: String) {
      var status = stat()
      guard stat(path, &status) == 0 else { return nil }
      device = UInt64(status.st_dev)
      inode = UInt64(status.st_ino)
    }
  }

  /// How many connections this process has open to each file.
  ///
  /// POSIX record locks belong to the process, and closing any descriptor of a file drops all
  /// of the process's locks on it (sqlite.org/howtocorrupt.html §2.2.1). SQLite's own
  /// descriptors are handled inside SQLite, but the header check below opens one of ours: it
  /// runs only while this process has no connection to the file, and under this lock, so it
  /// can never drop another connection's locks. (Dropping them let another process's closing
  /// connection think it was the last, checkpoint, and delete the WAL under this one.)
  private static let openFiles = Mutex<[FileIdentity: Int]>([:])

  /// SQLite's process-wide settings, applied once before the first connection opens: memory
  /// statistics off (they serialise every allocation on one mutex; see `shim.h`).
  private static let processConfiguration: Void = { _ = csqlite_disable_memstatus() }()

  /// How the file should be treated when it is opened.
  public enum OpenMode: Sendable {
    /// Create the file if it does not exist.
    case createIfMissing
    /// The file must already exist.
    case existingOnly
    /// Open without write access.
    case readOnly
  }

  /// The 16-byte header every SQLite database file starts with (sqlite.org/fileformat.html §1.3).
  static let fileHeader: [UInt8] = Array("SQLite format 3\u{0}".utf8)

  /// How long a writer waits for another process's write lock before giving up: a minute,
  /// long enough for several million-child imports queued behind one another on a laptop
  /// (sqlite.org/c3ref/busy_timeout.html).
  public static let defaultBusyTimeoutMilliseconds: Int32 = 60_000

  /// Opens a connection with extended result codes, foreign keys on, WAL, `synchronous=NORMAL`,
  /// a busy timeout and double-quoted string literals disabled.
  ///
  /// A file that exists but is not an SQLite database is refused *before* SQLite touches it, so
  /// its bytes stay exactly as they were (checked when this process has no other connection to
  /// the file; see `openFiles`).
  ///
  /// - Parameters:
  ///   - path: the database file.
  ///   - mode: whether to create it.
  ///   - busyTimeoutMilliseconds: how long a writer waits for another's lock before failing
  ///     (``defaultBusyTimeoutMilliseconds`` unless given).
  /// - Throws: ``SQLiteError`` (`SQLITE_NOTADB` for a file that is not a database).
  public init(
    path: String, mode: OpenMode = .createIfMissing,
    busyTimeoutMilliseconds: Int32 = Database.defaultBusyTimeoutMilliseconds
  )
    throws
  {
    _ = Database.processConfiguration
    var flags: Int32 = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
    switch mode {
    case .createIfMissing: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
    case .existingOnly: flags |= SQLITE_OPEN_READWRITE
    case .readOnly: flags |= SQLITE_OPEN_READONLY
    }
    let openFlags = flags
    let (handle, file) = try Database.openFiles.withLock { open in
      if FileIdentity(path: path).map({ open[$0, default: 0] == 0 }) ?? true {
        try Database.checkIsDatabaseOrAbsent(path: path, mustExist: mode != .createIfMissing)
      }
      var handle: OpaquePointer?
      let code = sqlite3_open_v2(path, &handle, openFlags, nil)
      guard code == SQLITE_OK, let handle else {
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
        sqlite3_close_v2(handle)
        throw SQLiteError(extendedCode: code, message: "\(message) (\(path))")
      }
      // sqlite3_open_v2 has created a missing file by now.
      let file = FileIdentity(path: path)
      if let file { open[file, default: 0] += 1 }
      return (handle, file)
    }
    self.handle = handle
    self.file = file
    self.path = path
    do {
      try configure(busyTimeoutMilliseconds: busyTimeoutMilliseconds, readOnly: mode == .readOnly)
    } catch {
      statementCache.removeAll()
      Database.close(handle, file: file)
      throw error
    }
  }

  deinit {
    statementCache.removeAll()
    Database.close(handle, file: file)
  }

  /// Closes a connection and unregisters it from `openFiles`.
  private static func close(_ handle: OpaquePointer, file: FileIdentity?) {
    openFiles.withLock { open in
      // sqlite.org/c3ref/close.html: close_v2 defers the close until statements are finalized.
      sqlite3_close_v2(handle)
      guard let file else { return }
      open[file, default: 1] -= 1
      if open[file] == 0 { open[file] = nil }
    }
  }

  private func configure(busyTimeoutMilliseconds: Int32, readOnly: Bool) throws {
    // sqlite.org/c3ref/extended_result_codes.html
    sqlite3_extended_result_codes(handle, 1)
    sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
    // sqlite.org/quirks.html §8: double-quoted string literals are a misfeature; turn them off
    // for both DDL and DML so a typo'd identifier is an error, not a string.
    var ignored: Int32 = 0
    _ = csqlite_db_config_int(handle, SQLITE_DBCONFIG_DQS_DDL, 0, &ignored)
    _ = csqlite_db_config_int(handle, SQLITE_DBCONFIG_DQS_DML, 0, &ignored)
    // Reading the schema proves the file is a database (SQLITE_NOTADB otherwise).
    _ = try scalarInt("PRAGMA schema_version")
    try execute("PRAGMA foreign_keys = ON")
    if !readOnly {
      // sqlite.org/wal.html: WAL persists in the file; NORMAL sync is durable in WAL mode except
      // for the last transactions on power loss, and never corrupts (sqlite.org/pragma.html).
      let journal = try query("PRAGMA journal_mode = WAL").first?[0].string ?? ""
      guard journal.lowercased() == "wal" else {
        throw SQLiteError(
          extendedCode: SQLITE_ERROR, message: "could not switch to WAL (journal_mode=\(journal))")
      }
      try execute("PRAGMA synchronous = NORMAL")
    }
  }

  /// Throws unless `path` is absent (when allowed), empty, or starts with the SQLite header.
  static func checkIsDatabaseOrAbsent(path: String, mustExist: Bool) throws {
    guard let file = FileHandle(forReadingAtPath: path) else {
      if FileManager.default.fileExists(atPath: path) {
        throw SQLiteError(extendedCode: SQLITE_CANTOPEN, message: "cannot read \(path)")
      }
      if mustExist {
        throw SQLiteError(extendedCode: SQLITE_CANTOPEN, message: "no workspace at \(path)")
      }
      return
    }
    defer { try? file.close() }
    let head = (try? file.read(upToCount: fileHeader.count)) ?? Data()
    if head.isEmpty { return }
    guard Array(head) == fileHeader else {
      throw SQLiteError(
        extendedCode: SQLITE_NOTADB,
        message: "not an SQLite database: its first bytes are not the SQLite header")
    }
  }

  func error(code: Int32, sql: String?) -> SQLiteError {
    let extended = sqlite3_extended_errcode(handle)
    let message = String(cString: sqlite3_errmsg(handle))
    return SQLiteError(extendedCode: extended != 0 ? extended : code, message: message, sql: sql)
  }

  private func statement(_ sql: String) throws -> Statement {
    if let cached = statementCache[sql] { return cached }
    let statement = try Statement(database: self, sql: sql)
    statementCache[sql] = statement
    return statement
  }

  /// Runs one statement with bound values, discarding any rows.
  public func execute(_ sql: String, _ values: [any SQLiteBindable] = []) throws {
    let statement = try statement(sql)
    try statement.bind(values)
    defer { sqlite3_reset(statement.handle) }
    while try statement.step() {}
  }

  /// Runs one or more statements with no bound values (schema scripts).
  public func executeScript(_ sql: String) throws {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    if code != SQLITE_OK {
      let text = message.map { String(cString: $0) } ?? "error"
      sqlite3_free(message)
      throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
    }
  }

  /// Runs a query and returns every row.
  public func query(_ sql: String, _ values: [any SQLiteBindable] = []) throws -> [Row] {
    var rows: [Row] = []
    try forEachRow(sql, values) { rows.append($0) }
    return rows
  }

  /// Runs a query and calls `body` with each row as it is read.
  public func forEachRow(
    _ sql: String, _ values: [any SQLiteBindable] = [], _ body: (Row) throws -> Void
  ) throws {
    let statement = try statement(sql)
    try statement.bind(values)
    defer { sqlite3_reset(statement.handle) }
    while try statement.step() {
      try body(statement.currentRow())
    }
  }

  /// Runs a query and calls `body` with a cursor on each row, reading columns by index without
  /// materialising a ``Row`` — the fast path for large reads.
  public func forEachCursor(
    _ sql: String, _ values: [any SQLiteBindable] = [], _ body: (ColumnCursor) throws -> Void
  ) throws {
    let statement = try statement(sql)
    try statement.bind(values)
    defer { sqlite3_reset(statement.handle) }
    let cursor = ColumnCursor(statement: statement)
    while try statement.step() {
      try body(cursor)
    }
  }

  /// Runs a query whose first column of the first row is an integer.
  public func scalarInt(_ sql: String, _ values: [any SQLiteBindable] = []) throws -> Int? {
    try query(sql, values).first?[0].int64.map { Int($0) }
  }

  /// Runs a statement many times, once per row of values, reusing one prepared statement.
  ///
  /// - Complexity: O(rows).
  public func executeMany(_ sql: String, rows: some Sequence<[any SQLiteBindable]>) throws {
    let statement = try statement(sql)
    defer { sqlite3_reset(statement.handle) }
    for values in rows {
      try statement.bind(values)
      while try statement.step() {}
    }
  }

  /// Inserts `count` rows of `columns` values, letting `bind` set each row's values through a
  /// ``RowBinder`` — the fast path for bulk inserts, with no per-value boxing.
  ///
  /// `head` is the statement up to `VALUES` (`INSERT INTO t(a, b)`). Rows go in groups of up
  /// to 64 per statement (a multi-row `VALUES` list, sqlite.org/lang_insert.html): one step,
  /// reset and cursor per group instead of per row, within the 32,766 bound parameters SQLite
  /// allows since 3.32 (sqlite.org/limits.html, `SQLITE_MAX_VARIABLE_NUMBER`).
  ///
  /// - Complexity: O(count).
  public func insertMany(
    _ head: String, columns: Int, count: Int, bind: (Int, inout RowBinder) throws -> Void
  ) throws {
    precondition(columns > 0 && columns <= 500, "insertMany binds 1 to 500 columns")
    let rowsPerStatement = min(64, 32_766 / columns)
    let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    func sql(rows: Int) -> String {
      head + " VALUES " + Array(repeating: tuple, count: rows).joined(separator: ", ")
    }
    guard count > 0 else { return }
    // Every group but the last has the same size, so one statement serves them all.
    let groupSize = min(rowsPerStatement, count)
    let full = try statement(sql(rows: groupSize))
    let arena = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 8)
    defer { arena.deallocate() }
    // Every group rebinds all of its statement's parameters before stepping; the texts bound
    // in place live in `arena`, so no binding may outlast this call.
    defer { sqlite3_clear_bindings(full.handle) }
    var start = 0
    while start < count {
      let rows = min(groupSize, count - start)
      let statement = rows == groupSize ? full : try statement(sql(rows: rows))
      defer {
        sqlite3_reset(statement.handle)
        if statement !== full { sqlite3_clear_bindings(statement.handle) }
      }
      var binder = RowBinder(statement: statement, arena: arena)
      for row in 0..<rows {
        binder.offset = Int32(row * columns)
        try bind(start + row, &binder)
      }
      while try statement.step() {}
      start += rows
    }
  }

  /// The rowid of the last inserted row on this connection.
  public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// The number of rows the last statement changed.
  public var changes: Int { Int(sqlite3_changes(handle)) }

  /// Whether a transaction is open on this connection.
  public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

  /// Runs `body` in a `BEGIN IMMEDIATE` write transaction; commits when it returns, rolls back
  /// when it throws and rethrows the original error.
  ///
  /// `IMMEDIATE` takes the write lock at once, so a second writer waits on the busy timeout at
  /// `BEGIN` instead of failing later with `SQLITE_BUSY` on upgrade (sqlite.org/lang_transaction.html).
  /// Called inside another transaction, it becomes a savepoint.
  public func writeTransaction<T>(_ body: () throws -> T) throws -> T {
    if isInTransaction { return try savepoint(body) }
    return try transaction("BEGIN IMMEDIATE", body)
  }

  /// Runs `body` in a write transaction (``writeTransaction(_:)``) set up for writing many
  /// rows: the page cache holds 32 MiB instead of 2 MiB, and temporary files are kept in memory.
  ///
  /// A multi-row `INSERT` keeps a statement journal of the pages it changes, so that a failure
  /// part-way can undo just that statement; once the page cache is full, SQLite spills that
  /// journal to a temporary file (sqlite.org/tempfiles.html §2.5). Kept in memory, and with
  /// fewer spills from a larger cache, a million-row insert takes about a fifth less time. Both
  /// settings are restored afterwards (sqlite.org/pragma.html#pragma_temp_store,
  /// #pragma_cache_size): elsewhere a large sort should still spill to disk.
  public func bulkWriteTransaction<T>(_ body: () throws -> T) throws -> T {
    guard !isInTransaction else { return try writeTransaction(body) }
    let cacheSize = try scalarInt("PRAGMA cache_size") ?? -2000
    try execute("PRAGMA temp_store = MEMORY")
    try execute("PRAGMA cache_size = -32768")
    defer {
      try? execute("PRAGMA cache_size = \(cacheSize)")
      try? execute("PRAGMA temp_store = DEFAULT")
    }
    return try writeTransaction(body)
  }

  /// Runs `body`'s reads against one snapshot of the database.
  ///
  /// A deferred `BEGIN`, whose first
  /// read fixes the snapshot in WAL mode until the `COMMIT` (sqlite.org/isolation.html), so a
  /// writer between two of the reads changes neither. Inside another transaction it runs as is.
  public func readTransaction<T>(_ body: () throws -> T) throws -> T {
    if isInTransaction { return try body() }
    return try transaction("BEGIN DEFERRED", body)
  }

  /// Runs `body` between `begin` and `COMMIT`, rolling back and rethrowing the original error
  /// when either `body` or the commit fails.
  private func transaction<T>(_ begin: String, _ body: () throws -> T) throws -> T {
    try execute(begin)
    let result: T
    do {
      result = try body()
      try execute("COMMIT")
    } catch {
      rollbackQuietly()
      throw error
    }
    return result
  }

  /// Runs `body` as a nested unit (a savepoint): released when it returns, rolled back to when
  /// it throws, leaving the enclosing transaction going (sqlite.org/lang_savepoint.html).
  public func savepoint<T>(_ body: () throws -> T) throws -> T {
    savepointDepth += 1
    defer { savepointDepth -= 1 }
    let name = "caseaudit_sp\(savepointDepth)"
    try execute("SAVEPOINT \(name)")
    do {
      let result = try body()
      try execute("RELEASE \(name)")
      return result
    } catch {
      try? execute("ROLLBACK TO \(name)")
      try? execute("RELEASE \(name)")
      throw error
    }
  }

  private func rollbackQuietly() {
    // A failed COMMIT or an error may already have rolled back (sqlite.org/lang_transaction.html
    // "Response To Errors Within A Transaction"); only roll back what is still open.
    if isInTransaction { try? execute("ROLLBACK") }
  }

  /// `PRAGMA user_version`: the schema version migrations have reached.
  public var userVersion: Int {
    get throws { try scalarInt("PRAGMA user_version") ?? 0 }
  }

  /// Sets `PRAGMA user_version` (an integer literal: pragmas take no bound values).
  func setUserVersion(_ version: Int) throws {
    try execute("PRAGMA user_version = \(version)")
  }

  /// Whether a table of that name exists.
  public func tableExists(_ name: String) throws -> Bool {
    try scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", [name])
      ?? 0 > 0
  }
}
