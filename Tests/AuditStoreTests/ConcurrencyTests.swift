import Foundation
import TestSupport
import Testing

@testable import AuditStore

/// Two processes on one workspace: a second writer waits, and a killed one leaves nothing.
///
/// The other process is the built `caseaudit-bench`'s `_hold-write` helper (test-only, so it is
/// not in the shipped `caseaudit`).
@Suite(.serialized) struct ConcurrencyTests {
  @Test func aSecondProcessWaitsOnTheBusyTimeoutInsteadOfFailing() throws {
    let temp = try TemporaryWorkspace()
    let holder = try CommandRunner.start(
      ["_hold-write", temp.path, "1.5", "1"], program: CommandRunner.benchPath)
    // Under a loaded machine the holder can take a while to start; give it time, and say why
    // if it never held the lock.
    try #require(
      holder.waitForOutput(containing: "locked", timeout: 60),
      "the holder never held the lock: \(holder.stderrSoFar)")
    let started = Date()
    try temp.workspace.write(actor: "second", action: "test.after-wait", subject: nil) { _ in }
    let waited = Date().timeIntervalSince(started)
    let result = holder.wait()
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(waited > 0.5, "the write should have waited for the other process's lock")
    let actions = try temp.workspace.events().map(\.action)
    #expect(actions.first == "test.after-wait")
    #expect(actions.contains("debug.uncommitted"))
  }

  @Test func aWriterKilledWithSIGKILLLeavesNoneOfItsTransaction() throws {
    let temp = try TemporaryWorkspace()
    let writer = try CommandRunner.start(
      ["_hold-write", temp.path, "60", "200"], program: CommandRunner.benchPath)
    #expect(writer.waitForOutput(containing: "locked"))
    writer.send(signal: SIGKILL)
    let result = writer.wait()
    #expect(result.exitCode == 128 + SIGKILL)

    let reopened = try Workspace.open(at: temp.path)
    #expect(try reopened.database.query("PRAGMA integrity_check").first?[0].string == "ok")
    let counts = try reopened.database.query(
      "SELECT action, count(*) AS n FROM events GROUP BY action ORDER BY action")
    let byAction = Dictionary(
      uniqueKeysWithValues: counts.map { ($0.string("action") ?? "", $0.int("n") ?? 0) })
    #expect(byAction["debug.hold-write"] == 200, "committed rows survive")
    #expect(byAction["debug.uncommitted"] == nil, "the killed transaction left no rows")
    try reopened.write(actor: "test", action: "test.after-crash", subject: nil) { _ in }
  }
}

/// What a user reads when the wait for another writer runs out.
@Suite struct BusyMessageTests {
  @Test func aBusyWorkspaceSaysAnotherCommandIsWriting() {
    for code: Int32 in [5, 261, 517, 6] {
      let error = SQLiteError(
        extendedCode: code, message: "database is locked", sql: "BEGIN IMMEDIATE")
      #expect(error.description.contains("another caseaudit command is writing"))
      #expect(error.description.contains("nothing was changed"))
      #expect(!error.description.contains("BEGIN IMMEDIATE"))
    }
    let other = SQLiteError(extendedCode: 19, message: "constraint failed", sql: "INSERT")
    #expect(other.description.hasPrefix("SQLite error 19"))
  }
}

/// Many connections in one process (as the workbench's requests will have).
///
/// Opening one must not cancel the locks another holds. POSIX record locks belong to the process, and closing
/// *any* descriptor of the file drops them all (sqlite.org/howtocorrupt.html §2.2.1), so a
/// connection that peeked at the file's header through a descriptor of its own dropped the
/// locks of every other connection of the process.
@Suite(.serialized) struct InProcessConnectionTests {
  /// Another process's close must leave this process's WAL alone.
  ///
  /// In WAL mode every connection holds a shared lock on the database file, and a closing
  /// connection that can lock it exclusively believes it is the last one: it checkpoints and
  /// deletes the `-wal` and `-shm` files (sqlite.org/wal.html §"Persistence of WAL mode"). Once
  /// this process's shared locks were dropped, any other process's close did that under this
  /// process's open connections, which then read a database that was no longer there
  /// (SQLITE_CORRUPT, SQLITE_IOERR_SHORT_READ).
  @Test func anotherProcessClosingDoesNotTakeTheWALFromUnderThisOne() throws {
    let temp = try TemporaryWorkspace()
    let first = try Database(path: temp.path, mode: .existingOnly)
    _ = try first.query("SELECT count(*) FROM events")
    let second = try Database(path: temp.path, mode: .existingOnly)
    _ = try second.query("SELECT count(*) FROM events")
    try first.execute("CREATE TABLE t(x)")
    #expect(FileManager.default.fileExists(atPath: temp.path + "-wal"))
    let status = try CommandRunner.run(["status", "--workspace", temp.path])
    #expect(status.exitCode == 0, "\(status.stderr)")
    #expect(
      FileManager.default.fileExists(atPath: temp.path + "-wal"),
      "another process's close deleted the WAL of this process's open connections")
    _ = try second.query("SELECT count(*) FROM t")
    #expect(try first.query("PRAGMA integrity_check").first?[0].string == "ok")
  }
}
