internal import AuditStore
internal import CaseList
internal import Findings
import Formats
internal import Foundation
internal import Statistics
internal import Workflows

/// `caseaudit cases …`: import population snapshots and look at them.
enum CasesCommand {
  static let definition = CommandDefinition(
    name: "cases", abstract: "Import the case list and look at the population.",
    subcommands: [importCommand, listCommand, showCommand, qualityCommand])

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

      Problems are errors or data-quality warnings. Errors (the file cannot be read as a case
      list, a row has no child id, a code or date the sample depends on cannot be read) refuse
      the import: exit 65, nothing imported. Warnings (a closure before its start, a visit
      after the as-of date, an unpublished code in a column the sample does not use, an age
      that disagrees with the date of birth, a repeated row) import and are kept with the
      snapshot: 'caseaudit cases quality' lists them. --strict refuses warnings too.

      Problems are grouped by kind and column, with the first lines of each; --problems all
      lists every one as file:line:column: message. --dry-run validates and summarises without
      importing.
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
      .flag("strict", help: "Refuse the import on data-quality warnings too."),
      .flag(
        "again",
        help: "Import files byte-identical to an earlier snapshot's as a new snapshot anyway."),
      CommonArguments.problems, CommonArguments.workspace, CommonArguments.json,
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
    typealias Problem = ProblemOutput
    let snapshot: Int?
    let dryRun: Bool
    let asOf: String
    let sources: [Source]
    let cases: Int
    let open: Int
    let byStage: [String: Int]
    let byNeglectStatus: [String: Int]
    let strict: Bool
    let errors: Int
    let warnings: Int
    let problems: [Problem]

    private enum CodingKeys: String, CodingKey {
      case snapshot, dryRun, asOf, sources, cases, open, byStage, byNeglectStatus, strict, errors
      case warnings, problems
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
      try container.encode(strict, forKey: .strict)
      try container.encode(errors, forKey: .errors)
      try container.encode(warnings, forKey: .warnings)
      try container.encode(problems, forKey: .problems)
    }
  }

  static func runImport(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let format = try arguments.choice("format", as: Format.self) ?? .annexA
    let asOf = try CommandInputs.parseDate(
      arguments.value("as-of"), option: "as-of", invocation: invocation)
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
    var mapped: [MappedFile] = []
    for file in files {
      let map = try mapFile(file, invocation: invocation)
      mapped.append(map)
      sources.append(CaseListSource(name: file, data: map.data, whenRead: map.discard))
    }
    // The fingerprints are computed on their own thread while the lists are parsed.
    let fingerprintsTask = Fingerprints(mapped)
    let strict = arguments.flag("strict")
    let listing = try ProblemListing.parse(arguments)
    let importFormat: SnapshotImport.Format
    switch format {
    case .annexA: importFormat = .annexA
    case .mapped:
      let mappingFile = mappingPath ?? ""
      importFormat = .mapped(
        mapping: CaseListSource(
          name: mappingFile, bytes: try CommandInputs.readFile(mappingFile, invocation: invocation))
      )
    }
    let outcome: SnapshotImport.Outcome
    do {
      outcome = try SnapshotImport.run(
        sources: sources, format: importFormat, asOf: asOf, strict: strict,
        again: arguments.flag("again"), fingerprints: fingerprintsTask.wait,
        workspace: workspace, actor: invocation.actor)
    } catch let empty as SnapshotImport.NoChildren {
      // Its line 2 is where each file's first child should have been.
      throw CommandFailure.invalidInput(
        summary: "the case list holds no child: every file has a header but no data rows; "
          + "nothing was imported",
        diagnostics: empty.files.map { file in
          Diagnostic(
            location: Diagnostic.Location(file: file, line: 2, column: 1), code: "noChildren",
            message: "no data rows after the header")
        })
    }
    let result: CaseListImport
    let storedSources: [SnapshotRecord.Source]
    var snapshotID: Int?
    let refused: Bool
    switch outcome {
    case .alreadyImported(let same):
      if arguments.flag("json") {
        try JSONOutput.write(
          ["snapshot": nil, "sameAsSnapshot": same.id] as [String: Int?], to: invocation)
      } else {
        invocation.stdout.line(
          "Same files as snapshot \(same.id) (as of \(same.asOf), imported \(same.importedAt)): "
            + "nothing imported. Add --again to import them as a new snapshot.")
      }
      return ExitCode.success
    case .imported(let snapshot, let imported, let sources):
      (result, storedSources, snapshotID, refused) = (imported, sources, snapshot, false)
    case .refused(let imported, let sources):
      (result, storedSources, refused) = (imported, sources, true)
    }
    let warnings = result.warnings

    let output = ImportOutput(
      snapshot: snapshotID, dryRun: arguments.flag("dry-run"), asOf: asOf.description,
      sources: storedSources.map {
        .init(file: $0.file, sha256: $0.sha256, rows: $0.rows, kind: $0.kind, encoding: $0.encoding)
      },
      cases: refused ? 0 : result.records.count, open: refused ? 0 : result.openCount,
      byStage: refused
        ? [:]
        : Dictionary(
          uniqueKeysWithValues: result.countsByStage.map { ($0.key.rawValue, $0.value) }),
      byNeglectStatus: refused
        ? [:]
        : Dictionary(
          uniqueKeysWithValues: result.countsByNeglectStatus.map { ($0.key.rawValue, $0.value) }),
      strict: strict, errors: result.problems.count - warnings.count, warnings: warnings.count,
      problems: result.problems.map(ProblemOutput.init))

    if arguments.flag("json") {
      try JSONOutput.write(output, to: invocation)
    } else if !refused {
      printSummary(output, result: result, invocation: invocation)
    }
    for summary in result.sources where summary.encoding == .windows1252 {
      invocation.note(
        "note: \(summary.name) is not valid UTF-8; it was read as Windows-1252 (Excel's plain CSV)."
      )
    }
    let errorCount = result.problems.count - warnings.count
    guard refused else {
      if !warnings.isEmpty, !arguments.flag("json") {
        invocation.note(
          "\(Plural.count(warnings.count, "data-quality warning")) (imported; "
            + "'caseaudit cases quality' lists them again):")
        for line in listing.lines(warnings) { invocation.note("  " + line) }
      }
      return ExitCode.success
    }
    let summary =
      errorCount > 0
      ? "\(Plural.count(errorCount, "error")) and \(Plural.count(warnings.count, "warning")) in "
        + "the case list; nothing was imported."
      : "\(Plural.count(warnings.count, "data-quality warning")) and --strict; nothing was "
        + "imported."
    throw CommandFailure.invalidInput(summary: summary, problems: listing.lines(result.problems))
  }

  private static func printSummary(
    _ output: ImportOutput, result: CaseListImport, invocation: Invocation
  ) {
    let out = invocation.stdout
    if let snapshot = output.snapshot {
      out.line(
        "Imported snapshot \(snapshot) (as of \(output.asOf)) from "
          + "\(Plural.count(output.sources.count, "file")):")
    } else {
      out.line(
        "Dry run (nothing imported), as of \(output.asOf), "
          + "\(Plural.count(output.sources.count, "file")):")
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

  /// Maps a file the user named into memory (see `MappedFile`), or fails with exit 1 naming
  /// it.
  static func mapFile(_ path: String, invocation: Invocation) throws -> MappedFile {
    let resolved = invocation.resolve(path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) else {
      throw CommandFailure.failed("cannot read \(path)")
    }
    guard !isFolder.boolValue else {
      throw CommandFailure.failed("\(path) is a folder, not a file")
    }
    if let file = MappedFile(path: resolved) { return file }
    // A pipe or device (`<(…)`, /dev/stdin) cannot be mapped: read it whole instead.
    guard let handle = FileHandle(forReadingAtPath: resolved),
      let data = try? handle.readToEnd()
    else {
      throw CommandFailure.failed("cannot read \(path)")
    }
    try? handle.close()
    return MappedFile(data: data)
  }

  /// The SHA-256 fingerprints of files' contents, computed on a thread of their own.
  final class Fingerprints: @unchecked Sendable {
    // @unchecked: `digests` is written once by the worker before `done` is signalled, and read
    // only after `wait()` has seen the signal.
    private var digests: [String] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ files: [MappedFile]) {
      Thread.detachNewThread { [self] in
        digests = files.map { file in
          file.data.withUnsafeBytes { raw in
            // Hashed 8 MiB at a time, each block's pages given back once hashed.
            var hasher = SHA256()
            let block = 8 << 20
            for start in stride(from: 0, to: raw.count, by: block) {
              let range = start..<min(start + block, raw.count)
              hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: raw[range]))
              file.discard(range)
            }
            return hasher.finalize().hexString
          }
        }
        done.signal()
      }
    }

    /// The digests, in file order, once computed.
    func wait() -> [String] {
      done.wait()
      return digests
    }
  }
}
