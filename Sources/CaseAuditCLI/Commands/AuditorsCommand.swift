internal import AuditStore
internal import CaseList
internal import Foundation
internal import Sampling
internal import Workflows

/// `caseaudit auditors …`: the roster of auditors, moderators and leads.
enum AuditorsCommand {
  static let definition = CommandDefinition(
    name: "auditors", abstract: "Import and list the auditor roster.",
    subcommands: [importCommand, listCommand])

  static let importCommand = CommandDefinition(
    name: "import", abstract: "Add or update auditors from a CSV roster.",
    discussion: """
      The CSV needs the columns id, name, agency, team and role (auditor, moderator or lead),
      matched case-insensitively; team may be blank. Auditors already in the workspace (by id)
      are updated. Every problem is reported as file:line:column: message, and then nothing is
      imported (exit 65).
      """,
    arguments: [
      .positional("file", valueName: "file", help: "The roster CSV."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runImport(invocation) })

  static func runImport(_ invocation: Invocation) throws -> Int32 {
    let file = try invocation.arguments.required("file")
    let workspace = try invocation.openWorkspace()
    let bytes = try CommandInputs.readFile(file, invocation: invocation)
    let imported: (auditors: [Auditor], added: Int, updated: Int)
    do {
      imported = try RosterImport.run(
        file: file, bytes: bytes, workspace: workspace, actor: invocation.actor)
    } catch let rejected as RowsRejected {
      throw CommandFailure.invalidInput(
        summary: "\(rejected.problems.count) problem(s) in the roster; nothing was imported.",
        diagnostics: rejected.problems)
    }
    let (auditors, added, updated) = imported
    if invocation.arguments.flag("json") {
      struct Output: Encodable {
        let added: Int
        let updated: Int
        let auditors: Int
      }
      try JSONOutput.write(
        Output(added: added, updated: updated, auditors: try workspace.auditors().count),
        to: invocation)
    } else {
      let agencies = Set(auditors.map(\.agency)).count
      invocation.stdout.line(
        "Imported \(auditors.count) auditor(s) from \(agencies) agencies: \(added) added, "
          + "\(updated) updated.")
    }
    return ExitCode.success
  }

  static let listCommand = CommandDefinition(
    name: "list", abstract: "List the roster.",
    arguments: [CommonArguments.workspace, CommonArguments.json],
    run: { invocation in
      let auditors = try invocation.openWorkspace().auditors()
      if invocation.arguments.flag("json") {
        try JSONOutput.write(auditors, to: invocation)
        return ExitCode.success
      }
      invocation.stdout.write(
        TextTable.render(
          header: ["id", "name", "agency", "team", "role"],
          rows: auditors.map { [$0.id, $0.name, $0.agency, $0.team ?? "", $0.role.rawValue] }))
      return ExitCode.success
    })
}
