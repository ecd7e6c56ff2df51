internal import AuditStore

/// `caseaudit log`: the event log, newest first.
enum LogCommand {
  static let definition = CommandDefinition(
    name: "log", abstract: "Show the workspace's event log, newest first.",
    arguments: [
      CommonArguments.workspace,
      .option("limit", short: "n", valueName: "n", help: "Show at most this many events."),
      CommonArguments.json,
    ],
    run: { invocation in try run(invocation) })

  static func run(_ invocation: Invocation) throws -> Int32 {
    let limit = try invocation.arguments.int("limit", in: 1...Int.max)
    let events = try invocation.openWorkspace().events(limit: limit)
    if invocation.arguments.flag("json") {
      try JSONOutput.write(events, to: invocation)
      return ExitCode.success
    }
    for event in events {
      let subject = event.subject.map { " \($0)" } ?? ""
      let details = event.details == "{}" ? "" : "  \(event.details)"
      invocation.stdout.line(
        "#\(event.id)  \(event.at)  \(event.actor)  \(event.action)\(subject)\(details)")
    }
    if events.isEmpty { invocation.stdout.line("The event log is empty.") }
    return ExitCode.success
  }
}
