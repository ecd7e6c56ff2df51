import CaseAuditCLI
import Foundation
import TestSupport
import Testing

/// `sample draw`'s options for real Annex A exports, in-process on the follow-up snapshot of
/// the Northbridge samples: recorded with the draw, re-derived by `sample verify`, and refused
/// with exit 64 when malformed.
struct SamplingOptionCommandTests {
  private func run(_ arguments: [String], in directory: TemporaryDirectory) -> (
    code: Int32, stdout: String, stderr: String
  ) {
    let out = OutputSink()
    let err = OutputSink()
    let code = CaseAudit.run(
      arguments,
      invocation: Invocation(
        stdout: out, stderr: err, environment: ["CASEAUDIT_ACTOR": "test"],
        currentDirectory: directory.path))
    return (code, out.text, err.text)
  }

  /// A workspace with the follow-up snapshot imported and a round created on it.
  private func workspace() throws -> (TemporaryDirectory, [String]) {
    let directory = try TemporaryDirectory()
    let ws = ["--workspace", directory.file("w.db")]
    var files: [String] = []
    for (name, bytes) in DemoSampleFiles.all where name.hasSuffix("2027-03-01.csv") {
      files.append(try directory.write(bytes: Array(bytes), to: name))
    }
    #expect(run(["init"] + ws, in: directory).code == 0)
    let imported = run(
      ["cases", "import"] + files + ["--as-of", "2027-03-01"] + ws, in: directory)
    #expect(imported.code == 0, "\(imported.stderr)")
    #expect(
      run(["round", "create", "R", "--tool", "neglect-thematic"] + ws, in: directory).code == 0)
    return (directory, ws)
  }

  @Test func optionsAreRecordedAndVerified() throws {
    let (directory, ws) = try workspace()
    let draw = run(
      [
        "sample", "draw", "--round", "R", "--size", "30", "--neglect", "possible",
        "--stratify-by", "stage", "--oversample", "previousPlans>=1=0.3",
        "--opened-between", "2024-01-01", "2027-03-01", "--seed", "7", "--json",
      ] + ws, in: directory)
    #expect(draw.code == 0, "\(draw.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(draw.stdout.utf8)) as? [String: Any])
    let strata = try #require(object["strata"] as? [[String: Any]])
    #expect(strata.allSatisfy { ($0["key"] as? String)?.contains("previousPlans>=1=") == true })
    let inside = strata.filter { ($0["key"] as? String)?.hasSuffix("=yes") == true }
      .compactMap { $0["sampled"] as? Int }.reduce(0, +)
    #expect(inside == 9)
    let verify = run(["sample", "verify", "--round", "R"] + ws, in: directory)
    #expect(verify.code == 0, "\(verify.stderr)")
    let shown = run(["sample", "show", "--round", "R", "--json"] + ws, in: directory)
    #expect(shown.stdout.contains("previousPlans>=1"))
  }

  @Test(arguments: [
    (["--oversample", "previousPlans>=1"], "'--oversample' takes GROUP=SHARE"),
    (["--oversample", "colour=red=0.2"], "'--oversample' takes GROUP=SHARE"),
    (["--opened-between", "2027-01-01", "2026-01-01"], "the first date is after the second"),
    (["--closed-between", "2026-13-01", "2027-01-01"], "takes two dates as YYYY-MM-DD"),
    (["--opened-between", "2026-01-01"], "'--opened-between' needs two values"),
    (["--neglect", "several"], "several"),
  ])
  func malformedOptionsAreUsageErrors(extra: [String], words: String) throws {
    let (directory, ws) = try workspace()
    let result = run(
      ["sample", "draw", "--round", "R", "--size", "10"] + extra + ws, in: directory)
    #expect(result.code == 64)
    #expect(result.stderr.contains(words), "\(result.stderr)")
  }
}
