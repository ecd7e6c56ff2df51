internal import AuditStore

/// `caseaudit init`: creates a workspace.
enum InitCommand {
  static let definition = CommandDefinition(
    name: "init", abstract: "Create a workspace (an SQLite file) to hold audits.",
    discussion: """
      On an existing workspace it changes nothing and says so. A file that is not a workspace
      is refused and left exactly as it was.
      """,
    arguments: [CommonArguments.workspace],
    run: { invocation in try run(invocation) })

  static func run(_ invocation: Invocation) throws -> Int32 {
    let path = invocation.workspacePath
    let outcome: Workspace.CreateOutcome
    outcome = try Workspace.create(at: path, actor: invocation.actor, now: invocation.now)
    switch outcome {
    case .created:
      invocation.stdout.line(
        "Created workspace \(path) (format \(Workspace.currentFormatVersion)).")
      invocation.stdout.line("Next: caseaudit cases import FILE... --format annex-a")
    case .alreadyExists(let version):
      invocation.stdout.line(
        "\(path) is already a CaseAudit workspace (format \(version)); nothing was changed.")
    }
    return ExitCode.success
  }
}
