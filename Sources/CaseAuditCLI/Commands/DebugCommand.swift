internal import AuditStore
internal import Foundation

/// `caseaudit debug …`: hidden commands the test suite uses to exercise the workspace from a
/// second process (lock contention, a crash in the middle of a write).
enum DebugCommand {
  static let definition = CommandDefinition(
    name: "debug", abstract: "Commands for testing the workspace from another process.",
    subcommands: [holdWrite], isHidden: true)

  /// Opens a write transaction, appends an event, prints `locked`, sleeps, then commits.
  static let holdWrite = CommandDefinition(
    name: "hold-write",
    abstract: "Hold the write lock for a while inside a transaction that writes an event.",
    arguments: [
      CommonArguments.workspace,
      .option("seconds", valueName: "s", help: "How long to hold the lock."),
      .option("rows", valueName: "n", help: "How many events to write inside the transaction."),
    ],
    run: { invocation in
      let seconds = try invocation.arguments.double("seconds", in: 0...3600) ?? 1
      let rows = try invocation.arguments.int("rows", in: 1...1_000_000) ?? 1
      let workspace = try invocation.openWorkspace()
      for row in 1...rows {
        try workspace.write(
          actor: invocation.actor, action: "debug.hold-write", subject: "row \(row)"
        ) { _ in }
      }
      try workspace.atomically {
        for row in 1...rows {
          try workspace.write(
            actor: invocation.actor, action: "debug.uncommitted", subject: "row \(row)"
          ) { _ in }
        }
        invocation.stdout.line("locked")
        Thread.sleep(forTimeInterval: seconds)
      }
      return ExitCode.success
    })
}
