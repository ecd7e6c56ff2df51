import AuditForms
import CaseList
import Findings
import Formats
import Foundation
import Testing

/// The `--json` field names the issue fixes, checked by encoding with `JSONEncoder`, and the
/// round trip back.
@Suite struct JSONShapeTests {
  typealias Fixtures = FindingsFixtures
  let tool: AuditTool

  init() throws {
    tool = try Fixtures.tool()
  }

  private func object(_ value: some Encodable) throws -> [String: Any] {
    try #require(try FindingsJSON.object(value) as? [String: Any])
  }

  private func objects(_ value: Any?) throws -> [[String: Any]] {
    try #require(value as? [[String: Any]])
  }

  private func expectKeys(
    _ keys: [String], in object: [String: Any], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for key in keys {
      #expect(object.keys.contains(key), "missing \(key)", sourceLocation: sourceLocation)
    }
  }

  private func expectInterval(_ value: Any?, sourceLocation: SourceLocation = #_sourceLocation) {
    let pair = value as? [Double]
    #expect(pair?.count == 2, sourceLocation: sourceLocation)
    #expect((pair?.first ?? 1) <= (pair?.last ?? 0), sourceLocation: sourceLocation)
  }

  @Test func findingsHaveTheIssuesFields() throws {
    let findings = RoundFindings.compute(
      tool: tool, round: Fixtures.round(), cases: TwelveCaseRound.cases(tool: tool),
      breakdown: .team)
    let json = try object(findings)
    expectKeys(["round", "source", "cases", "questions", "themes", "keyFindings"], in: json)
    #expect(json["source"] as? String == "mixed")
    #expect(json["cases"] as? Int == 10)
    let history = try #require(
      try objects(json["questions"]).first { $0["id"] as? String == "q.history" })
    expectKeys(
      ["id", "applicable", "answered", "notApplicable", "levels", "acceptable"], in: history)
    #expect((history["levels"] as? [String: Int])?["good"] == 4)
    let acceptable = try #require(history["acceptable"] as? [String: Any])
    expectKeys(["count", "n", "proportion", "ci"], in: acceptable)
    expectInterval(acceptable["ci"])
    let types = try #require(
      try objects(json["questions"]).first { $0["id"] as? String == "q.types" })
    #expect(types["acceptable"] is NSNull)
    let theme = try #require(try objects(json["themes"]).first)
    let below = try #require(theme["belowAcceptable"] as? [String: Any])
    expectKeys(["count", "n", "proportion", "ci"], in: below)
    expectInterval(below["ci"])
    let key = try #require(try objects(json["keyFindings"]).first)
    expectKeys(["kind", "id", "text", "finding", "evidence", "reference"], in: key)
  }

  @Test func suppressedFiguresAreNullAndFlagged() throws {
    let findings = RoundFindings.compute(
      tool: tool, round: Fixtures.round(), cases: TwelveCaseRound.cases(tool: tool),
      breakdown: .team)
    let breakdown = try #require(try object(findings)["breakdown"] as? [String: Any])
    let east = try #require(try objects(breakdown["cells"]).first)
    #expect(east["value"] as? String == "East")
    #expect(east["cases"] is NSNull)
    #expect(east["suppressed"] as? Bool == true)
    #expect(east["suppression"] as? String == "belowMinimum")
    let question = try #require(try objects(east["questions"]).first)
    #expect(question["acceptable"] is NSNull)
    #expect(question["suppressed"] as? Bool == true)
  }

  @Test func agreementHasTheIssuesFieldsWithNullsForUndefinedMeasures() throws {
    let report = AgreementReport.compute(
      tool: tool, round: Fixtures.round(), cases: AgreementReportTests.cases(tool: tool))
    let json = try object(report)
    expectKeys(["round", "questions", "scales", "disagreements", "auditors"], in: json)
    let questions = try objects(json["questions"])
    let fields = [
      "id", "units", "exactAgreement", "withinOne", "cohenKappa", "weightedKappa", "fleissKappa",
      "alpha", "alphaMetric",
    ]
    for question in questions { expectKeys(fields, in: question) }
    let overall = try #require(questions.first { $0["id"] as? String == "q.overall" })
    #expect(overall["cohenKappa"] is NSNull)
    #expect(overall["alpha"] is NSNull)
    let scale = try #require((json["scales"] as? [[String: Any]])?.first)
    expectKeys(["scale", "questions", "measures"], in: scale)
    expectKeys(Array(fields.dropFirst()), in: try #require(scale["measures"] as? [String: Any]))
  }

  @Test func comparisonsHaveTheIssuesFields() throws {
    let before = Fixtures.gradedCases(
      tool: tool, history: Fixtures.grades("good", 10) + Fixtures.grades("inadequate", 30))
    let after = Fixtures.gradedCases(
      tool: tool, first: 101,
      history: Fixtures.grades("good", 30) + Fixtures.grades("inadequate", 10))
    let comparison = RoundComparison.compute(
      before: (Fixtures.round("Before"), before),
      after: (Fixtures.round("After", sample: "another sample"), after), beforeTool: tool,
      afterTool: tool)
    let json = try object(comparison)
    expectKeys(["before", "after", "questions", "themes", "warnings"], in: json)
    let questions = try objects(json["questions"])
    for question in questions {
      expectKeys(
        [
          "id", "before", "after", "difference", "ci", "fisherP", "mannWhitneyU", "mannWhitneyP",
          "cliffsDelta", "holmP", "verdict",
        ], in: question)
      expectKeys(
        ["count", "n", "proportion"], in: try #require(question["before"] as? [String: Any]))
    }
    let history = try #require(questions.first { $0["id"] as? String == "q.history" })
    expectInterval(history["ci"])
    #expect(history["verdict"] as? String == "improved")
    let plan = try #require(questions.first { $0["id"] as? String == "q.plan" })
    #expect(plan["verdict"] as? String == "no clear change")
    #expect(plan["ci"] is NSNull)
    let warning = try #require(try objects(json["warnings"]).first)
    #expect(warning["code"] as? String == "differentSampling")
  }

  @Test func everyReportDecodesBackToItself() throws {
    let cases = TwelveCaseRound.cases(tool: tool)
    let findings = RoundFindings.compute(
      tool: tool, round: Fixtures.round(), cases: cases, breakdown: .stage)
    #expect(
      try JSONDecoder().decode(RoundFindings.self, from: FindingsJSON.encode(findings)) == findings)
    let report = AgreementReport.compute(
      tool: tool, round: Fixtures.round(), cases: AgreementReportTests.cases(tool: tool))
    #expect(
      try JSONDecoder().decode(AgreementReport.self, from: FindingsJSON.encode(report)) == report)
    let date = try #require(CalendarDate(year: 2027, month: 6, day: 1))
    let comparison = RoundComparison.compute(
      before: (Fixtures.round("Before"), cases), after: (Fixtures.round("After"), cases),
      beforeTool: tool, afterTool: tool, within: .stage, training: [], course: "Neglect",
      beforeDate: date, afterDate: date)
    #expect(
      try JSONDecoder().decode(RoundComparison.self, from: FindingsJSON.encode(comparison))
        == comparison)
  }
}
