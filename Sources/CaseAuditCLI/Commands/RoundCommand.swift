internal import AuditStore
internal import Foundation
internal import Workflows

/// `caseaudit round …`: create audit rounds and allocate their cases to auditors.
enum RoundCommand {
  static let definition = CommandDefinition(
    name: "round", abstract: "Create audit rounds and allocate cases to auditors.",
    subcommands: [createCommand, listCommand, AllocateCommand.definition, progressCommand])

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
    let (round, snapshot) = try RoundSetup.create(
      name: name, toolID: toolID, toolVersion: arguments.value("tool-version"), purpose: purpose,
      training: training, snapshotID: try arguments.int("snapshot", in: 1...Int.max),
      auditDate: auditDate, workspace: workspace, actor: invocation.actor)
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

  static let progressCommand = CommandDefinition(
    name: "progress", abstract: "Show where a round stands: cases by state, auditors' progress.",
    discussion: """
      A case is unallocated, notStarted, inProgress (a draft saved, or some audits submitted),
      submitted (every allocated audit submitted), awaitingModeration (a double audit with both
      submitted and no moderation yet) or moderated. Cases are named by pseudonym.
      """,
    arguments: [
      .option("round", valueName: "name", help: "The round."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let arguments = invocation.arguments
      let progress = try RoundProgress(
        round: try arguments.required("round"), workspace: try invocation.openWorkspace())
      if arguments.flag("json") {
        try JSONOutput.write(progress, to: invocation)
        return ExitCode.success
      }
      let out = invocation.stdout
      let counts = progress.byState
      out.line(
        "Round '\(progress.round)': \(progress.done) of \(progress.cases.count) case(s) have "
          + "every allocated audit submitted.")
      out.line(
        RoundProgress.CaseState.allCases.compactMap { state in
          counts[state].map { "\(state.rawValue) \($0)" }
        }.joined(separator: ", "))
      out.write(
        TextTable.render(
          header: ["auditor", "agency", "allocated", "drafts", "submitted", "moderated"],
          rows: progress.auditors.map {
            [
              $0.id, $0.agency, String($0.allocated), String($0.drafts), String($0.submitted),
              String($0.moderated),
            ]
          }))
      return ExitCode.success
    })

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
