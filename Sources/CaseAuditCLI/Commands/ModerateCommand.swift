internal import AuditForms
internal import AuditStore
internal import CaseList
internal import Sampling
internal import Workflows

/// `caseaudit moderate`: a moderator's agreed answers after blind double audit.
enum ModerateCommand {
  static let definition = CommandDefinition(
    name: "moderate",
    abstract: "Record the agreed answers for a double-audited case; the originals stay.",
    discussion: """
      The moderator (role moderator or lead) records the answers agreed after comparing the
      independent audits. Findings use the moderated answers where a case was moderated. Each
      auditor's own answers are kept unchanged, so agreement can still be measured.
      """,
    arguments: [
      AuditCommand.roundArgument, AuditCommand.caseArgument,
      .option("moderator", valueName: "id", help: "The moderator's id in the roster."),
      .option("answers", valueName: "file", help: "The agreed answers JSON, or - for stdin."),
      .option("rationale", valueName: "text", help: "Why the grades were settled this way."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try run(invocation) })

  static func run(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let answersPath = try arguments.required("answers")
    let workspace = try invocation.openWorkspace()
    let (bytes, name) = try CommandInputs.readAnswers(answersPath, invocation: invocation)
    let saved = try CommandInputs.rejectingAnswers {
      try ResponseRecording.recordModeration(
        round: try arguments.required("round"), caseID: try arguments.required("case"),
        moderator: try arguments.required("moderator"), answers: bytes, fileName: name,
        rationale: arguments.value("rationale"), workspace: workspace, actor: invocation.actor)
    }
    if arguments.flag("json") {
      struct Output: Encodable {
        let round: String
        let caseReference: String
        let moderator: String
        let revision: Int
        let independentResponses: Int
      }
      try JSONOutput.write(
        Output(
          round: saved.round, caseReference: saved.caseReference, moderator: saved.auditor,
          revision: saved.revision, independentResponses: saved.independentResponses),
        to: invocation)
    } else {
      invocation.stdout.line(
        "Moderated case \(saved.caseReference) in round '\(saved.round)' (revision "
          + "\(saved.revision)); the \(saved.independentResponses) independent response(s) are "
          + "kept as they were.")
      if saved.independentResponses < 2 {
        invocation.note(
          "note: only one independent response exists for this case, so it was not double-audited.")
      }
    }
    return ExitCode.success
  }
}
