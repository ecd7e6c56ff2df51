import AuditForms
import Formats
import Foundation
import Testing

@Suite struct AnswerSetTests {
  @Test func applicableQuestionsFollowStagesAndConditionsInOrder() throws {
    let tool = try Fixtures.tool()
    let childInNeed = Fixtures.caseAt("childInNeed")
    var answers = AnswerSet()
    let before = tool.applicableQuestions(answers: answers, case: childInNeed).map(\.id)
    #expect(!before.contains("q.followUp"))
    #expect(!before.contains("q.cp"))
    answers["q.grade"] = Answer(.level("inadequate"), evidence: "E")
    let after = tool.applicableQuestions(answers: answers, case: childInNeed).map(\.id)
    #expect(
      after == [
        "q.grade", "q.gcp", "q.choice", "q.multi", "q.number", "q.date", "q.text", "q.followUp",
        "q.overall",
      ])
    let protection = tool.applicableQuestions(
      answers: answers, case: Fixtures.caseAt("childProtection"))
    #expect(protection.map(\.id).contains("q.cp"))
    #expect(tool.applicability(answers: answers, case: childInNeed)["q.cp"] == .otherStage)
  }

  @Test func changingAnEarlierAnswerHidesLaterOnesAndTheirAnswersAreDropped() throws {
    let tool = try Fixtures.tool()
    let attributes = Fixtures.caseAt("childInNeed")
    var answers = AnswerSet([
      "q.grade": Answer(.level("inadequate"), evidence: "E"),
      "q.followUp": Answer(.text("Because.")),
    ])
    answers["q.grade"] = Answer(.level("good"))
    #expect(
      tool.applicability(answers: answers, case: attributes)["q.followUp"] == .conditionNotMet)
    let kept = tool.keepingApplicable(answers, case: attributes)
    #expect(kept.questionIDs == ["q.grade"])
    #expect(tool.validate(kept, case: attributes, mode: .draft).isEmpty)
  }

  @Test func theOverallCapIsTheLowestLimitingGrade() throws {
    let tool = try Fixtures.tool()
    let attributes = Fixtures.caseAt("childInNeed")
    #expect(tool.overallCap(answers: AnswerSet(), case: attributes) == nil)
    let answers = AnswerSet(["q.grade": Answer(.level("requiresImprovement"))])
    let cap = try #require(tool.overallCap(answers: answers, case: attributes))
    #expect(cap.level.code == "requiresImprovement")
    #expect(cap.limitedBy == ["q.grade"])
    let notApplicable = AnswerSet(["q.grade": Answer(.notApplicable)])
    #expect(tool.overallCap(answers: notApplicable, case: attributes) == nil)
  }

  @Test func theOverallRuleAllowsEqualOrWorseGrades() throws {
    let tool = try Fixtures.tool()
    let attributes = Fixtures.caseAt("earlyHelp")
    for overall in ["requiresImprovement", "inadequate"] {
      let answers = AnswerSet([
        "q.grade": Answer(.level("requiresImprovement")),
        "q.overall": Answer(.level(overall)),
      ])
      #expect(tool.validate(answers, case: attributes, mode: .draft).isEmpty)
    }
  }

  @Test func canonicalJSONSortsKeysAndRoundTrips() throws {
    let tool = try Fixtures.tool()
    let answers = AnswerSet([
      "q.multi": Answer(.choices(["medical", "physical"])),
      "q.grade": Answer(.level("good"), evidence: "Line \"1\"\nline 2"),
      "q.number": Answer(.number(3)),
      "q.date": Answer(CalendarDate(iso: "2024-01-31").map { .date($0) } ?? .notApplicable),
      "q.choice": Answer(.notApplicable),
    ])
    let compact = answers.canonicalJSON()
    #expect(
      compact
        == #"{"answers":{"q.choice":{"value":"na"},"q.date":{"value":"2024-01-31"},"#
        + #""q.grade":{"evidence":"Line \"1\"\nline 2","value":"good"},"#
        + #""q.multi":{"value":["medical","physical"]},"q.number":{"value":3}}}"#)
    let (read, problems) = tool.readAnswers(json: Array(compact.utf8), fileName: "c.json")
    #expect(problems.isEmpty)
    #expect(read == answers)
    let pretty = answers.canonicalJSON(pretty: true)
    #expect(
      pretty.hasPrefix("{\n  \"answers\": {\n    \"q.choice\": {\n      \"value\": \"na\"\n    },"))
    #expect(pretty.hasSuffix("    }\n  }\n}\n"))
    #expect(tool.readAnswers(json: Array(pretty.utf8), fileName: "p.json").0 == answers)
    #expect(AnswerSet().canonicalJSON() == #"{"answers":{}}"#)
  }

  @Test func valuesExportAsPlainText() {
    #expect(AnswerValue.level("good").exportText == "good")
    #expect(AnswerValue.choices(["a", "b"]).exportText == "a;b")
    #expect(AnswerValue.number(2.5).exportText == "2.5")
    #expect(AnswerValue.number(3).exportText == "3")
    #expect(CalendarDate(iso: "2024-05-06").map { AnswerValue.date($0).exportText } == "2024-05-06")
    #expect(AnswerValue.notApplicable.exportText == "na")
  }

  @Test func answersRoundTripThroughCodable() throws {
    let answers = AnswerSet([
      "a": Answer(.level("good"), evidence: "E"), "b": Answer(.choice("x")),
      "c": Answer(.choices(["x", "y"])), "d": Answer(.number(2.5)),
      "e": Answer(CalendarDate(iso: "2023-12-01").map { .date($0) } ?? .notApplicable),
      "f": Answer(.text("T")), "g": Answer(.notApplicable),
    ])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(answers)
    #expect(try JSONDecoder().decode(AnswerSet.self, from: data) == answers)
    let level = String(decoding: try encoder.encode(AnswerValue.level("good")), as: UTF8.self)
    #expect(level == #"{"level":"good"}"#)
    #expect(throws: DecodingError.self) {
      _ = try JSONDecoder().decode(AnswerValue.self, from: Data(#"{"level":"a","text":"b"}"#.utf8))
    }
  }

  @Test(arguments: [
    ("q.grade", "2", AnswerValue.level("good")),
    ("q.grade", "Requires improvement to be good", .level("requiresImprovement")),
    ("q.grade", " outstanding ", .level("outstanding")),
    ("q.gcp", "5", .level("level5")),
    ("q.choice", "b", .choice("b")),
    ("q.choice", "3", .choice("c")),
    ("q.multi", "1, medical", .choices(["physical", "medical"])),
    ("q.multi", "N/A", .notApplicable),
    ("q.number", "7", .number(7)),
    ("q.text", "Synthetic note.", .text("Synthetic note.")),
  ])
  func readsTypedInput(questionID: String, input: String, expected: AnswerValue) throws {
    let question = try #require(try Fixtures.tool().question(questionID))
    #expect(try question.parseInput(input).get() == expected)
  }

  @Test(arguments: [
    ("q.grade", "5", "expected 1–4 or a level code"),
    ("q.grade", "na", "'na' is not allowed here"),
    ("q.choice", "", "type an answer"),
    ("q.multi", "physical, dental", "expected one or more of 1–3"),
    ("q.number", "11", "expected a whole number from 0 to 10 (changes)"),
    ("q.number", "2.5", "expected a whole number"),
    ("q.date", "31/01/2024", "expected a date written YYYY-MM-DD"),
  ])
  func refusesBadInput(questionID: String, input: String, message: String) throws {
    let question = try #require(try Fixtures.tool().question(questionID))
    guard case .failure(let error) = question.parseInput(input) else {
      Issue.record("accepted \(input)")
      return
    }
    #expect(error.description.contains(message), "\(error)")
  }

  @Test func datesParseOnlyRealDays() {
    #expect(CalendarDate(iso: "2024-02-29")?.description == "2024-02-29")
    #expect(CalendarDate(iso: "2023-02-29") == nil)
    #expect(CalendarDate(iso: "1900-02-29") == nil)
    #expect(CalendarDate(iso: "2000-02-29") != nil)
    #expect(CalendarDate(iso: "2024-1-01") == nil)
    #expect(CalendarDate(iso: "2024-04-31") == nil)
    let earlier = CalendarDate(iso: "2023-12-31")
    let later = CalendarDate(iso: "2024-01-01")
    #expect(earlier.flatMap { a in later.map { b in a < b } } == true)
  }

  @Test(arguments: GradeScale.builtIn.keys.sorted())
  func everyBuiltInScaleWorksInConditionsAndEvidenceRules(scaleID: String) throws {
    let scale = try #require(GradeScale.builtIn[scaleID])
    let text = """
      {"id": "scale-test", "version": "1.0.0", "title": "T", "description": "D",
       "sections": [{"id": "s", "title": "S", "questions": [
         {"id": "g", "type": "grade", "scale": "\(scaleID)", "text": "?",
          "evidence": "requiredBelowAcceptable"},
         {"id": "f", "type": "text", "text": "?", "showIf": "g >= \(scale.levels[1].code)"}]}]}
      """
    let tool = try AuditToolLoader.load(text: text, fileName: "s.json").get()
    let attributes = Fixtures.caseAt("childInNeed")
    for (rank, level) in scale.levels.enumerated() {
      let answers = AnswerSet(["g": Answer(.level(level.code))])
      let shown = tool.applicableQuestions(answers: answers, case: attributes).map(\.id)
      #expect(shown.contains("f") == (rank <= 1), "\(level.code)")
      let problems = tool.validate(answers, case: attributes, mode: .submit)
      #expect(problems.contains { $0.kind == .evidenceMissing } == !level.acceptable)
    }
  }
}
