internal import AuditStore
internal import Foundation
internal import Statistics
internal import Workflows

/// `caseaudit round …`: create audit rounds and allocate their cases to auditors.
enum RoundCommand {
  static let definition = CommandDefinition(
    name: "round", abstract: "Create audit rounds and allocate cases to auditors.",
    subcommands: [createCommand, listCommand, AllocateCommand.definition])

  static let createCommand = CommandDefinition(
    name: "create", abstract: "Create an audit round on a population snapshot.",
    discussion: """
      A round is one audit exercise, e.g. "Neglect thematic audit, March 2027", bound to an
      audit tool and a purpose. Baseline and postTraining rounds name the training they
      evaluate (--training), so they can be compared.
      """,
    arguments: [
      .positional("name", valueName: "name", help: "The round's unique name."),
      .option(
        "tool", valueName: "tool-id", help: "The audit tool the round uses (see 'form list')."),
      .option(
        "tool-version", valueName: "version",
        help: "Pin this version of the tool (default: the latest available)."),
      .option(
        "purpose", valueName: "purpose",
        help: "routine (default), baseline, postTraining or calibration."),
      .option(
        "training", valueName: "label",
        help: "The training a baseline/postTraining round evaluates."),
      .option("snapshot", valueName: "id", help: "The population snapshot (default: the latest)."),
      .option(
        "audit-date", valueName: "YYYY-MM-DD",
        help: "When the audits take place (default: today); training before it counts."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runCreate(invocation) })

  static func runCreate(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let name = try arguments.required("name").trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw UsageError(message: "the round needs a name", commandPath: arguments.commandPath)
    }
    let toolID = try arguments.required("tool")
    let purpose = try arguments.choice("purpose", as: RoundPurpose.self) ?? .routine
    let training = arguments.value("training")
    let auditDate = try CommandInputs.parseDate(
      arguments.value("audit-date"), option: "audit-date", invocation: invocation)
    let workspace = try invocation.openWorkspace()
    // The round is pinned to one version of its tool, so later edits never change its form.
    let tool = try ToolCatalog(workspace: workspace).entry(
      id: toolID, version: arguments.value("tool-version"))
    let snapshot = try SampleWork.snapshot(
      id: try arguments.int("snapshot", in: 1...Int.max), workspace: workspace)
    // A built-in tool is copied into the workspace with the round, in one transaction, so the
    // round's pinned version survives later releases that change the built-in tool.
    let round = try workspace.database.writeTransaction {
      if tool.builtIn {
        _ = try workspace.installTool(
          id: tool.id, version: tool.version, title: tool.title, definition: tool.definition,
          sha256: SHA256.hash(Array(tool.definition.utf8)).hexString, actor: invocation.actor)
      }
      return try workspace.createRound(
        name: name, toolID: tool.id, toolVersion: tool.version, purpose: purpose,
        training: training,
        snapshotID: snapshot.id, auditDate: auditDate, actor: invocation.actor)
    }
    if arguments.flag("json") {
      try JSONOutput.write(round, to: invocation)
    } else {
      invocation.stdout.line(
        "Created round '\(round.name)' (\(round.purpose.rawValue), tool \(round.toolID) "
          + "\(round.toolVersion ?? "")) on "
          + "snapshot \(snapshot.id) as of \(snapshot.asOf).")
      invocation.stdout.line(
        "Next: caseaudit sample draw --round \(CommandInputs.shellQuoted(round.name)) --size N")
    }
    return ExitCode.success
  }

  static let listCommand = CommandDefinition(
    name: "list", abstract: "List the workspace's rounds.",
    arguments: [CommonArguments.workspace, CommonArguments.json],
    run: { invocation in
      let rounds = try invocation.openWorkspace().rounds()
      if invocation.arguments.flag("json") {
        try JSONOutput.write(rounds, to: invocation)
        return ExitCode.success
      }
      invocation.stdout.write(
        TextTable.render(
          header: ["round", "purpose", "tool", "training", "snapshot", "created"],
          rows: rounds.map {
            [
              $0.name, $0.purpose.rawValue, $0.toolID, $0.training ?? "", String($0.snapshotID),
              $0.createdAt,
            ]
          }))
      return ExitCode.success
    })

}
