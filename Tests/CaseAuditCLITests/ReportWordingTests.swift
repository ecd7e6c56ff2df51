import Foundation
import TestSupport
import Testing

/// The demo's report as a board member reads it: every count equal to the workspace's, and no
/// absolute path, ISO timestamp or internal line reference anywhere.
@Suite struct ReportWordingTests {
  static let followUp = DemoTests.followUp

  private func demo() throws -> (out: String, directory: TemporaryDirectory) {
    let directory = try TemporaryDirectory()
    let out = directory.file("demo")
    let demo = InProcessCLI.run(["demo", "--out", out, "--samples", DemoTests.samples])
    #expect(demo.exitCode == 0, "\(demo.stderr)")
    return (out, directory)
  }

  /// The number after `label` in the Markdown report: "- **Cases audited:** 40 of 40 …".
  private func figure(_ label: String, in markdown: String) throws -> Int {
    let line = try #require(markdown.split(separator: "\n").first { $0.contains(label) })
    let rest = try #require(line.split(separator: "**").last)
    let digits = rest.drop { !$0.isNumber }.prefix { $0.isNumber }
    return try #require(Int(digits))
  }

  @Test func everyCountInTheReportIsTheWorkspaces() throws {
    let (out, directory) = try demo()
    defer { withExtendedLifetime(directory) {} }
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    let ws = ["--workspace", out + "/caseaudit.db"]
    let listed = InProcessCLI.run(
      ["audit", "list", "--round", Self.followUp, "--json"] + ws)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    let audits = rows.filter {
      $0["kind"] as? String == "audit" && $0["status"] as? String != "draft"
    }
    let moderations = rows.filter { $0["kind"] as? String == "moderation" }
    let auditors = Set(audits.compactMap { $0["auditor"] as? String })
    let cases = Set(audits.compactMap { $0["caseReference"] as? String })
    let moderated = Set(moderations.compactMap { $0["caseReference"] as? String })

    // The cover's "who took part" total row: auditors, audits submitted, cases moderated.
    let total = try #require(
      markdown.split(separator: "\n").first { $0.hasPrefix("| All agencies |") })
    let cells: [String] = total.split(separator: "|").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let expected = ["All agencies", "\(auditors.count)", "\(audits.count)", "\(moderated.count)"]
    #expect(cells == expected)
    #expect(try figure("**Cases audited:**", in: markdown) == cases.count)
    #expect(markdown.contains("(\(moderated.count) moderated)"))
    #expect(try figure("**Auditors allocated cases:**", in: markdown) == auditors.count)
    // Replacements and sampled cases: the workspace's verified draw against the methods.
    let verified = InProcessCLI.run(
      ["sample", "verify", "--round", Self.followUp, "--json"] + ws)
    let draw = try #require(
      try JSONSerialization.jsonObject(with: Data(verified.stdout.utf8)) as? [String: Any])
    #expect(try figure("**Replacements:**", in: markdown) == draw["replacements"] as? Int)
    #expect(try figure("**Cases sampled:**", in: markdown) == draw["cases"] as? Int)
  }

  @Test func theSummaryLeadsWithTheOverallJudgementNowAndBefore() throws {
    let (out, directory) = try demo()
    defer { withExtendedLifetime(directory) {} }
    let ws = ["--workspace", out + "/caseaudit.db"]
    let findings = try #require(
      try JSONSerialization.jsonObject(
        with: Data(
          InProcessCLI.run(["findings", "--round", Self.followUp, "--json"] + ws).stdout.utf8))
        as? [String: Any])
    let acceptable = try #require(
      (findings["overall"] as? [String: Any])?["acceptable"] as? [String: Any])
    let summaryPath = out + "/summary.html"
    let written = InProcessCLI.run(
      [
        "report", "--round", Self.followUp, "--compare-with", DemoTests.baseline, "--format",
        "summary", "--out", summaryPath,
      ] + ws)
    #expect(written.exitCode == 0, "\(written.stderr)")
    let summary = try String(contentsOfFile: summaryPath, encoding: .utf8)
    let count = try #require(acceptable["count"] as? Int)
    let n = try #require(acceptable["n"] as? Int)
    let headline = try #require(
      summary.firstMatch(of: /class="headline-now">([^<]*)</).map { String($0.1) })
    #expect(headline.contains("\(count) of \(n) cases"), "\(headline)")
    #expect(headline.contains("likely between"))
    #expect(summary.contains("At the previous round"))
    #expect(summary.contains("<svg"))
  }

  @Test func noPathTimestampOrLineReferenceReachesTheBoard() throws {
    let (out, directory) = try demo()
    defer { withExtendedLifetime(directory) {} }
    for file in ["report.md", "report.html"] {
      let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
      let forbidden: [(String, Regex<Substring>)] = [
        ("an ISO timestamp", /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/),
        ("an absolute path", /(?:^|[\s(>"])(?:\/(?:tmp|home|Users|var|root|work)\/|[A-Za-z]:\\)/),
        ("an internal line reference", /seeds F\d+|\bF\d{3}:L\d+/),
        ("a lazy plural", /\w\(s\)/),
      ]
      for (what, pattern) in forbidden {
        let match = text.firstMatch(of: pattern).map { String(text[$0.range]) }
        #expect(match == nil, "\(file) contains \(what): \(match ?? "")")
      }
      #expect(!text.contains(out), "\(file) names the folder it was written to")
    }
  }
}

/// The report cites the recorded `sample verify` instead of loading the population again.
@Suite struct ReportVerificationTests {
  @Test func theReportCitesTheLastVerificationOfTheSampleAsItIsNow() throws {
    let directory = try TemporaryDirectory()
    let out = directory.file("demo")
    #expect(
      InProcessCLI.run(["demo", "--out", out, "--samples", DemoTests.samples]).exitCode == 0)
    let ws = ["--workspace", out + "/caseaudit.db"]
    // A round not yet allocated, so that its sample can still change.
    let round = "Spot check"
    #expect(
      InProcessCLI.run(
        ["round", "create", round, "--tool", "neglect-thematic", "--purpose", "routine"] + ws
      ).exitCode == 0)
    #expect(
      InProcessCLI.run(
        ["sample", "draw", "--round", round, "--size", "10", "--seed", "7", "--reserves", "2"]
          + ws
      ).exitCode == 0)
    func methods() throws -> String {
      let path = directory.file("report.md")
      let written = InProcessCLI.run(
        ["report", "--round", round, "--format", "md", "--out", path] + ws)
      #expect(written.exitCode == 0, "\(written.stderr)")
      let text = try String(contentsOfFile: path, encoding: .utf8)
      return String(
        try #require(text.split(separator: "\n").first { $0.contains("**Verification.**") }))
    }
    #expect(try methods().contains("Not verified since"))
    #expect(InProcessCLI.run(["sample", "verify", "--round", round] + ws).exitCode == 0)
    #expect(try methods().contains("(caseaudit sample verify)"))
    // A replacement changes the sample: the old verification no longer applies.
    let sample = try #require(
      try JSONSerialization.jsonObject(
        with: Data(
          InProcessCLI.run(["sample", "show", "--round", round, "--json"] + ws).stdout.utf8))
        as? [String: Any])
    let first = try #require((sample["cases"] as? [[String: Any]])?.first?["caseId"] as? String)
    let replaced = InProcessCLI.run(
      ["sample", "replace", "--round", round, "--case", first, "--reason", "file not found"] + ws)
    #expect(replaced.exitCode == 0, "\(replaced.stderr)")
    #expect(try methods().contains("Not verified since the sample was last drawn or changed"))
    // --verify re-derives it now, and records it for the next report.
    let path = directory.file("verified.md")
    #expect(
      InProcessCLI.run(
        ["report", "--round", round, "--format", "md", "--out", path, "--verify"] + ws
      ).exitCode
        == 0)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8).contains(
        "Verified when this report was written"))
    #expect(try methods().contains("Verified on"))
  }
}
