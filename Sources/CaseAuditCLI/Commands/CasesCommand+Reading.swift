internal import AuditStore
internal import CaseList
internal import Findings
import Formats
internal import Foundation
internal import Statistics
internal import Workflows

/// `cases list`, `cases show` and `cases quality`: reading a stored snapshot.
extension CasesCommand {
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

    /// The case as `JSONOutput`'s encoder writes it inside a pretty-printed array.
    ///
    /// Keys sorted, `" : "`, absent optionals left out, two more spaces of indentation —
    /// written directly, so a million-child list no longer pays for an encoder per child.
    /// `nil` when a text needs escaping, which the encoder then does.
    var prettyElement: String? {
      func quoted(_ text: String) -> String? {
        guard !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
          return nil
        }
        return "\"" + text + "\""
      }
      guard let id = quoted(caseId), let reference = quoted(reference),
        let stage = quoted(stage), let neglect = quoted(neglectStatus)
      else { return nil }
      var fields: [String] = []
      if let age { fields.append("\"age\" : \(age)") }
      fields.append("\"caseId\" : " + id)
      if let familyKey {
        guard let family = quoted(familyKey) else { return nil }
        fields.append("\"familyKey\" : " + family)
      }
      fields.append("\"longTerm\" : \(longTerm)")
      if let monthsOpen { fields.append("\"monthsOpen\" : \(monthsOpen)") }
      fields.append("\"neglectStatus\" : " + neglect)
      fields.append("\"reference\" : " + reference)
      fields.append("\"stage\" : " + stage)
      if let team {
        guard let quotedTeam = quoted(team) else { return nil }
        fields.append("\"team\" : " + quotedTeam)
      }
      return "  {\n    " + fields.joined(separator: ",\n    ") + "\n  }"
    }
  }

  /// Streams the matching cases, so memory stays flat however many children match.
  ///
  /// JSON goes element by element; the table in two passes (its column widths first, from
  /// SQL when every value is ASCII, then the rows). The output is what the whole list
  /// rendered at once gave (pinned by `CaseQueryGoldenTests`).
  static func runList(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let stages = Set(try arguments.choices("stage", as: Stage.self))
    let neglect = try arguments.choice("neglect", as: NeglectStatus.self)
    let limit = try arguments.int("limit", in: 1...Int.max)
    let workspace = try invocation.openWorkspace()
    let snapshot = try SampleWork.snapshot(
      id: try arguments.int("snapshot", in: 1...Int.max), workspace: workspace)
    let pseudonyms = try workspace.pseudonymizer()
    let out = ChunkedOutput(invocation.stdout)
    func forEachListed(_ body: (ListedCase) throws -> Void) throws {
      try workspace.forEachCase(
        inSnapshot: snapshot.id, stages: stages, neglect: neglect, limit: limit
      ) { record in
        try body(
          ListedCase(
            caseId: record.id, reference: pseudonyms.reference(for: record.id),
            stage: record.stage.rawValue, neglectStatus: record.neglectStatus.rawValue,
            team: record.team, age: record.age, monthsOpen: record.monthsOpen,
            longTerm: record.isLongTerm, familyKey: record.familyKey))
      }
    }
    if arguments.flag("json") {
      // Each element as the encoder writes it inside a pretty-printed array: its lines
      // indented two more spaces, separated by ",\n" (an empty array is "[\n\n]").
      let encoder = JSONOutput.encoder()
      var count = 0
      out.write("[\n")
      try forEachListed { listed in
        if count > 0 { out.write(",\n") }
        if let element = listed.prettyElement {
          out.write(element)
        } else {
          let element = String(decoding: try encoder.encode(listed), as: UTF8.self)
          out.write(
            element.split(separator: "\n", omittingEmptySubsequences: false)
              .map { "  " + $0 }.joined(separator: "\n"))
        }
        count += 1
      }
      out.write("\n]\n")
      out.flush()
      return ExitCode.success
    }
    let header = ["case", "reference", "stage", "neglect", "team", "age", "months"]
    func cells(_ listed: ListedCase) -> [String] {
      [
        listed.caseId, listed.reference, listed.stage, listed.neglectStatus, listed.team ?? "",
        listed.age.map(String.init) ?? "", listed.monthsOpen.map(String.init) ?? "",
      ]
    }
    var widths = header.map(\.count)
    var count = 0
    if let measured = try workspace.textWidths(
      of: ["case_id", "stage", "neglect_status", "team", "age", "months_open"],
      inSnapshot: snapshot.id, stages: stages, neglect: neglect, limit: limit)
    {
      count = measured.count
      // A reference is "CA-" and ten hex digits, whatever the id.
      let referenceWidth = count > 0 ? pseudonyms.reference(for: "").count : 0
      let columns = [measured.widths[0], referenceWidth] + measured.widths[1...]
      widths = zip(widths, columns).map { max($0, $1) }
    } else {
      try forEachListed { listed in
        count += 1
        widths = zip(widths, cells(listed)).map { max($0, $1.count) }
      }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        index == cells.count - 1
          ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
      }.joined(separator: "  ") + "\n"
    }
    out.write(line(header))
    out.write(line(widths.map { String(repeating: "-", count: $0) }))
    try forEachListed { out.write(line(cells($0))) }
    out.write(Plural.count(count, "case") + " from snapshot \(snapshot.id).\n")
    out.flush()
    return ExitCode.success
  }

  static let showCommand = CommandDefinition(
    name: "show", abstract: "Show one child's record in a snapshot.",
    arguments: [
      .positional("id", valueName: "id", help: "The case id (or its CA- reference)."),
      .option("snapshot", valueName: "id", help: "A snapshot other than the latest."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runShow(invocation) })

  /// A case as `cases show --json` gives it: the record's fields and its data-quality warnings.
  struct ShownCase: Encodable {
    let record: CaseRecord
    let warnings: [ProblemOutput]

    func encode(to encoder: any Encoder) throws {
      try record.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(warnings, forKey: Key(stringValue: "warnings"))
    }

    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }
  }

  static func runShow(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let wanted = try arguments.required("id")
    let workspace = try invocation.openWorkspace()
    let snapshot = try SampleWork.snapshot(
      id: try arguments.int("snapshot", in: 1...Int.max), workspace: workspace)
    let pseudonyms = try workspace.pseudonymizer()
    // A case id is a point lookup; a pseudonymous reference is an HMAC of the id, so it is
    // found by hashing the snapshot's ids (the ids alone are read, not the records).
    var found = try workspace.caseRecord(id: wanted, inSnapshot: snapshot.id)
    if found == nil, wanted.hasPrefix("CA-"),
      let id = try workspace.caseIDs(inSnapshot: snapshot.id).first(where: {
        pseudonyms.reference(for: $0) == wanted
      })
    {
      found = try workspace.caseRecord(id: id, inSnapshot: snapshot.id)
    }
    guard let record = found else {
      throw CommandFailure.failed("no case with that id in snapshot \(snapshot.id)")
    }
    let warnings = try workspace.warnings(inSnapshot: snapshot.id, caseID: record.id)
    if arguments.flag("json") {
      try JSONOutput.write(
        ShownCase(record: record, warnings: warnings.map(ProblemOutput.init)), to: invocation)
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
    if let category = record.abuseCategory {
      out.line("  Category of abuse: \(category.rawValue)")
    }
    if record.isUnborn { out.line("  Unborn at the as-of date") }
    if let end = record.endDate { out.line("  Last closure:     \(end)") }
    if warnings.isEmpty {
      out.line("  Data quality:     no warnings")
    } else {
      out.line("  Data quality:     \(Plural.count(warnings.count, "warning")):")
      for warning in warnings { out.line("    \(warning.description)") }
    }
    return ExitCode.success
  }

  // MARK: - quality

  static let qualityCommand = CommandDefinition(
    name: "quality",
    abstract: "List the data-quality warnings kept with a snapshot (the latest by default).",
    discussion: """
      The warnings an import let through: problems a QA lead must see but can audit through
      (see 'caseaudit cases import --help'). They are grouped by kind and column; --problems
      all lists each with its file:line:column. Warnings name rows and columns, never
      children: 'caseaudit cases show ID' shows those that flag one child.
      """,
    arguments: [
      .option("snapshot", valueName: "id", help: "A snapshot other than the latest."),
      CommonArguments.problems, CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runQuality(invocation) })

  struct QualityOutput: Encodable {
    let snapshot: Int
    let asOf: String
    let warnings: Int
    let byKind: [String: Int]
    let problems: [ProblemOutput]
  }

  static func runQuality(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let listing = try ProblemListing.parse(arguments)
    let workspace = try invocation.openWorkspace()
    let snapshot = try SampleWork.snapshot(
      id: try arguments.int("snapshot", in: 1...Int.max), workspace: workspace)
    let warnings = try workspace.warnings(inSnapshot: snapshot.id)
    if arguments.flag("json") {
      try JSONOutput.write(
        QualityOutput(
          snapshot: snapshot.id, asOf: snapshot.asOf.description, warnings: warnings.count,
          byKind: warnings.reduce(into: [:]) { $0[$1.kind.rawValue, default: 0] += 1 },
          problems: warnings.map(ProblemOutput.init)),
        to: invocation)
      return ExitCode.success
    }
    let out = invocation.stdout
    guard !warnings.isEmpty else {
      out.line("Snapshot \(snapshot.id) (as of \(snapshot.asOf)): no data-quality warnings.")
      return ExitCode.success
    }
    out.line(
      "Snapshot \(snapshot.id) (as of \(snapshot.asOf)): "
        + "\(Plural.count(warnings.count, "data-quality warning")).")
    for line in listing.lines(warnings) { out.line("  " + line) }
    return ExitCode.success
  }
}
