internal import AuditForms
internal import AuditStore
internal import CaseList
import Formats
internal import Foundation
internal import Reports
internal import Sampling
internal import Workflows

/// `caseaudit audit …`: record, fill, show, list and export auditors' answers.
enum AuditCommand {
  static let definition = CommandDefinition(
    name: "audit", abstract: "Record, fill in, show, list and export audit answers.",
    subcommands: [
      recordCommand, AuditFillCommand.definition, showCommand, listCommand, exportCommand,
    ])

  static let roundArgument = ArgumentDefinition.option(
    "round", valueName: "name", help: "The round.")
  static let caseArgument = ArgumentDefinition.option(
    "case", valueName: "id", help: "The case id (or its CA- reference).")
  static let auditorArgument = ArgumentDefinition.option(
    "auditor", valueName: "id", help: "The auditor's id in the roster.")

  static let recordCommand = CommandDefinition(
    name: "record", abstract: "Save an auditor's answers for a case (a new revision each time).",
    discussion: """
      The answers file is {"answers": {"<questionId>": {"value": …, "evidence": "…"}}} — a
      level code, option code(s), number, ISO date or text, or "na" where allowed. Use - to read
      it from standard input. Every problem is listed with its line and question id, then the
      command exits 65 and saves nothing. --draft saves work in progress, skipping the checks
      for unanswered required questions and missing evidence. Only the case's allocated
      auditors may record unless --unallocated is given (which is logged).
      """,
    arguments: [
      roundArgument, caseArgument, auditorArgument,
      .option(
        "answers", valueName: "file", help: "The answers JSON file, or - for standard input."),
      .flag("draft", help: "Save as a draft (not counted in findings)."),
      .flag("unallocated", help: "Allow an auditor not allocated to this case (logged)."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runRecord(invocation) })

  static func runRecord(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let answersPath = try arguments.required("answers")
    let workspace = try invocation.openWorkspace()
    let (bytes, name) = try CommandInputs.readAnswers(answersPath, invocation: invocation)
    let draft = arguments.flag("draft")
    let saved = try CommandInputs.rejectingAnswers {
      try ResponseRecording.recordAudit(
        round: try arguments.required("round"), caseID: try arguments.required("case"),
        auditor: try arguments.required("auditor"), answers: bytes, fileName: name, draft: draft,
        allowUnallocated: arguments.flag("unallocated"), workspace: workspace,
        actor: invocation.actor)
    }
    if arguments.flag("json") {
      struct Output: Encodable {
        let round: String
        let caseReference: String
        let auditor: String
        let revision: Int
        let status: String
        let answered: Int
      }
      try JSONOutput.write(
        Output(
          round: saved.round, caseReference: saved.caseReference, auditor: saved.auditor,
          revision: saved.revision, status: saved.status.rawValue, answered: saved.answered),
        to: invocation)
    } else {
      invocation.stdout.line(
        "Saved \(draft ? "a draft" : "submitted answers") for case \(saved.caseReference) by "
          + "\(saved.auditor) in round '\(saved.round)': revision \(saved.revision), "
          + "\(saved.answered) answer(s).")
    }
    return ExitCode.success
  }

  // MARK: - show

  static let showCommand = CommandDefinition(
    name: "show", abstract: "Show the answers recorded for a case.",
    arguments: [
      roundArgument, caseArgument,
      .option("auditor", valueName: "id", help: "Only this auditor's (or moderator's) response."),
      .flag("all-revisions", help: "Every revision, not just the latest."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let arguments = invocation.arguments
      let workspace = try invocation.openWorkspace()
      let context = try RoundContext(
        roundName: try arguments.required("round"), workspace: workspace)
      let record = try context.requireCase(try arguments.required("case"))
      let auditor = arguments.value("auditor")
      let revisions = try workspace.responseRevisions(
        round: context.round, caseID: record.id, latestOnly: !arguments.flag("all-revisions")
      ).filter { auditor == nil || $0.auditorID == auditor }
      let reference = context.pseudonyms.reference(for: record.id)
      if arguments.flag("json") {
        try JSONOutput.write(
          revisions.map { ShownRevision($0, reference: reference) }, to: invocation)
        return ExitCode.success
      }
      if revisions.isEmpty {
        invocation.stdout.line(
          "No answers recorded for case \(reference) in round '\(context.round.name)'.")
      }
      for revision in revisions {
        invocation.stdout.line(
          "\(revision.kind == .moderation ? "Moderation" : "Audit") by \(revision.auditorID), "
            + "revision \(revision.revision), \(revision.status.rawValue), \(revision.recordedAt)"
            + (revision.unallocated ? " (unallocated)" : ""))
        if let rationale = revision.rationale {
          invocation.stdout.line("  Rationale: \(rationale)")
        }
        let answers = try revision.answers(using: context.tool)
        for question in context.tool.questions {
          guard let answer = answers[question.id] else { continue }
          invocation.stdout.line("  \(question.id): \(answer.value.exportText)")
          if let evidence = answer.evidence, !evidence.isEmpty {
            invocation.stdout.line("    evidence: \(evidence)")
          }
        }
      }
      return ExitCode.success
    })

  struct ShownRevision: Encodable {
    let caseReference: String
    let auditor: String
    let kind: String
    let revision: Int
    let status: String
    let recordedAt: String
    let unallocated: Bool
    let rationale: String?
    let answers: AnswersJSON

    init(_ revision: ResponseRevision, reference: String) {
      caseReference = reference
      auditor = revision.auditorID
      kind = revision.kind.rawValue
      self.revision = revision.revision
      status = revision.status.rawValue
      recordedAt = revision.recordedAt
      unallocated = revision.unallocated
      rationale = revision.rationale
      answers = AnswersJSON(text: revision.answersJSON)
    }
  }

  /// Embeds stored canonical answers JSON as JSON, not as a string; stored text that is not
  /// JSON fails the output rather than showing as no answers.
  struct AnswersJSON: Encodable {
    let text: String
    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      try container.encode(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)))
    }
  }

  // MARK: - list

  static let listCommand = CommandDefinition(
    name: "list", abstract: "List a round's responses and where each case stands.",
    arguments: [
      roundArgument,
      .option("status", valueName: "status", help: "Only draft, submitted or moderated."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let arguments = invocation.arguments
      let status = try arguments.choice("status", as: ResponseStatus.self)
      let workspace = try invocation.openWorkspace()
      let context = try RoundContext(
        roundName: try arguments.required("round"), workspace: workspace)
      let latest = try workspace.responseRevisions(round: context.round, latestOnly: true)
        .filter { status == nil || $0.status == status }
      struct Listed: Encodable {
        let caseReference: String
        let auditor: String
        let kind: String
        let status: String
        let revision: Int
        let recordedAt: String
      }
      let listed = latest.map {
        Listed(
          caseReference: context.pseudonyms.reference(for: $0.caseID), auditor: $0.auditorID,
          kind: $0.kind.rawValue, status: $0.status.rawValue, revision: $0.revision,
          recordedAt: $0.recordedAt)
      }
      if arguments.flag("json") {
        try JSONOutput.write(listed, to: invocation)
        return ExitCode.success
      }
      invocation.stdout.write(
        TextTable.render(
          header: ["case", "auditor", "kind", "status", "revision", "recorded"],
          rows: listed.map {
            [$0.caseReference, $0.auditor, $0.kind, $0.status, String($0.revision), $0.recordedAt]
          }))
      let submitted = Set(latest.filter { $0.status != .draft }.map(\.caseID))
      invocation.stdout.line(
        "\(listed.count) response(s); \(submitted.count) of \(context.sampled.count) sampled "
          + "case(s) have submitted answers.")
      return ExitCode.success
    })

  // MARK: - export

  enum ExportFormat: String, CaseIterable {
    case json, csv
  }

  static let exportCommand = CommandDefinition(
    name: "export", abstract: "Export a round's answers (latest revisions), one row per answer.",
    discussion: """
      Case references are pseudonyms unless --identify is given (which is logged). CSV is UTF-8
      with a byte-order mark and CRLF line ends, for Excel, with formula-like cells neutralised.
      """,
    arguments: [
      roundArgument,
      .option("format", valueName: "format", help: "json or csv."),
      .option("out", valueName: "file", help: "Write to this file instead of standard output."),
      .flag("identify", help: "Use real case ids instead of pseudonyms (logged)."),
      .flag("include-drafts", help: "Include draft responses."),
      CommonArguments.workspace,
    ],
    run: { invocation in try runExport(invocation) })

  struct ExportRow: Encodable {
    let caseReference: String
    let auditor: String
    let agency: String
    let kind: String
    let status: String
    let revision: Int
    let questionId: String
    let value: String
    let evidence: String
  }

  static func runExport(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    guard let format = try arguments.choice("format", as: ExportFormat.self) else {
      throw UsageError(
        message: "missing '--format' (json or csv)", commandPath: arguments.commandPath)
    }
    let workspace = try invocation.openWorkspace()
    let context = try RoundContext(roundName: try arguments.required("round"), workspace: workspace)
    let identify = arguments.flag("identify")
    let latest = try workspace.responseRevisions(round: context.round, latestOnly: true)
      .filter { arguments.flag("include-drafts") || $0.status != .draft }
    var rows: [ExportRow] = []
    for revision in latest {
      let answers = try revision.answers(using: context.tool)
      for question in context.tool.questions {
        guard let answer = answers[question.id] else { continue }
        rows.append(
          ExportRow(
            caseReference: identify
              ? revision.caseID : context.pseudonyms.reference(for: revision.caseID),
            auditor: revision.auditorID, agency: context.auditors[revision.auditorID]?.agency ?? "",
            kind: revision.kind.rawValue, status: revision.status.rawValue,
            revision: revision.revision, questionId: question.id, value: answer.value.exportText,
            evidence: answer.evidence ?? ""))
      }
    }
    let bytes: [UInt8]
    switch format {
    case .json:
      bytes = Array(try JSONOutput.encoder().encode(rows)) + [0x0A]
    case .csv:
      var writer = CSVWriter()
      writer.append([
        identify ? "case_id" : "case_reference", "auditor", "agency", "kind", "status", "revision",
        "question_id", "value", "evidence",
      ])
      for row in rows {
        writer.append([
          row.caseReference, row.auditor, row.agency, row.kind, row.status, String(row.revision),
          row.questionId, row.value, row.evidence,
        ])
      }
      bytes = writer.data
    }
    // An identified export is logged in the same transaction that hands it over: if the file
    // cannot be written, neither the file nor the event exists.
    let deliver = {
      if let out = arguments.value("out") {
        try CommandInputs.write(bytes, to: invocation.resolve(out))
        invocation.note("Wrote \(rows.count) answer row(s) to \(out).")
      } else {
        invocation.stdout.write(bytes: bytes)
      }
    }
    if identify {
      try workspace.write(
        actor: invocation.actor, action: "export.identified", subject: context.round.name,
        details: ["format": format.rawValue, "rows": String(rows.count)]
      ) { _ in try deliver() }
    } else {
      try deliver()
    }
    return ExitCode.success
  }
}
