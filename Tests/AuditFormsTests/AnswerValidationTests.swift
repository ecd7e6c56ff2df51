import AuditForms
import Formats
import Testing

/// One kind of bad answer: how the answers file differs from a valid one, and the problems.
struct BadAnswers: Sendable, CustomTestStringConvertible {
  let name: String
  let changes: [String: String?]
  let raw: String?
  let stage: String
  let expected: [Expected]

  struct Expected: Hashable, Sendable {
    let questionID: String?
    let kind: AnswerProblem.Kind
  }

  init(
    _ name: String, _ changes: [String: String?] = [:], raw: String? = nil,
    stage: String = "childProtection", _ expected: [(String?, AnswerProblem.Kind)]
  ) {
    self.name = name
    self.changes = changes
    self.raw = raw
    self.stage = stage
    self.expected = expected.map { Expected(questionID: $0.0, kind: $0.1) }
  }

  var testDescription: String { name }
}

@Suite struct AnswerValidationTests {
  /// A complete, valid set of answers for a child-protection case in the fixture tool.
  static let valid: [String: String] = [
    "q.grade": #"{"value": "good"}"#,
    "q.choice": #"{"value": "a"}"#,
    "q.multi": #"{"value": ["physical", "emotional"]}"#,
    "q.cp": #"{"value": "yes"}"#,
    "q.overall": #"{"value": "good", "evidence": "Synthetic evidence."}"#,
  ]

  /// An answers file: one answer per line, in sorted order, starting on line 3.
  static func file(_ changes: [String: String?] = [:]) -> String {
    var entries = valid
    for (id, change) in changes { entries[id] = change }
    let lines = entries.keys.sorted().compactMap { id in entries[id].map { "    \"\(id)\": \($0)" }
    }
    return "{\n  \"answers\": {\n" + lines.joined(separator: ",\n") + "\n  }\n}\n"
  }

  static let badAnswers: [BadAnswers] = [
    BadAnswers(
      "unknown question", ["q.nope": #"{"value": "good"}"#], [("q.nope", .unknownQuestion)]),
    BadAnswers("wrong type", ["q.number": #"{"value": "three"}"#], [("q.number", .wrongType)]),
    BadAnswers(
      "unknown level", ["q.grade": #"{"value": "excellent"}"#], [("q.grade", .unknownCode)]),
    BadAnswers("unknown option", ["q.choice": #"{"value": "d"}"#], [("q.choice", .unknownCode)]),
    BadAnswers(
      "unknown option in a multi-choice", ["q.multi": #"{"value": ["physical", "dental"]}"#],
      [("q.multi", .unknownCode)]),
    BadAnswers("number above max", ["q.number": #"{"value": 11}"#], [("q.number", .outOfRange)]),
    BadAnswers(
      "fraction where whole", ["q.number": #"{"value": 2.5}"#], [("q.number", .outOfRange)]),
    BadAnswers(
      "impossible date", ["q.date": #"{"value": "2024-02-30"}"#], [("q.date", .wrongType)]),
    BadAnswers("empty multi-choice", ["q.multi": #"{"value": []}"#], [("q.multi", .wrongType)]),
    BadAnswers("null value", ["q.choice": #"{"value": null}"#], [("q.choice", .wrongType)]),
    BadAnswers(
      "empty text", ["q.text": #"{"value": " ", "evidence": "E"}"#], [("q.text", .wrongType)]),
    BadAnswers(
      "N/A where not allowed", ["q.choice": #"{"value": "na"}"#],
      [("q.choice", .notApplicableNotAllowed)]),
    BadAnswers(
      "answer to a question for another stage", stage: "childInNeed", [("q.cp", .doesNotApply)]),
    BadAnswers(
      "answer to a question whose condition is false",
      ["q.followUp": #"{"value": "Because."}"#], [("q.followUp", .doesNotApply)]),
    BadAnswers(
      "a mistyped grade whose follow-up is answered: one mistake and its consequence",
      ["q.grade": #"{"value": "inadequat"}"#, "q.followUp": #"{"value": "Why."}"#],
      [("q.grade", .unknownCode), ("q.followUp", .followsFromEarlierProblem)]),
    BadAnswers(
      "a grade of the wrong type whose follow-up is answered",
      ["q.grade": #"{"value": 3}"#, "q.followUp": #"{"value": "Why."}"#],
      [("q.grade", .wrongType), ("q.followUp", .followsFromEarlierProblem)]),
    BadAnswers(
      "required question unanswered", ["q.choice": nil], [("q.choice", .requiredUnanswered)]),
    BadAnswers(
      "required follow-up unanswered, and the overall rule broken",
      ["q.grade": #"{"value": "inadequate", "evidence": "E"}"#],
      [("q.followUp", .requiredUnanswered), ("q.overall", .overallRuleBroken)]),
    BadAnswers(
      "no evidence for a grade below acceptable",
      [
        "q.grade": #"{"value": "requiresImprovement"}"#, "q.followUp": #"{"value": "Why."}"#,
        "q.overall": #"{"value": "inadequate", "evidence": "E"}"#,
      ],
      [("q.grade", .evidenceMissing)]),
    BadAnswers(
      "no evidence where always required", ["q.text": #"{"value": "Note."}"#],
      [("q.text", .evidenceMissing)]),
    BadAnswers(
      "blank evidence", ["q.overall": #"{"value": "good", "evidence": "   "}"#],
      [("q.overall", .evidenceMissing)]),
    BadAnswers(
      "overall judgement better than the lowest limiting grade",
      [
        "q.grade": #"{"value": "requiresImprovement", "evidence": "E"}"#,
        "q.followUp": #"{"value": "Why."}"#,
      ],
      [("q.overall", .overallRuleBroken)]),
    BadAnswers(
      "option chosen twice", ["q.multi": #"{"value": ["physical", "physical"]}"#],
      [("q.multi", .duplicate)]),
    BadAnswers(
      "question answered twice",
      raw: #"{"answers": {"q.grade": {"value": "good"}, "q.grade": {"value": "good"}}}"#,
      [
        ("q.grade", .duplicate), ("q.choice", .requiredUnanswered),
        ("q.multi", .requiredUnanswered),
        ("q.cp", .requiredUnanswered), ("q.overall", .requiredUnanswered),
      ]),
    BadAnswers("answer not an object", ["q.choice": #""a""#], [("q.choice", .invalidShape)]),
    BadAnswers(
      "unknown field in an answer", ["q.choice": #"{"value": "a", "note": "x"}"#],
      [("q.choice", .invalidShape)]),
    BadAnswers(
      "evidence not text", ["q.choice": #"{"value": "a", "evidence": 5}"#],
      [("q.choice", .invalidShape)]),
    BadAnswers("malformed JSON", raw: "{\"answers\": {", [(nil, .malformedJSON)]),
    BadAnswers(
      "not an answers file", raw: #"{"answer": {}}"#, [(nil, .invalidShape), (nil, .invalidShape)]),
  ]

  @Test func theValidAnswersPass() throws {
    let tool = try Fixtures.tool()
    let result = tool.checkAnswers(
      json: Array(Self.file().utf8), fileName: "answers.json",
      case: Fixtures.caseAt("childProtection"), mode: .submit)
    let answers = try result.get()
    #expect(answers.count == 5)
    #expect(answers["q.multi"]?.value == .choices(["physical", "emotional"]))
    #expect(answers["q.overall"]?.evidence == "Synthetic evidence.")
  }

  /// What `checkAnswers` refuses in `text` (an answers file named answers.json), submitted for
  /// a case at `stage` of the fixture tool; `nil` when it accepts it.
  static func submissionFailure(_ text: String, stage: String = "childProtection") throws
    -> AnswerSetError?
  {
    guard
      case .failure(let error) = try Fixtures.tool().checkAnswers(
        json: Array(text.utf8), fileName: "answers.json", case: Fixtures.caseAt(stage),
        mode: .submit)
    else { return nil }
    return error
  }

  @Test(arguments: badAnswers)
  func reportsEachKindOfBadAnswer(_ row: BadAnswers) throws {
    let error = try #require(
      try Self.submissionFailure(row.raw ?? Self.file(row.changes), stage: row.stage),
      "accepted, but should have failed")
    let got = error.problems.map { BadAnswers.Expected(questionID: $0.questionID, kind: $0.kind) }
    #expect(
      got.sorted { "\($0)" < "\($1)" } == row.expected.sorted { "\($0)" < "\($1)" }, "\(error)")
    // The shared shape says the same, with the kind as its code.
    #expect(error.problems.map(\.diagnostic.description) == error.problems.map(\.description))
    #expect(error.problems.map(\.diagnostic.code) == error.problems.map(\.kind.rawValue))
  }

  /// One wrong answer reads as one mistake: the cause first, then its consequence, saying so.
  @Test func aConsequenceComesAfterItsCauseAndNamesIt() throws {
    let text = Self.file([
      "q.grade": #"{"value": "inadequat"}"#, "q.followUp": #"{"value": "Why."}"#,
    ])
    let error = try #require(try Self.submissionFailure(text), "accepted, but should have failed")
    #expect(error.problems.map(\.questionID) == ["q.grade", "q.followUp"])
    let consequence = try #require(error.problems.last)
    #expect(consequence.message.hasPrefix("follows from the problem with q.grade above: "))
    #expect(!error.problems.contains { $0.kind == .doesNotApply })
  }

  /// A condition that really is false (its question answered validly) is still an error of its
  /// own, not a consequence.
  @Test func aValidAnswerThatHidesAFollowUpIsNotACause() throws {
    let tool = try Fixtures.tool()
    let (answers, reading) = tool.readAnswers(
      json: Array(Self.file(["q.followUp": #"{"value": "Because."}"#]).utf8), fileName: "a.json")
    #expect(reading.isEmpty)
    let problems = tool.validate(answers, case: Fixtures.caseAt("childProtection"), mode: .submit)
    #expect(problems.map(\.kind) == [.doesNotApply])
  }

  @Test func problemsNameTheFileLineAndQuestion() throws {
    // Sorted keys put q.number on line 6.
    let text = Self.file(["q.number": #"{"value": "three"}"#, "q.choice": nil])
    let error = try #require(try Self.submissionFailure(text), "should fail")
    #expect(
      error.problems.map(\.description) == [
        "answers.json:6: q.number: expected a whole number from 0 to 10 (changes), found a string",
        "answers.json: q.choice: required question not answered",
      ])
  }

  @Test func malformedAnswersNameLineAndColumn() throws {
    let tool = try Fixtures.tool()
    let text = "{\n  \"answers\": {\n    \"q.grade\": {\"value\": good}\n  }\n}\n"
    guard
      case .failure(let error) = tool.checkAnswers(
        json: Array(text.utf8), fileName: "a.json", case: Fixtures.caseAt("childProtection"),
        mode: .draft)
    else {
      Issue.record("should fail")
      return
    }
    #expect(error.description == "a.json:3:26: expected a JSON value, found 'g'")
  }

  @Test func messagesDoNotRepeatFreeText() throws {
    let tool = try Fixtures.tool()
    let secret = "Child seen at 12 Any Street"
    let answers = AnswerSet([
      "q.choice": Answer(.choice(secret)), "q.grade": Answer(.level(secret)),
    ])
    let problems = tool.validate(answers, case: Fixtures.caseAt("childProtection"), mode: .draft)
    #expect(problems.count == 2)
    #expect(problems.allSatisfy { !$0.description.contains("Street") })
  }

  @Test func draftSkipsUnansweredAndEvidenceButStillChecksTypes() throws {
    let tool = try Fixtures.tool()
    let attributes = Fixtures.caseAt("childProtection")
    let partial = AnswerSet([
      "q.grade": Answer(.level("inadequate")),
      "q.text": Answer(.text("A note without evidence.")),
    ])
    #expect(tool.validate(partial, case: attributes, mode: .draft).isEmpty)
    let submitted = tool.validate(partial, case: attributes, mode: .submit)
    #expect(
      Set(submitted.map(\.kind)) == [.requiredUnanswered, .evidenceMissing],
      "\(submitted)")
    #expect(
      submitted.compactMap(\.questionID) == [
        "q.grade", "q.choice", "q.multi", "q.text", "q.followUp", "q.cp", "q.overall",
      ])

    var wrong = partial
    wrong["q.number"] = Answer(.text("3"))
    wrong["q.cp"] = Answer(.level("maybe"))
    let draftProblems = tool.validate(wrong, case: attributes, mode: .draft)
    #expect(draftProblems.map(\.kind) == [.wrongType, .unknownCode])
    #expect(draftProblems.compactMap(\.questionID) == ["q.number", "q.cp"])
  }

  @Test func draftStillChecksTheOverallRule() throws {
    let tool = try Fixtures.tool()
    let answers = AnswerSet([
      "q.grade": Answer(.level("requiresImprovement")), "q.overall": Answer(.level("outstanding")),
    ])
    let problems = tool.validate(answers, case: Fixtures.caseAt("earlyHelp"), mode: .draft)
    #expect(problems.map(\.kind) == [.overallRuleBroken])
    #expect(
      problems.first?.description
        == "q.overall: 'outstanding' breaks the rule noHigherThanLowest: the overall judgement "
        + "may be no better than 'requiresImprovement', the grade given to q.grade")
  }

  @Test func notApplicableIsAcceptedWhereAllowed() throws {
    let tool = try Fixtures.tool()
    let text = Self.file(["q.multi": #"{"value": "na"}"#])
    let answers = try tool.checkAnswers(
      json: Array(text.utf8), fileName: "a.json", case: Fixtures.caseAt("childProtection"),
      mode: .submit
    ).get()
    #expect(answers["q.multi"]?.value == .notApplicable)
  }

  @Test func everyQuestionTypeReadsFromAFile() throws {
    let tool = try Fixtures.tool()
    let text = Self.file([
      "q.gcp": #"{"value": "level4"}"#,
      "q.number": #"{"value": 3}"#,
      "q.date": #"{"value": "2024-02-29"}"#,
      "q.text": #"{"value": "Synthetic note.", "evidence": "Record entry 12."}"#,
    ])
    let (answers, problems) = tool.readAnswers(json: Array(text.utf8), fileName: "a.json")
    #expect(problems.isEmpty)
    #expect(answers["q.grade"]?.value == .level("good"))
    #expect(answers["q.gcp"]?.value == .level("level4"))
    #expect(answers["q.choice"]?.value == .choice("a"))
    #expect(answers["q.multi"]?.value == .choices(["physical", "emotional"]))
    #expect(answers["q.number"]?.value == .number(3))
    #expect(answers["q.date"]?.value == CalendarDate(iso: "2024-02-29").map { .date($0) })
    #expect(answers["q.text"]?.value == .text("Synthetic note."))
    #expect(answers["q.text"]?.evidence == "Record entry 12.")
  }

  @Test func checkingAnswersInMemoryUsesTheSameRules() throws {
    let tool = try Fixtures.tool()
    let answers = AnswerSet(["q.nope": Answer(.level("good"))])
    guard
      case .failure(let error) = tool.checkAnswers(
        answers, case: Fixtures.caseAt("earlyHelp"), mode: .draft)
    else {
      Issue.record("should fail")
      return
    }
    #expect(error.problems.map(\.kind) == [.unknownQuestion])
    #expect(error.description.hasPrefix("q.nope: unknown question; tool fixture-tool 0.1.0"))
  }
}
