import AuditStore
import Foundation
import TestSupport
import Testing

/// Two processes on one workspace: a second writer waits, and a killed one leaves nothing.
///
/// The other process is the built `caseaudit` binary's hidden `debug hold-write` command.
@Suite(.serialized) struct ConcurrencyTests {
  @Test func aSecondProcessWaitsOnTheBusyTimeoutInsteadOfFailing() throws {
    let temp = try TemporaryWorkspace()
    let holder = try CommandRunner.start([
      "debug", "hold-write", "--workspace", temp.path, "--seconds", "1.5",
    ])
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
    let writer = try CommandRunner.start([
      "debug", "hold-write", "--workspace", temp.path, "--seconds", "60", "--rows", "200",
    ])
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
