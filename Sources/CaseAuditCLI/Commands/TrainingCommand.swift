internal import AuditStore
internal import CaseList
import Formats
internal import Foundation
internal import Workflows

/// `caseaudit training …`: who attended which course, for training-impact comparisons.
enum TrainingCommand {
  static let definition = CommandDefinition(
    name: "training", abstract: "Import and list training attendance.",
    subcommands: [importCommand, listCommand])

  static let importCommand = CommandDefinition(
    name: "import", abstract: "Import training attendance from a CSV roster.",
    discussion: """
      Columns worker, course and date (dd/mm/yyyy or YYYY-MM-DD), matched case-insensitively.
      The worker is written as the case list's "Allocated Worker" column writes it: 'compare
      --trained-workers COURSE' counts a case as trained when its worker attended COURSE
      before the round's audit date. Every problem is reported as file:line:column: message,
      and then nothing is imported (exit 65).
      """,
    arguments: [
      .positional("file", valueName: "file", help: "The training CSV."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runImport(invocation) })

  static func runImport(_ invocation: Invocation) throws -> Int32 {
    let file = try invocation.arguments.required("file")
    let workspace = try invocation.openWorkspace()
    let imported: (records: [StoredTraining], added: Int)
    do {
      imported = try TrainingImport.run(
        file: file, bytes: try CommandInputs.readFile(file, invocation: invocation),
        referenceYear: CommandInputs.parseDateDefaultYear(invocation), workspace: workspace,
        actor: invocation.actor)
    } catch let rejected as RowsRejected {
      throw CommandFailure.invalidInput(
        summary: "\(rejected.problems.count) problem(s) in the training roster; nothing was "
          + "imported.",
        diagnostics: rejected.problems)
    }
    let (records, added) = imported
    if invocation.arguments.flag("json") {
      struct Output: Encodable {
        let records: Int
        let added: Int
        let courses: [String]
      }
      try JSONOutput.write(
        Output(records: records.count, added: added, courses: Set(records.map(\.course)).sorted()),
        to: invocation)
    } else {
      let workers = Set(records.map(\.worker)).count
      invocation.stdout.line(
        "Imported \(records.count) attendance record(s) for \(workers) worker(s) (\(added) new).")
    }
    return ExitCode.success
  }

  static let listCommand = CommandDefinition(
    name: "list", abstract: "List training attendance.",
    arguments: [CommonArguments.workspace, CommonArguments.json],
    run: { invocation in
      let records = try invocation.openWorkspace().trainingRecords()
      if invocation.arguments.flag("json") {
        try JSONOutput.write(records, to: invocation)
        return ExitCode.success
      }
      invocation.stdout.write(
        TextTable.render(
          header: ["worker", "course", "date"],
          rows: records.map { [$0.worker, $0.course, $0.date.description] }))
      return ExitCode.success
    })
}
