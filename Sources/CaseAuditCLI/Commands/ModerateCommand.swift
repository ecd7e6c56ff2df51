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
    let context = try RoundContext(roundName: try arguments.required("round"), workspace: workspace)
    let record = try context.requireCase(try arguments.required("case"))
    let moderator = try context.requireAuditor(try arguments.required("moderator"))
    guard moderator.role == .moderator || moderator.role == .lead else {
      throw CommandFailure.failed(
        "'\(moderator.id)' is an \(moderator.role.rawValue), not a moderator or lead")
    }
    let submitted = try workspace.responseRevisions(
      round: context.round, caseID: record.id, latestOnly: true
    ).filter { $0.kind == .audit && $0.status == .submitted }
    guard !submitted.isEmpty else {
      throw CommandFailure.failed(
        "no auditor has submitted answers for this case yet; there is nothing to moderate")
    }
    if submitted.contains(where: { $0.auditorID == moderator.id }) {
      throw CommandFailure.failed(
        "'\(moderator.id)' audited this case and cannot also moderate it")
    }
    let (bytes, name) = try CommandInputs.readAnswers(answersPath, invocation: invocation)
    let answers = try CommandInputs.validated(
      bytes, name: name, record: record, tool: context.tool, mode: .submit)
    let reference = context.pseudonyms.reference(for: record.id)
    let revision = try workspace.recordResponse(
      round: context.round, caseID: record.id, caseReference: reference,
      auditorID: moderator.id, kind: .moderation, status: .moderated,
      answersJSON: answers.canonicalJSON(), rationale: arguments.value("rationale"),
      unallocated: false, actor: invocation.actor)
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
          round: context.round.name, caseReference: reference, moderator: moderator.id,
          revision: revision, independentResponses: submitted.count), to: invocation)
    } else {
      invocation.stdout.line(
        "Moderated case \(reference) in round '\(context.round.name)' (revision \(revision)); "
          + "the \(submitted.count) independent response(s) are kept as they were.")
      if submitted.count < 2 {
        invocation.note(
          "note: only one independent response exists for this case, so it was not double-audited.")
      }
    }
    return ExitCode.success
  }
}
