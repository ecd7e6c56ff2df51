internal import AuditStore

/// `caseaudit status`: what the workspace holds.
enum StatusCommand {
  static let definition = CommandDefinition(
    name: "status", abstract: "Show what the workspace holds.",
    arguments: [CommonArguments.workspace, CommonArguments.json],
    run: { invocation in try run(invocation) })

  static func run(_ invocation: Invocation) throws -> Int32 {
    let status = try invocation.openWorkspace().status()
    if invocation.arguments.flag("json") {
      try JSONOutput.write(status, to: invocation)
      return ExitCode.success
    }
    let out = invocation.stdout
    out.line("Workspace:   \(status.path)")
    out.line("Format:      \(status.formatVersion)")
    out.line("Created:     \(status.createdAt)")
    out.line("Snapshots:   \(status.snapshots)")
    out.line("Rounds:      \(status.rounds)")
    out.line("Responses:   \(status.responses)")
    out.line("Events:      \(status.events)")
    return ExitCode.success
  }
}
