import Foundation
import TestSupport
import Testing

/// The one-command demo, and the aggregator commands run by hand on the workspace it leaves.
@Suite struct DemoTests {
  static let samples = DemoWorkspace.samples
  static let baseline = DemoWorkspace.baseline
  static let followUp = DemoWorkspace.followUp
  static let course = DemoWorkspace.course

  private func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func theDemoWritesItsFourFilesAndAgreesWithTheCommandsRunByHand() throws {
    let directory = try TemporaryDirectory()
    let out = directory.file("demo")
    let demo = try CommandRunner.run(["demo", "--out", out, "--samples", Self.samples])
    #expect(demo.exitCode == 0, "\(demo.stderr)")
    for file in ["report.html", "report.md", "findings.csv", "comparison.json", "caseaudit.db"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + file), "missing \(file)")
    }
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    for external in ["http://", "https://", "<script", "src=", "@import", "<link"] {
      #expect(!html.contains(external), "the HTML report must be self-contained: \(external)")
    }
    #expect(!html.contains("NB2"), "the report uses pseudonyms, not case ids")

    let ws = ["--workspace", out + "/caseaudit.db"]
    // findings: the fields the issue fixes, and the same figures as the report's JSON.
    let findings = try object(
      try CommandRunner.run(["findings", "--round", Self.followUp, "--json"] + ws).stdout)
    for key in ["round", "source", "cases", "questions", "themes", "keyFindings"] {
      #expect(findings[key] != nil, "findings --json lacks \(key)")
    }
    let questions = try #require(findings["questions"] as? [[String: Any]])
    let first = try #require(questions.first)
    for key in ["id", "applicable", "answered", "notApplicable", "levels", "acceptable"] {
      #expect(first[key] != nil, "question lacks \(key)")
    }
    let acceptable = try #require(first["acceptable"] as? [String: Any])
    for key in ["count", "n", "proportion", "ci"] { #expect(acceptable[key] != nil) }
    let themes = try #require(findings["themes"] as? [[String: Any]])
    #expect((themes.first?["belowAcceptable"] as? [String: Any])?["ci"] != nil)
    #expect(findings["source"] as? String == "mixed")
    #expect(findings["cases"] as? Int == 40)

    // The Markdown report's row for the first criterion states the same count and denominator.
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    let count = try #require(acceptable["count"] as? Int)
    let n = try #require(acceptable["n"] as? Int)
    let text = try #require(first["text"] as? String)
    let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| \(text) |") }
    #expect(rows.contains { $0.contains("| \(count) | \(n) |") }, "\(rows)")

    // agreement
    let agreement = try object(
      try CommandRunner.run(["agreement", "--round", Self.baseline, "--json"] + ws).stdout)
    for key in ["round", "questions", "scales", "disagreements"] {
      #expect(agreement[key] != nil, "agreement --json lacks \(key)")
    }
    let agreed = try #require((agreement["questions"] as? [[String: Any]])?.first)
    for key in [
      "id", "units", "exactAgreement", "withinOne", "cohenKappa", "weightedKappa", "fleissKappa",
      "alpha", "alphaMetric",
    ] {
      #expect(agreed.keys.contains(key), "agreement question lacks \(key)")
    }

    // compare, by hand, equals the demo's comparison.json.
    let compare = try CommandRunner.run(
      [
        "compare", "--before", Self.baseline, "--after", Self.followUp, "--trained-workers",
        Self.course, "--json",
      ] + ws)
    #expect(compare.exitCode == 0, "\(compare.stderr)")
    let written = try String(contentsOfFile: out + "/comparison.json", encoding: .utf8)
    #expect(compare.stdout == written)
    let comparison = try object(compare.stdout)
    for key in ["before", "after", "questions", "themes", "warnings"] {
      #expect(comparison[key] != nil, "compare --json lacks \(key)")
    }
    let compared = try #require((comparison["questions"] as? [[String: Any]])?.first)
    for key in [
      "id", "before", "after", "difference", "ci", "fisherP", "mannWhitneyU", "mannWhitneyP",
      "cliffsDelta", "holmP", "verdict",
    ] {
      #expect(compared.keys.contains(key), "compared question lacks \(key)")
    }
    // A verdict never outruns its interval.
    for question in comparison["questions"] as? [[String: Any]] ?? [] {
      guard let verdict = question["verdict"] as? String else { continue }
      let ci = question["ci"] as? [Double]
      if verdict == "improved" { #expect((ci?.first ?? 0) > 0) }
      if verdict == "worsened" { #expect((ci?.last ?? 0) < 0) }
    }
    #expect(
      try CommandRunner.run(["sample", "verify", "--round", Self.baseline] + ws).exitCode == 0)
  }
}
