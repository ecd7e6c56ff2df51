import AuditForms
import AuditStore
import CaseAuditCLI
import CaseList
import Formats
import Foundation
import Sampling
import Statistics
import TestSupport
import Testing
import Workflows

/// One bad input: the files it writes, the command it runs, and what the user must see.
struct BadInput: Sendable, CustomTestStringConvertible {
  /// What the input is, as a user would describe it.
  let name: String
  /// Files written into the case's folder before the command runs.
  let files: [String: [UInt8]]
  /// The command; an argument `@NAME` is the path of file NAME in the case's folder.
  let arguments: [String]
  /// The exit code: 65 invalid input data, 64 usage, 1 failure.
  let exitCode: Int32
  /// Fragments standard error must hold: the location (file:line:column, JSON path, question
  /// id or option) and the message.
  let fragments: [String]

  var testDescription: String { name }
}

/// The bad-input catalogue (issue 17): every input a case system, a spreadsheet, an editor or a
/// hurried user can produce that CaseAudit must refuse, each refused with its exit code, a
/// message naming where the problem is, and the workspace exactly as it was (every table,
/// row for row, and the format version).
///
/// The commands run in-process through `CaseAudit.run`, as the binary runs them.
@Suite struct BadInputCatalogueTests {
  // MARK: - The catalogue

  static let listHeader =
    "Child Unique ID,Family ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
    + "Does the Child have a Disability,CIN Start Date,Primary Need Code,"
    + "Date Child Was Last Seen,CIN Closure Date,Reason for Closure,Case status,"
    + "Allocated Team,Allocated Worker"
  static let listRow =
    "NB200004,NBF10001,Female,WBRI,27/01/2017,10,No,03/08/2024,N1,23/01/2027,,,"
    + "c) Child in need plan,Kestrel Vale CP,Una Blackwood"

  static func list(_ rows: [String], header: String = listHeader) -> [UInt8] {
    Array(([header] + rows).joined(separator: "\r\n").appending("\r\n").utf8)
  }

  /// `listRow` with field `index` (0-based) replaced.
  static func row(replacing index: Int, with value: String) -> String {
    var fields = listRow.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    fields[index] = value
    return fields.joined(separator: ",")
  }

  static func importing(_ name: String, _ bytes: [UInt8], _ fragments: [String]) -> BadInput {
    BadInput(
      name: "case list: " + name, files: ["list6.csv": bytes],
      arguments: ["cases", "import", "@list6.csv", "--as-of", "2027-03-01"], exitCode: 65,
      fragments: fragments)
  }

  static let caseLists: [BadInput] = [
    importing("an empty file", [], ["list6.csv"]),
    importing("a header and no rows", list([]), ["list6.csv:2:1", "no data rows"]),
    importing(
      "an .xlsx workbook renamed .csv",
      [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8),
      ["list6.csv:1:", "Excel workbook"]),
    importing(
      "an old .xls workbook renamed .csv", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
      ["list6.csv:1:", ".xls"]),
    importing(
      "a NUL byte inside a field",
      list([row(replacing: 13, with: "Kestrel\u{0}Vale")]), ["list6.csv:2:"]),
    importing(
      "an unterminated quote", list([row(replacing: 13, with: "\"Kestrel Vale")]),
      ["list6.csv:2:"]),
    importing(
      "a stray quote inside a field", list([row(replacing: 13, with: "Kestrel \"Vale\"")]),
      ["list6.csv:2:"]),
    importing(
      "a 50 KB field", list([row(replacing: 14, with: String(repeating: "x", count: 50_000))]),
      ["list6.csv:2:"]),
    importing(
      "a header of 20,000 columns",
      list([], header: (0..<20_000).map { "c\($0)" }.joined(separator: ",")), ["list6.csv:1:"]),
    importing(
      "one 2 MB line with no line break", Array(String(repeating: "a,", count: 1_000_000).utf8),
      ["list6.csv:1:"]),
    importing(
      "a column named twice",
      list([listRow + ",x"], header: listHeader + ",Allocated Team"),
      ["list6.csv:1:", "Allocated Team"]),
    importing("a CSV that is not an Annex A list", list(["1,2,3"], header: "a,b,c"), ["list6.csv"]),
    importing(
      "a row without the child's id", list([row(replacing: 0, with: "")]), ["list6.csv:2:"]),
    importing(
      "a start date in month 13", list([row(replacing: 7, with: "03/13/2024")]),
      ["list6.csv:2:"]),
    importing(
      "a start date written in words", list([row(replacing: 7, with: "last Tuesday")]),
      ["list6.csv:2:"]),
    importing(
      "a start date of 30 February", list([row(replacing: 7, with: "30/02/2024")]),
      ["list6.csv:2:"]),
    importing(
      "a start date with the year first and slashes",
      list([row(replacing: 7, with: "2024/08/03/1")]), ["list6.csv:2:"]),
    importing(
      "an Excel serial number for a start date", list([row(replacing: 7, with: "45507.5")]),
      ["list6.csv:2:"]),
    importing(
      "random binary bytes",
      {
        var random = TestRandom(seed: 17)
        return (0..<4_096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      }(), ["list6.csv"]),
    importing(
      "a row with more fields than the header", list([listRow + ",extra,fields"]),
      ["list6.csv:2:"]),
    BadInput(
      name: "case list: a file that does not exist", files: [:],
      arguments: ["cases", "import", "@missing.csv", "--as-of", "2027-03-01"], exitCode: 1,
      fragments: ["missing.csv"]),
  ]

  static func installing(_ name: String, _ text: String, _ fragments: [String]) -> BadInput {
    BadInput(
      name: "audit tool: " + name, files: ["tool.json": Array(text.utf8)],
      arguments: ["form", "install", "@tool.json"], exitCode: 65, fragments: fragments)
  }

  static let question = #"{"id": "q1", "type": "grade", "scale": "ofsted4", "text": "?"}"#
  static func tool(questions: String, extra: String = "") -> String {
    #"{"id": "bad-tool", "version": "1.0.0", "title": "T", "description": "D", "themes": [], "#
      + #""sections": [{"id": "s", "title": "S", "questions": [\#(questions)]}]\#(extra)}"#
  }

  static let tools: [BadInput] = [
    installing("an empty file", "", ["tool.json"]),
    installing("not JSON", "id: bad-tool", ["tool.json:1:1"]),
    installing(
      "a JSON array, not an object", "[1, 2]", ["tool.json:1: (top level)", "expected an object"]),
    installing(
      "no id", tool(questions: question).replacingOccurrences(of: #""id": "bad-tool", "#, with: ""),
      ["tool.json", "id"]),
    installing(
      "an unknown question type",
      tool(questions: #"{"id": "q1", "type": "slider", "text": "?"}"#), ["tool.json", "slider"]),
    installing("a question id used twice", tool(questions: question + "," + question), ["q1"]),
    installing(
      "a condition on a question that does not exist",
      tool(
        questions: question + #", {"id": "q2", "type": "text", "text": "?", "showIf": "q9 == yes"}"#
      ), ["q9"]),
    installing(
      "an unknown grade scale",
      tool(questions: #"{"id": "q1", "type": "grade", "scale": "tenPoint", "text": "?"}"#),
      ["tenPoint"]),
    installing("text after the JSON", tool(questions: question) + " trailing", ["tool.json:1:"]),
    installing(
      "arrays nested 10,000 deep", String(repeating: "[", count: 10_000),
      ["tool.json:1:"]),
    installing("an unterminated string", #"{"id": "bad"#, ["tool.json:1:"]),
  ]

  static func recording(_ name: String, _ json: String, _ fragments: [String], draft: Bool = false)
    -> BadInput
  {
    BadInput(
      name: "answers: " + name, files: ["answers.json": Array(json.utf8)],
      arguments: [
        "audit", "record", "--round", "R1", "--case", "{case}", "--auditor", "{auditor}",
        "--answers", "@answers.json",
      ] + (draft ? ["--draft"] : []), exitCode: 65, fragments: fragments)
  }

  static let answers: [BadInput] = [
    recording("not JSON", "referral.quality = good", ["answers.json:1:1"], draft: true),
    recording("an empty file", "", ["answers.json"], draft: true),
    recording(
      "a question the tool does not have",
      #"{"answers": {"no.such.question": {"value": "good"}}}"#, ["no.such.question"], draft: true),
    recording(
      "a number where a grade belongs", #"{"answers": {"referral.quality": {"value": 3}}}"#,
      ["referral.quality"], draft: true),
    recording(
      "a grade that is not on the scale",
      #"{"answers": {"referral.quality": {"value": "excellent"}}}"#,
      ["referral.quality", "excellent"], draft: true),
    recording(
      "evidence that is not text",
      #"{"answers": {"referral.quality": {"value": "good", "evidence": 42}}}"#,
      ["referral.quality", "evidence"], draft: true),
    recording(
      "a question answered twice",
      #"{"answers": {"referral.quality": {"value": "good"}, "referral.quality": {"value": "good"}}}"#,
      ["referral.quality", "more than once"], draft: true),
    recording(
      "a submission with required questions unanswered",
      #"{"answers": {"referral.quality": {"value": "good", "evidence": "Seen."}}}"#,
      ["answers.json"]),
    recording(
      "fields other than 'answers'", #"{"answers": {}, "case": "C1"}"#, ["answers.json:1:"],
      draft: true),
    recording(
      "an answer that is not an object", #"{"answers": {"referral.quality": "good"}}"#,
      ["referral.quality"], draft: true),
  ]

  static func roster(_ name: String, _ text: String, _ fragments: [String]) -> BadInput {
    BadInput(
      name: "roster: " + name, files: ["roster.csv": Array(text.utf8)],
      arguments: ["auditors", "import", "@roster.csv"], exitCode: 65, fragments: fragments)
  }

  static let rosters: [BadInput] = [
    roster("an empty file", "", ["roster.csv"]),
    roster("no agency column", "id,name,role\nA9,Ann,auditor\n", ["roster.csv:1:", "agency"]),
    roster(
      "an auditor listed twice",
      "id,name,agency,team,role\nA9,Ann,Health,,auditor\nA9,Ann,Health,,auditor\n",
      ["roster.csv:3:1", "repeats the one on line 2"]),
    roster(
      "a role that is not auditor, moderator or lead",
      "id,name,agency,team,role\nA9,Ann,Health,,boss\n", ["roster.csv:2:", "boss"]),
    roster(
      "an auditor without an id", "id,name,agency,team,role\n,Ann,Health,,auditor\n",
      ["roster.csv:2:"]),
  ]

  static func usage(_ name: String, _ arguments: [String], _ fragments: [String]) -> BadInput {
    BadInput(
      name: "command line: " + name, files: [:], arguments: arguments, exitCode: 64,
      fragments: fragments)
  }

  static let commandLines: [BadInput] = [
    usage("a command that does not exist", ["cases", "delete"], ["unknown command 'delete'"]),
    usage(
      "an option that does not exist", ["findings", "--round", "R1", "--colour"], ["--colour"]),
    usage("an option without its value", ["findings", "--round"], ["--round"]),
    usage(
      "a size that is not a number", ["sample", "draw", "--round", "R1", "--size", "ten"],
      ["--size"]),
    usage(
      "a size of zero", ["sample", "draw", "--round", "R1", "--size", "0", "--redraw"], ["--size"]),
    usage(
      "an as-of date of 30 February",
      ["cases", "import", "@none.csv", "--as-of", "2027-02-30"], ["--as-of"]),
    usage(
      "a seed that is not a number",
      ["sample", "draw", "--round", "R1", "--size", "3", "--seed", "lucky", "--redraw"],
      ["--seed"]),
    usage(
      "a neglect filter that does not exist",
      ["sample", "draw", "--round", "R1", "--size", "3", "--neglect", "severe", "--redraw"],
      ["--neglect", "severe"]),
    usage("a round without a name", ["round", "create", "--tool", "neglect-thematic"], ["name"]),
    usage(
      "a stage that does not exist", ["cases", "list", "--stage", "childInDanger"],
      ["childInDanger"]),
    BadInput(
      name: "command line: a round that does not exist", files: [:],
      arguments: ["findings", "--round", "No such round"], exitCode: 1,
      fragments: ["No such round"]),
  ]

  static let all = caseLists + tools + answers + rosters + commandLines

  // MARK: - The checks

  @Test func theCatalogueHasAtLeastFiftyNamedCases() {
    #expect(Self.all.count >= 50)
    #expect(Set(Self.all.map(\.name)).count == Self.all.count)
  }

  @Test(arguments: all)
  func eachBadInputIsRefusedWhereItIsAndChangesNothing(_ input: BadInput) throws {
    let (temp, caseID, auditorID) = try Self.preparedWorkspace()
    for (name, bytes) in input.files {
      try Data(bytes).write(to: URL(fileURLWithPath: temp.directory.file(name)))
    }
    let arguments =
      input.arguments.map { argument -> String in
        if argument.hasPrefix("@") { return temp.directory.file(String(argument.dropFirst())) }
        return argument.replacingOccurrences(of: "{case}", with: caseID)
          .replacingOccurrences(of: "{auditor}", with: auditorID)
      } + ["--workspace", temp.path]
    let before = try Self.fingerprint(temp.path)
    let stdout = OutputSink()
    let stderr = OutputSink()
    let code = CaseAudit.run(
      arguments,
      invocation: Invocation(
        stdout: stdout, stderr: stderr, environment: ["USER": "tester"],
        currentDirectory: temp.directory.path))
    #expect(code == input.exitCode, "\(input.name): \(stderr.text)")
    for fragment in input.fragments {
      #expect(stderr.text.contains(fragment), "\(input.name): '\(fragment)' not in: \(stderr.text)")
    }
    #expect(stderr.text.contains("Error"), "\(input.name): \(stderr.text)")
    #expect(try Self.fingerprint(temp.path) == before, "\(input.name) changed the workspace")
  }

  /// A workspace with 30 children, the built-in tool's round R1, a roster, a drawn sample and
  /// an allocation; returns an allocated case and its auditor.
  static func preparedWorkspace() throws -> (TemporaryWorkspace, String, String) {
    let temp = try TemporaryWorkspace()
    let workspace = temp.workspace
    let asOf = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    let records = (0..<30).map { index in
      CaseRecord(
        id: "C\(100 + index)", stage: .childInNeed, neglectStatus: .confirmed,
        team: "Team \(index % 3)", age: 2 + index % 14,
        startDate: CalendarDate(year: 2026, month: 1 + index % 12, day: 1))
    }
    _ = try workspace.saveSnapshot(
      asOf: asOf, format: "annex-a", sources: [], records: CaseRecords(records), actor: "test")
    _ = try RoundSetup.create(
      name: "R1", toolID: "neglect-thematic", toolVersion: nil, purpose: .routine, training: nil,
      snapshotID: nil, auditDate: asOf, workspace: workspace, actor: "test")
    _ = try workspace.importAuditors(
      [
        Auditor(id: "A1", name: "Ann", agency: "Health", team: nil, role: .auditor),
        Auditor(id: "A2", name: "Bo", agency: "Police", team: nil, role: .auditor),
      ], source: "roster.csv", actor: "test")
    _ = try SampleWork.draw(
      round: "R1", spec: SampleSpec(size: 4, neglect: .any, seed: 3), now: Date(),
      replacingExisting: false, workspace: workspace, actor: "test")
    let allocated = try Allocation.allocate(
      round: "R1", raters: 1, doubleFraction: 0, seed: 3, workspace: workspace, actor: "test")
    let first = try #require(allocated.assignments.first)
    return (temp, first.caseId, first.auditors[0])
  }

  /// Every row of every table and the format version, hashed.
  static func fingerprint(_ path: String) throws -> String {
    let database = try Database(path: path, mode: .readOnly)
    var text = "version \(try database.userVersion)\n"
    let tables = try database.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).compactMap { $0.string("name") }
    for table in tables {
      text += "## \(table)\n"
      for row in try database.query("SELECT * FROM \"\(table)\"") {
        text += "\(row.values)\n"
      }
    }
    return SHA256.hash(Array(text.utf8)).hexString
  }
}
