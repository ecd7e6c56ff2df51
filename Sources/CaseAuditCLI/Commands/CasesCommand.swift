internal import AuditStore
internal import CaseList
internal import Foundation
internal import Statistics

/// `caseaudit cases …`: import population snapshots and look at them.
enum CasesCommand {
  static let definition = CommandDefinition(
    name: "cases", abstract: "Import the case list and look at the population.",
    subcommands: [importCommand, listCommand, showCommand])

  enum Format: String, CaseIterable {
    case annexA = "annex-a"
    case mapped
  }

  static let importCommand = CommandDefinition(
    name: "import", abstract: "Import case-list CSV files as a population snapshot.",
    discussion: """
      annex-a: Ofsted Annex A lists 6, 7 and 8 (2–5 optional), recognised by their headers and
      merged into one record per child by "Child Unique ID". mapped: any CSV with a JSON mapping
      (--mapping) from our fields to its columns and codes; see the README.

      Every problem in every file is reported as file:line:column: message; then the command
      exits 65 and imports nothing. --dry-run validates and summarises without importing.
      """,
    arguments: [
      .positional("files", valueName: "file", repeating: true, help: "The CSV files."),
      .option(
        "format", valueName: "format", help: "annex-a (default) or mapped."),
      .option("mapping", valueName: "file", help: "The JSON mapping, with --format mapped."),
      .option(
        "as-of", valueName: "YYYY-MM-DD",
        help: "The date the lists describe (default: today, UTC)."),
      .flag("dry-run", help: "Validate and summarise; import nothing."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runImport(invocation) })

  struct ImportOutput: Encodable {
    struct Source: Encodable {
      let file: String
      let sha256: String
      let rows: Int
      let kind: String
      let encoding: String
    }
    struct Problem: Encodable {
      let file: String
      let line: Int
      let column: Int
      let message: String
    }
    let snapshot: Int?
    let dryRun: Bool
    let asOf: String
    let sources: [Source]
    let cases: Int
    let open: Int
    let byStage: [String: Int]
    let byNeglectStatus: [String: Int]
    let problems: [Problem]

    private enum CodingKeys: String, CodingKey {
      case snapshot, dryRun, asOf, sources, cases, open, byStage, byNeglectStatus, problems
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      // "snapshot" is null on a dry run or a failed import, never absent.
      if let snapshot {
        try container.encode(snapshot, forKey: .snapshot)
      } else {
        try container.encodeNil(forKey: .snapshot)
      }
      try container.encode(dryRun, forKey: .dryRun)
      try container.encode(asOf, forKey: .asOf)
      try container.encode(sources, forKey: .sources)
      try container.encode(cases, forKey: .cases)
      try container.encode(open, forKey: .open)
      try container.encode(byStage, forKey: .byStage)
      try container.encode(byNeglectStatus, forKey: .byNeglectStatus)
      try container.encode(problems, forKey: .problems)
    }
  }

  static func runImport(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let format = try arguments.choice("format", as: Format.self) ?? .annexA
    let asOf = try parseDate(arguments.value("as-of"), option: "as-of", invocation: invocation)
    let mappingPath = arguments.value("mapping")
    if format == .mapped, mappingPath == nil {
      throw UsageError(
        message: "--format mapped needs --mapping FILE", commandPath: arguments.commandPath)
    }
    if format == .annexA, mappingPath != nil {
      throw UsageError(
        message: "--mapping is only used with --format mapped", commandPath: arguments.commandPath)
    }
    // Open the workspace first, so a missing workspace is reported before any work is done.
    let workspace = arguments.flag("dry-run") ? nil : try invocation.openWorkspace()

    let files = arguments.values("files")
    var sources: [CaseListSource] = []
    var fingerprints: [String] = []
    for file in files {
      let bytes = try readFile(file, invocation: invocation)
      fingerprints.append(SHA256.hash(bytes).hexString)
      sources.append(CaseListSource(name: file, bytes: bytes))
    }
    let result: CaseListImport
    switch format {
    case .annexA:
      result = CaseListImporter.importAnnexA(sources: sources, asOf: asOf)
    case .mapped:
      let mappingFile = mappingPath ?? ""
      let mapping = CaseListSource(
        name: mappingFile, bytes: try readFile(mappingFile, invocation: invocation))
      result = CaseListImporter.importMapped(sources: sources, mapping: mapping, asOf: asOf)
    }

    var snapshotID: Int?
    let storedSources = zip(result.sources, fingerprints).map { summary, sha in
      SnapshotRecord.Source(
        file: summary.name, sha256: sha, kind: kindCode(summary.kind),
        encoding: summary.encoding.rawValue, rows: summary.dataRows)
    }
    if result.problems.isEmpty, let workspace {
      snapshotID = try workspace.saveSnapshot(
        asOf: asOf, format: format.rawValue, sources: storedSources, records: result.records,
        actor: invocation.actor)
    }

    let output = ImportOutput(
      snapshot: snapshotID, dryRun: arguments.flag("dry-run"), asOf: asOf.description,
      sources: storedSources.map {
        .init(file: $0.file, sha256: $0.sha256, rows: $0.rows, kind: $0.kind, encoding: $0.encoding)
      },
      cases: result.records.count, open: result.openCount,
      byStage: Dictionary(
        uniqueKeysWithValues: result.countsByStage.map { ($0.key.rawValue, $0.value) }),
      byNeglectStatus: Dictionary(
        uniqueKeysWithValues: result.countsByNeglectStatus.map { ($0.key.rawValue, $0.value) }),
      problems: result.problems.map {
        .init(file: $0.file, line: $0.line, column: $0.column, message: $0.message)
      })

    if arguments.flag("json") {
      try JSONOutput.write(output, to: invocation)
    } else if result.problems.isEmpty {
      printSummary(output, result: result, invocation: invocation)
    }
    for summary in result.sources where summary.encoding == .windows1252 {
      invocation.note(
        "note: \(summary.name) is not valid UTF-8; it was read as Windows-1252 (Excel's plain CSV)."
      )
    }
    guard result.problems.isEmpty else {
      let count = result.problems.count
      throw CommandFailure.invalidInput(
        summary:
          "\(count) problem\(count == 1 ? "" : "s") in the case list; nothing was imported.",
        problems: result.problems.map(\.description))
    }
    return ExitCode.success
  }

  private static func printSummary(
    _ output: ImportOutput, result: CaseListImport, invocation: Invocation
  ) {
    let out = invocation.stdout
    if let snapshot = output.snapshot {
      out.line(
        "Imported snapshot \(snapshot) (as of \(output.asOf)) from \(output.sources.count) file(s):"
      )
    } else {
      out.line("Dry run (nothing imported), as of \(output.asOf), \(output.sources.count) file(s):")
    }
    for (source, summary) in zip(output.sources, result.sources) {
      out.line(
        "  \(source.file): \(summary.kind), \(source.rows) rows, \(source.encoding), "
          + "sha256 \(source.sha256)")
    }
    out.line("Children: \(output.cases) (\(output.open) with something open)")
    let stages = Stage.allCases.reversed().compactMap { stage in
      result.countsByStage[stage].map { "\(stage.rawValue) \($0)" }
    }
    out.line("By stage: " + stages.joined(separator: ", "))
    let statuses = NeglectStatus.allCases.compactMap { status in
      result.countsByNeglectStatus[status].map { "\(status.rawValue) \($0)" }
    }
    out.line("By neglect status: " + statuses.joined(separator: ", "))
  }

  static func kindCode(_ kind: SourceKind) -> String {
    switch kind {
    case .annexA(let list): "list\(list.rawValue)"
    case .mapped: "mapped"
    case .unrecognised: "unrecognised"
    }
  }

  /// Reads a file the user named, or fails with exit 1 naming it.
  static func readFile(_ path: String, invocation: Invocation) throws -> [UInt8] {
    let resolved = invocation.resolve(path)
    guard let data = FileManager.default.contents(atPath: resolved) else {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder)
      throw CommandFailure.failed(
        exists && isFolder.boolValue ? "\(path) is a folder, not a file" : "cannot read \(path)")
    }
    return [UInt8](data)
  }

  /// Parses a `YYYY-MM-DD` option, defaulting to today's UTC date.
  static func parseDate(_ text: String?, option: String, invocation: Invocation) throws
    -> CalendarDate
  {
    guard let text else {
      let days = Int((invocation.now().timeIntervalSince1970 / 86_400).rounded(.down))
      return CalendarDate(daysSinceEpoch: days)
    }
    guard let date = CalendarDate(iso: text) else {
      throw UsageError(
        message: "'--\(option)' takes a date as YYYY-MM-DD, not '\(text)'",
        commandPath: invocation.arguments.commandPath)
    }
    return date
  }

  /// The year two-digit years are read near: the current UTC year.
  static func parseDateDefaultYear(_ invocation: Invocation) -> Int {
    CalendarDate(daysSinceEpoch: Int(invocation.now().timeIntervalSince1970 / 86_400)).year
  }

  // MARK: - list and show

  static let listCommand = CommandDefinition(
    name: "list", abstract: "List the children in a snapshot (the latest by default).",
    arguments: [
      .option("stage", valueName: "stage", repeating: true, help: "Only these stages."),
      .option("neglect", valueName: "status", help: "Only confirmed, possible or none."),
      .option("snapshot", valueName: "id", help: "A snapshot other than the latest."),
      .option("limit", short: "n", valueName: "n", help: "Show at most this many."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runList(invocation) })

  struct ListedCase: Encodable {
    let caseId: String
    let reference: String
    let stage: String
    let neglectStatus: String
    let team: String?
    let age: Int?
    let monthsOpen: Int?
    let longTerm: Bool
    let familyKey: String?
  }

  static func runList(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let stages = Set(try arguments.choices("stage", as: Stage.self))
    let neglect = try arguments.choice("neglect", as: NeglectStatus.self)
    let limit = try arguments.int("limit", in: 1...Int.max)
    let workspace = try invocation.openWorkspace()
    let snapshot = try resolveSnapshot(arguments, workspace: workspace)
    let pseudonyms = try workspace.pseudonymizer()
    var listed: [ListedCase] = []
    for record in try workspace.cases(inSnapshot: snapshot.id) {
      if !stages.isEmpty, !stages.contains(record.stage) { continue }
      if let neglect, record.neglectStatus != neglect { continue }
      listed.append(
        ListedCase(
          caseId: record.id, reference: pseudonyms.reference(for: record.id),
          stage: record.stage.rawValue, neglectStatus: record.neglectStatus.rawValue,
          team: record.team, age: record.age, monthsOpen: record.monthsOpen,
          longTerm: record.isLongTerm, familyKey: record.familyKey))
      if let limit, listed.count >= limit { break }
    }
    if arguments.flag("json") {
      try JSONOutput.write(listed, to: invocation)
      return ExitCode.success
    }
    let rows = listed.map {
      [
        $0.caseId, $0.reference, $0.stage, $0.neglectStatus, $0.team ?? "",
        $0.age.map(String.init) ?? "",
        $0.monthsOpen.map(String.init) ?? "",
      ]
    }
    invocation.stdout.write(
      TextTable.render(
        header: ["case", "reference", "stage", "neglect", "team", "age", "months"], rows: rows))
    invocation.stdout.line("\(listed.count) case(s) from snapshot \(snapshot.id).")
    return ExitCode.success
  }

  static func resolveSnapshot(_ arguments: ParsedArguments, workspace: Workspace) throws
    -> SnapshotRecord
  {
    if let id = try arguments.int("snapshot", in: 1...Int.max) {
      guard let snapshot = try workspace.snapshot(id: id) else {
        throw CommandFailure.failed("there is no snapshot \(id)")
      }
      return snapshot
    }
    guard let latest = try workspace.latestSnapshot() else {
      throw CommandFailure.failed(
        "the workspace has no case list yet; import one with 'caseaudit cases import'")
    }
    return latest
  }

  static let showCommand = CommandDefinition(
    name: "show", abstract: "Show one child's record in a snapshot.",
    arguments: [
      .positional("id", valueName: "id", help: "The case id (or its CA- reference)."),
      .option("snapshot", valueName: "id", help: "A snapshot other than the latest."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runShow(invocation) })

  static func runShow(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let wanted = try arguments.required("id")
    let workspace = try invocation.openWorkspace()
    let snapshot = try resolveSnapshot(arguments, workspace: workspace)
    let pseudonyms = try workspace.pseudonymizer()
    guard
      let record = try workspace.cases(inSnapshot: snapshot.id).first(where: {
        $0.id == wanted || pseudonyms.reference(for: $0.id) == wanted
      })
    else {
      throw CommandFailure.failed("no case with that id in snapshot \(snapshot.id)")
    }
    if arguments.flag("json") {
      try JSONOutput.write(record, to: invocation)
      return ExitCode.success
    }
    let out = invocation.stdout
    out.line(
      "Case \(record.id) (\(pseudonyms.reference(for: record.id))), snapshot \(snapshot.id) as of \(snapshot.asOf)"
    )
    out.line("  Stage:            \(record.stage.label)")
    out.line("  Neglect status:   \(record.neglectStatus.rawValue)")
    out.line("  Team / worker:    \(record.team ?? "—") / \(record.worker ?? "—")")
    out.line(
      "  Age:              \(record.age.map(String.init) ?? "unknown") (\(record.ageBand.rawValue))"
    )
    out.line(
      "  Started:          \(record.startDate?.description ?? "—"), \(record.monthsOpen.map { "\($0) months" } ?? "—")\(record.isLongTerm ? " (long-term)" : "")"
    )
    out.line("  Previous CP plans: \(record.previousPlans.map(String.init) ?? "—")")
    out.line("  Family key:       \(record.familyKey ?? "—")")
    out.line(
      "  Gender / ethnicity / disability: \(record.gender ?? "—") / \(record.ethnicity ?? "—") / \(record.disability.map { $0 ? "yes" : "no" } ?? "—")"
    )
    return ExitCode.success
  }
}
