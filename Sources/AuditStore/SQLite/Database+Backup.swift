internal import CSQLite

extension Database {
  /// Copies every page of this database into `destination`, replacing its content, through
  /// SQLite's online backup API (sqlite.org/backup.html, sqlite.org/c3ref/backup_finish.html).
  ///
  /// The copy is made in one step (`sqlite3_backup_step(-1)`) inside one read transaction of
  /// this database, so it is consistent even while other connections write here (WAL readers
  /// do not block writers). While another connection holds a lock that stops the step, it is
  /// retried every 50 ms, for at most `timeoutMilliseconds`. The destination is locked for
  /// writing while it is replaced.
  ///
  /// - Returns: the number of pages copied.
  func copy(into destination: Database, timeoutMilliseconds: Int32 = defaultBusyTimeoutMilliseconds)
    throws -> Int
  {
    guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
      throw destination.error(code: sqlite3_errcode(destination.handle), sql: "backup")
    }
    var waited: Int32 = 0
    var code: Int32
    repeat {
      code = sqlite3_backup_step(backup, -1)
      if code == SQLITE_BUSY || code == SQLITE_LOCKED {
        guard waited < timeoutMilliseconds else { break }
        sqlite3_sleep(50)
        waited += 50
      }
    } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
    let pages = Int(sqlite3_backup_pagecount(backup))
    let finished = sqlite3_backup_finish(backup)
    guard code == SQLITE_DONE else { throw destination.error(code: code, sql: "backup") }
    guard finished == SQLITE_OK else { throw destination.error(code: finished, sql: "backup") }
    return pages
  }

  /// `PRAGMA integrity_check`'s verdict: `nil` when the database is sound, else its first
  /// message (sqlite.org/pragma.html#pragma_integrity_check).
  func integrityProblem() throws -> String? {
    let verdict = try query("PRAGMA integrity_check").first?[0].string ?? "no answer"
    return verdict == "ok" ? nil : verdict
  }
}
