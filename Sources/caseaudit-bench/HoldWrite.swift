import AuditStore
import Foundation

/// `caseaudit-bench _hold-write WORKSPACE SECONDS ROWS`: the second process of the
/// concurrency tests (a writer that holds the lock, then is waited for or killed).
///
/// It writes `ROWS` events, each committed, then opens one write transaction, appends `ROWS`
/// more, prints `locked`, sleeps `SECONDS` and commits. It lives here, not in the shipped
/// `caseaudit`, because only the tests need it.
enum HoldWrite {
  static func run(arguments: [String]) throws {
    guard arguments.count == 3, let seconds = Double(arguments[1]), seconds >= 0,
      let rows = Int(arguments[2]), rows >= 1
    else { throw BenchError.usage("_hold-write WORKSPACE SECONDS ROWS") }
    let workspace = try Workspace.open(at: arguments[0], actor: "hold-write")
    for row in 1...rows {
      try workspace.write(actor: "hold-write", action: "debug.hold-write", subject: "row \(row)") {
        _ in
      }
    }
    try workspace.atomically {
      for row in 1...rows {
        try workspace.write(
          actor: "hold-write", action: "debug.uncommitted", subject: "row \(row)"
        ) { _ in }
      }
      // Unbuffered, so the waiting test sees it at once.
      FileHandle.standardOutput.write(Data("locked\n".utf8))
      Thread.sleep(forTimeInterval: seconds)
    }
  }
}
