import AuditStore
import CaseAuditCLI
import Foundation
import TestSupport
import Testing

/// Data-quality warnings through the command line, in-process: an export with warnings imports
/// and keeps them, `cases quality` and `cases show` list them, `--strict` refuses them, problems
/// are grouped, and the built-in samples are the files in `Samples/northbridge`.
struct DataQualityCommandTests {
  /// The result of one in-process run.
  struct Run {
    var code: Int32
    var stdout: String
    var stderr: String
  }

  private func run(_ arguments: [String], in directory: TemporaryDirectory) -> Run {
    let out = OutputSink()
    let err = OutputSink()
    let invocation = Invocation(
      stdout: out, stderr: err, environment: ["CASEAUDIT_ACTOR": "test"],
      currentDirectory: directory.path)
    let code = CaseAudit.run(arguments, invocation: invocation)
    return Run(code: code, stdout: out.text, stderr: err.text)
  }

  /// A published-layout list 6 of five children: two closed with the closure before the start
  /// (warnings), one whose gender is not a published code (a warning), and one header
  /// misspelt (a warning with a suggestion).
  private func list6(_ directory: TemporaryDirectory, status: String = "c) Child in need plan")
    throws -> String
  {
    let rows = [
      "Child Unique ID,Gender,Ethnicity,Date of Birth,Does the Child have a Disability,"
        + "CIN Start Date,Primary Need Code,CIN Closure Date,Case Status,Allocated Teem,"
        + "Allocated Worker",
      "C1,b) Female,a) WBRI,05/06/2015,b) No,01/04/2026,N1,,\(status),Team A,W1",
      "C2,Male,WBRI,05/06/2014,No,01/03/2027,N1 - Abuse or neglect,01/02/2027,"
        + "e) Closed episode,Team A,W2",
      "C3,F,White British,05/06/2013,N,01/03/2027,Abuse or neglect,01/01/2027,Closed episode,"
        + "Team B,W3",
      "C4,Not a gender,AIND,05/06/2012,c) Unknown,01/05/2026,N5,,d) Open assessment,Team B,W4",
      "C5,a) Male,BCRB,05/06/2011,a) Yes,01/05/2026,N4,,b) Child Protection plan,Team C,W5",
    ]
    return try directory.write(rows.joined(separator: "\r\n") + "\r\n", to: "l6.csv")
  }

  @Test func warningsImportAndAreKeptWithTheSnapshot() throws {
    let directory = try TemporaryDirectory()
    let file = try list6(directory)
    let ws = ["--workspace", directory.file("w.db")]
    #expect(run(["init"] + ws, in: directory).code == 0)
    let imported = run(["cases", "import", file, "--as-of", "2027-03-31"] + ws, in: directory)
    #expect(imported.code == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("Children: 5"))
    #expect(imported.stderr.contains("4 data-quality warnings"))
    #expect(
      imported.stderr.contains(
        "l6.csv: 2 rows: warning: 'CIN Closure Date' is before 'CIN Start Date' (e.g. lines 3, 4)"
      ))
    #expect(imported.stderr.contains("(did you mean 'Allocated Team'?)"))

    let quality = run(["cases", "quality", "--json"] + ws, in: directory)
    #expect(quality.code == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(quality.stdout.utf8)) as? [String: Any])
    #expect(object["warnings"] as? Int == 4)
    let byKind = try #require(object["byKind"] as? [String: Int])
    #expect(byKind == ["endBeforeStart": 2, "code": 1, "header": 1])
    let problems = try #require(object["problems"] as? [[String: Any]])
    #expect(problems.allSatisfy { $0["severity"] as? String == "warning" })
    for id in ["C1", "C2", "C3", "C4", "C5"] { #expect(!quality.stdout.contains("\"\(id)\"")) }

    let all = run(["cases", "quality", "--problems", "all"] + ws, in: directory)
    #expect(all.stdout.contains("l6.csv:3:"))
    #expect(all.stdout.contains("l6.csv:4:"))

    let shown = run(["cases", "show", "C4"] + ws, in: directory)
    #expect(shown.stdout.contains("Data quality:     1 warning:"))
    #expect(shown.stdout.contains("'Gender' 'Not a gender' is not a published gender"))
    #expect(run(["cases", "show", "C1"] + ws, in: directory).stdout.contains("no warnings"))
    let stages = try json(run(["cases", "show", "C5", "--json"] + ws, in: directory).stdout)
    #expect(stages["stage"] as? String == "childProtection")
    #expect((stages["warnings"] as? [Any])?.isEmpty == true)
  }

  @Test func strictRefusesWarningsAndImportsNothing() throws {
    let directory = try TemporaryDirectory()
    let file = try list6(directory)
    let ws = ["--workspace", directory.file("w.db")]
    #expect(run(["init"] + ws, in: directory).code == 0)
    let strict = run(
      ["cases", "import", file, "--as-of", "2027-03-31", "--strict"] + ws, in: directory)
    #expect(strict.code == 65)
    #expect(strict.stderr.contains("4 data-quality warnings and --strict; nothing was imported."))
    let status = try json(run(["status", "--json"] + ws, in: directory).stdout)
    #expect(status["snapshots"] as? Int == 0)
  }

  @Test func anUnpublishedStatusIsAnErrorGroupedByColumn() throws {
    let directory = try TemporaryDirectory()
    let rows =
      ["Child Unique ID,CIN Start Date,Primary Need Code,CIN Closure Date,Case Status"]
      + (1...5).map { "C\($0),01/04/2026,N1,,f) Pending" }
    let file = try directory.write(rows.joined(separator: "\n") + "\n", to: "l6.csv")
    let ws = ["--workspace", directory.file("w.db")]
    #expect(run(["init"] + ws, in: directory).code == 0)
    let refused = run(["cases", "import", file, "--as-of", "2027-03-31"] + ws, in: directory)
    #expect(refused.code == 65)
    #expect(
      refused.stderr.contains(
        "l6.csv: 5 rows: 'Case Status' 'f) Pending' is not a published case status"))
    #expect(refused.stderr.contains("(e.g. lines 2, 3, 4)"))
    #expect(
      refused.stderr.hasSuffix(
        "Error: 5 errors and 0 warnings in the case list; nothing was imported.\n"))
    for id in ["C1", "C2", "C5"] { #expect(!refused.stderr.contains(id + ",")) }
    let all = run(
      ["cases", "import", file, "--as-of", "2027-03-31", "--problems", "all"] + ws, in: directory)
    #expect(all.stderr.components(separatedBy: "is not a published case status").count == 6)
    let json = run(
      ["cases", "import", file, "--as-of", "2027-03-31", "--json"] + ws, in: directory)
    let output = try self.json(json.stdout)
    #expect((output["problems"] as? [[String: Any]])?.count == 5)
    #expect(output["errors"] as? Int == 5)
    #expect(output["snapshot"] is NSNull)
  }

  @Test func theBuiltInSamplesAreTheFilesInSamples() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("Samples/northbridge")
    let embedded = DemoSampleFiles.all
    let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".json") }.sorted()
    #expect(embedded.map(\.name) == onDisk)
    for (name, bytes) in embedded {
      let file = try Data(contentsOf: folder.appendingPathComponent(name))
      #expect(bytes == file, "\(name) differs from Samples/northbridge/\(name)")
    }
  }

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}
