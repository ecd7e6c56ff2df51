internal import AuditStore
internal import Findings
internal import Foundation
internal import Reports
internal import Workflows

/// `caseaudit report`: the paper for the partnership's quality-assurance sub-group.
enum ReportCommand {
  enum Format: String, CaseIterable {
    case html
    case md
    case csv
    case json
    case summary
  }

  static let definition = CommandDefinition(
    name: "report", abstract: "Write a round's report: HTML, Markdown, CSV for Excel, or JSON.",
    discussion: """
      HTML is one self-contained file (inline CSS and SVG charts, no scripts or external
      resources) that opens offline and prints well. CSV writes the summary tables to FILE and
      the answers in long form (one row per case and question) beside it as FILE-responses.csv.
      Case references are pseudonyms unless --identify is given (which is logged).
      """,
    arguments: [
      .option("round", valueName: "name", help: "The round."),
      .option(
        "compare-with", valueName: "round",
        help: "An earlier round to compare with (training impact)."),
      .option(
        "trained-workers", valueName: "course",
        help: "With --compare-with: split by training attendance."),
      .option(
        "design", valueName: "cohort|per-round",
        help: "With --trained-workers: cohort (default) or per-round grouping."),
      .option(
        "by", valueName: "dimension",
        help: "A breakdown (stage, team, auditorAgency, ageBand, neglectType, longTerm)."),
      .option(
        "format", valueName: "format",
        help: "html, md, csv, json, or summary (the two-page summary for the board, as HTML)."),
      .option("out", valueName: "file", help: "The file to write."),
      .option("partnership", valueName: "name", help: "The partnership's name for the cover."),
      .flag("identify", help: "Use real case ids instead of pseudonyms (logged)."),
      .flag(
        "verify",
        help: "Re-derive the sample from the population snapshot now (otherwise the report cites "
          + "the last 'sample verify' of this sample)."),
      CommonArguments.workspace,
    ],
    run: { invocation in try run(invocation) })

  static func run(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    guard let format = try arguments.choice("format", as: Format.self) else {
      throw UsageError(
        message: "missing '--format' (html, md, csv, json or summary)",
        commandPath: arguments.commandPath)
    }
    let out = invocation.resolve(try arguments.required("out"))
    let dimension = try arguments.choice("by", as: BreakdownDimension.self)
    let identify = arguments.flag("identify")
    if arguments.value("trained-workers") != nil && arguments.value("compare-with") == nil {
      throw UsageError(
        message: "--trained-workers needs --compare-with", commandPath: arguments.commandPath)
    }
    let workspace = try invocation.openWorkspace()
    let report = try ReportAssembly.assemble(
      ReportRequest(
        round: try arguments.required("round"), compareWith: arguments.value("compare-with"),
        trainedWorkers: arguments.value("trained-workers"), design: try arguments.trainingDesign(),
        breakdown: dimension, partnership: arguments.value("partnership"), identify: identify,
        verify: arguments.flag("verify")),
      workspace: workspace, actor: invocation.actor, now: invocation.now())
    let input = report.input
    let context = report.audited.context

    var files: [(String, [UInt8])] = []
    switch format {
    case .html: files = [(out, Array(HTMLReport.render(input).utf8))]
    case .summary: files = [(out, Array(HTMLReport.renderSummary(input).utf8))]
    case .md: files = [(out, Array(MarkdownReport.render(input).utf8))]
    case .json: files = [(out, try JSONReport.render(input))]
    case .csv:
      files = [
        (out, CSVReport.summary(input)),
        (responsesPath(for: out), CSVReport.responses(rows: try report.responseRows())),
      ]
    }
    let written = files.map(\.0)
    // The report and its event land together: written inside the transaction that logs it,
    // and removed again if that transaction fails.
    do {
      try workspace.write(
        actor: invocation.actor, action: identify ? "report.identified" : "report.written",
        subject: context.round.name,
        details: ["format": format.rawValue, "compareWith": arguments.value("compare-with") ?? ""]
      ) { _ in
        for (path, bytes) in files { try CommandInputs.write(bytes, to: path) }
      }
    } catch {
      for path in written { try? FileManager.default.removeItem(atPath: path) }
      throw error
    }
    for path in written { invocation.stdout.line("Wrote \(path)") }
    return ExitCode.success
  }

  /// `report.csv` → `report-responses.csv`.
  static func responsesPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let stem = url.deletingPathExtension().lastPathComponent
    return url.deletingLastPathComponent().appendingPathComponent("\(stem)-responses.csv").path
  }
}
