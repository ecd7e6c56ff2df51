import AuditStore
import Foundation
import TestSupport
import Testing

/// Files a spreadsheet or a case system can produce that are not a case list: each refused
/// with exit 65, its place, and the workspace unchanged.
@Suite struct HostileFileTests {
  private func importing(_ bytes: [UInt8], name: String) throws -> (CommandResult, Int) {
    let temp = try TemporaryWorkspace()
    let path = temp.directory.file(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = try CommandRunner.run(
      [
        "cases", "import", path, "--format", "annex-a", "--as-of", "2027-03-01", "--workspace",
        temp.path,
      ])
    return (result, try temp.workspace.snapshots().count)
  }

  @Test func anExcelWorkbookRenamedCSVIsNamedAsSuch() throws {
    // The first bytes of every .xlsx: a ZIP local file header.
    let (result, snapshots) = try importing(
      [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8),
      name: "list6.csv")
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("list6.csv:1:"))
    #expect(result.stderr.contains("Excel workbook"))
    #expect(result.stderr.contains("CSV UTF-8"))
    #expect(!result.stderr.contains("stray quote"))
    #expect(snapshots == 0)
  }

  @Test func anOldExcelWorkbookIsNamedToo() throws {
    let (result, snapshots) = try importing(
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], name: "list6.csv")
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains(".xls"))
    #expect(snapshots == 0)
  }

  @Test func aHeaderWithNoRowsImportsNothing() throws {
    // The header of the synthetic list 6, and nothing after it.
    let sample = try String(
      contentsOfFile: DemoTests.samples + "/list6-children-in-need-2027-03-01.csv", encoding: .utf8)
    let header = String(try #require(sample.split(whereSeparator: \.isNewline).first)) + "\r\n"
    let (result, snapshots) = try importing(Array(header.utf8), name: "list6.csv")
    #expect(result.exitCode == 65, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains("list6.csv:2:1"))
    #expect(result.stderr.contains("no data rows"))
    #expect(snapshots == 0)
  }

  private func sampleList6() throws -> [Substring] {
    let sample = try String(
      contentsOfFile: DemoTests.samples + "/list6-children-in-need-2027-03-01.csv", encoding: .utf8)
    return sample.split(whereSeparator: \.isNewline)
  }

  @Test func aFiftyKilobyteFieldIsRefusedWhereItIs() throws {
    let lines = try sampleList6()
    var row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    row[1] = String(repeating: "x", count: 50_000)
    let text =
      [String(lines[0]), String(lines[1]), row.joined(separator: ",")]
      .joined(separator: "\r\n") + "\r\n"
    let (result, snapshots) = try importing(Array(text.utf8), name: "list6.csv")
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("list6.csv:3:"), "\(result.stderr)")
    #expect(result.stderr.contains("50000 bytes long"))
    #expect(snapshots == 0)
  }

  @Test func twentyThousandColumnsAndAHugeLineAreRefusedAtOnce() throws {
    let header = (0..<20_000).map { "c\($0)" }.joined(separator: ",") + "\n"
    let (wide, wideSnapshots) = try importing(Array(header.utf8), name: "wide.csv")
    #expect(wide.exitCode == 65)
    #expect(wide.stderr.contains("wide.csv:1:"))
    #expect(wide.stderr.contains("20000 columns"))
    #expect(wideSnapshots == 0)
    let started = Date()
    let (long, longSnapshots) = try importing(
      Array(repeating: UInt8(ascii: "x"), count: 8_000_000), name: "long.csv")
    #expect(long.exitCode == 65)
    #expect(long.stderr.contains("8000000 bytes long"))
    #expect(longSnapshots == 0)
    // Linear reading: an 8 MB line is read in well under the time the 800 KB one used to take.
    #expect(Date().timeIntervalSince(started) < 20)
  }

  @Test func byteIdenticalFilesAreNotImportedTwiceUnlessAsked() throws {
    let temp = try TemporaryWorkspace()
    let files = [
      DemoTests.samples + "/list6-children-in-need-2027-03-01.csv",
      DemoTests.samples + "/list7-child-protection-2027-03-01.csv",
    ]
    func run(_ extra: [String]) throws -> CommandResult {
      try CommandRunner.run(
        ["cases", "import"] + files + ["--as-of", "2027-03-01", "--workspace", temp.path] + extra)
    }
    #expect(try run([]).exitCode == 0)
    // The same files in the other order are still the same files.
    let again = try CommandRunner.run(
      ["cases", "import", files[1], files[0], "--as-of", "2027-03-31", "--workspace", temp.path])
    #expect(again.exitCode == 0)
    #expect(again.stdout.contains("Same files as snapshot 1"), "\(again.stdout)")
    #expect(try temp.workspace.snapshots().count == 1)
    #expect(try run(["--again"]).exitCode == 0)
    #expect(try temp.workspace.snapshots().count == 2)
  }
}
