import AuditForms
import Formats
import Testing

/// One kind of bad definition: what to put in the template, and the problem it must cause.
struct BadDefinition: Sendable, CustomTestStringConvertible {
  let name: String
  let parts: [String: String]
  let kind: ToolProblem.Kind
  let path: String
  let line: Int
  let message: String

  var testDescription: String { name }
}

@Suite struct ToolLoaderTests {
  /// A tool template whose parts sit on fixed lines: ID 2, VERSION 3, SCALES 6, THEMES 7,
  /// FIRST 13, SECOND 14, OVERALL 18.
  static func template(_ parts: [String: String]) -> String {
    let defaults = [
      "ID": #""bad-tool""#,
      "VERSION": #""1.0.0""#,
      "SCALES": #"""
      [{"id": "gcp", "title": "GCP", "direction": "lowerIsBetter", "levels": [{"code": "level1", "label": "1", "value": 1, "acceptable": true}, {"code": "level2", "label": "2", "value": 2, "acceptable": false}]}]
      """#,
      "THEMES": #"[{"id": "history", "title": "History"}]"#,
      "FIRST": #"{"id": "q.first", "type": "grade", "scale": "ofsted4", "text": "First?"}"#,
      "SECOND": #"{"id": "q.second", "type": "text", "text": "Second?"}"#,
      "OVERALL": #"{"question": "q.first", "rule": "noHigherThanLowest"}"#,
    ]
    let value = { (key: String) in parts[key] ?? defaults[key] ?? "" }
    return """
      {
        "id": \(value("ID")),
        "version": \(value("VERSION")),
        "title": "Bad tool",
        "description": "A tool with one problem.",
        "scales": \(value("SCALES")),
        "themes": \(value("THEMES")),
        "sections": [
          {
            "id": "main",
            "title": "Main",
            "questions": [
              \(value("FIRST")),
              \(value("SECOND"))
            ]
          }
        ],
        "overall": \(value("OVERALL"))
      }
      """
  }

  static let second = "sections[0].questions[1]"
  static let first = "sections[0].questions[0]"

  static let badDefinitions: [BadDefinition] = [
    BadDefinition(
      name: "malformed JSON", parts: ["SECOND": #"{"id": "q.second",, }"#], kind: .malformedJSON,
      path: "", line: 14, message: "expected a string key"),
    BadDefinition(
      name: "wrong JSON type", parts: ["SECOND": #"{"id": "q.second", "type": "text", "text": 5}"#],
      kind: .wrongJSONType, path: second + ".text", line: 14,
      message: "expected a string, found a number"),
    BadDefinition(
      name: "guidance neither text nor an object",
      parts: ["SECOND": #"{"id": "q.second", "type": "text", "text": "?", "guidance": 4}"#],
      kind: .wrongJSONType, path: second + ".guidance", line: 14,
      message: "expected a string or an object"),
    BadDefinition(
      name: "missing field", parts: ["SECOND": #"{"id": "q.second", "type": "text"}"#],
      kind: .missingField, path: second + ".text", line: 14,
      message: "missing required field 'text'"),
    BadDefinition(
      name: "unknown field",
      parts: ["SECOND": #"{"id": "q.second", "type": "text", "text": "?", "shwoIf": "x"}"#],
      kind: .unknownField, path: second + ".shwoIf", line: 14,
      message: "unknown field 'shwoIf' (did you mean 'showIf'?)"),
    BadDefinition(
      name: "field for another question type",
      parts: ["SECOND": #"{"id": "q.second", "type": "text", "text": "?", "scale": "ofsted4"}"#],
      kind: .unknownField, path: second + ".scale", line: 14,
      message: "field 'scale' applies only to grade questions, not text"),
    BadDefinition(
      name: "repeated JSON key",
      parts: ["SECOND": #"{"id": "q.second", "type": "text", "text": "?", "text": "!"}"#],
      kind: .duplicateID, path: second + ".text", line: 14, message: "field 'text' is repeated"),
    BadDefinition(
      name: "invalid tool id", parts: ["ID": #""Bad Tool""#], kind: .invalidValue, path: "id",
      line: 2, message: "'Bad Tool' is not a valid tool id"),
    BadDefinition(
      name: "invalid version", parts: ["VERSION": #""1.0""#], kind: .invalidValue,
      path: "version", line: 3, message: "write MAJOR.MINOR.PATCH"),
    BadDefinition(
      name: "invalid question id",
      parts: ["SECOND": #"{"id": "case.second", "type": "text", "text": "?"}"#],
      kind: .invalidValue, path: second + ".id", line: 14,
      message: "'case.second' is not a valid question id"),
    BadDefinition(
      name: "empty text", parts: ["SECOND": #"{"id": "q.second", "type": "text", "text": "  "}"#],
      kind: .invalidValue, path: second + ".text", line: 14, message: "must not be empty"),
    BadDefinition(
      name: "unknown question type",
      parts: ["SECOND": #"{"id": "q.second", "type": "grading", "text": "?"}"#],
      kind: .invalidValue, path: second + ".type", line: 14,
      message: "unknown question type 'grading'"),
    BadDefinition(
      name: "number bounds reversed",
      parts: ["SECOND": #"{"id": "q.second", "type": "number", "text": "?", "min": 5, "max": 1}"#],
      kind: .invalidValue, path: second + ".max", line: 14, message: "max (1) is less than min (5)"),
    BadDefinition(
      name: "choice with one option",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "choice", "text": "?", "options": [{"code": "a", "label": "A"}]}"#
      ],
      kind: .invalidValue, path: second + ".options", line: 14,
      message: "needs at least 2 options"),
    BadDefinition(
      name: "reserved option code",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "choice", "text": "?", "options": [{"code": "na", "label": "A"}, {"code": "b", "label": "B"}]}"#
      ],
      kind: .invalidValue, path: second + ".options[0].code", line: 14,
      message: "'na' is not a valid option code"),
    BadDefinition(
      name: "guidance on inadequate for a text question",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "text", "text": "?", "guidance": {"good": "g", "inadequate": "i"}}"#
      ],
      kind: .invalidValue, path: second + ".guidance.inadequate", line: 14,
      message: "applies only to grade questions"),
    BadDefinition(
      name: "duplicate question id",
      parts: ["SECOND": #"{"id": "q.first", "type": "text", "text": "?"}"#],
      kind: .duplicateID, path: second + ".id", line: 14,
      message: "question 'q.first' is defined twice"),
    BadDefinition(
      name: "duplicate theme id",
      parts: ["THEMES": #"[{"id": "history", "title": "A"}, {"id": "history", "title": "B"}]"#],
      kind: .duplicateID, path: "themes[1].id", line: 7,
      message: "theme 'history' is declared twice"),
    BadDefinition(
      name: "duplicate level code",
      parts: [
        "SCALES":
          #"[{"id": "gcp", "title": "GCP", "direction": "lowerIsBetter", "levels": [{"code": "level1", "label": "1", "value": 1, "acceptable": true}, {"code": "level1", "label": "2", "value": 2, "acceptable": false}]}]"#
      ],
      kind: .duplicateID, path: "scales[0].levels[1].code", line: 6,
      message: "level 'level1' is listed twice"),
    BadDefinition(
      name: "duplicate option code",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "multiChoice", "text": "?", "options": [{"code": "a", "label": "A"}, {"code": "a", "label": "B"}]}"#
      ],
      kind: .duplicateID, path: second + ".options[1].code", line: 14,
      message: "option 'a' is listed twice"),
    BadDefinition(
      name: "built-in scale redeclared",
      parts: [
        "SCALES":
          #"[{"id": "ofsted4", "title": "Mine", "direction": "higherIsBetter", "levels": [{"code": "yes", "label": "Y", "value": 1, "acceptable": true}, {"code": "no", "label": "N", "value": 0, "acceptable": false}]}]"#
      ],
      kind: .duplicateID, path: "scales[0].id", line: 6, message: "'ofsted4' is a built-in scale"),
    BadDefinition(
      name: "scale values against its direction",
      parts: [
        "SCALES":
          #"[{"id": "gcp", "title": "GCP", "direction": "lowerIsBetter", "levels": [{"code": "level1", "label": "1", "value": 2, "acceptable": true}, {"code": "level2", "label": "2", "value": 1, "acceptable": false}]}]"#
      ],
      kind: .badScale, path: "scales[0].levels[1].value", line: 6,
      message: "on a lowerIsBetter scale each value must be greater than the one before"),
    BadDefinition(
      name: "acceptable level after an unacceptable one",
      parts: [
        "SCALES":
          #"[{"id": "gcp", "title": "GCP", "direction": "lowerIsBetter", "levels": [{"code": "level1", "label": "1", "value": 1, "acceptable": false}, {"code": "level2", "label": "2", "value": 2, "acceptable": true}]}]"#
      ],
      kind: .badScale, path: "scales[0].levels[1].acceptable", line: 6,
      message: "acceptable levels must come first"),
    BadDefinition(
      name: "unknown scale",
      parts: ["SECOND": #"{"id": "q.second", "type": "grade", "scale": "ofsted5", "text": "?"}"#],
      kind: .unknownScale, path: second + ".scale", line: 14,
      message: "unknown scale 'ofsted5'"),
    BadDefinition(
      name: "unknown theme",
      parts: ["SECOND": #"{"id": "q.second", "type": "text", "text": "?", "themes": ["histroy"]}"#],
      kind: .unknownTheme, path: second + ".themes[0]", line: 14,
      message: "unknown theme 'histroy' (did you mean 'history'?)"),
    BadDefinition(
      name: "unknown evidence rule",
      parts: [
        "SECOND": #"{"id": "q.second", "type": "text", "text": "?", "evidence": "sometimes"}"#
      ],
      kind: .badEvidenceRule, path: second + ".evidence", line: 14,
      message: "unknown evidence rule 'sometimes'"),
    BadDefinition(
      name: "evidence rule that needs a grade",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "text", "text": "?", "evidence": "requiredBelowAcceptable"}"#
      ],
      kind: .badEvidenceRule, path: second + ".evidence", line: 14,
      message: "requiredBelowAcceptable needs a grade question"),
    BadDefinition(
      name: "unknown stage",
      parts: [
        "SECOND": #"{"id": "q.second", "type": "text", "text": "?", "stages": ["fostering"]}"#
      ],
      kind: .badStage, path: second + ".stages[0]", line: 14, message: "unknown stage 'fostering'"),
    BadDefinition(
      name: "condition names an unknown question",
      parts: [
        "SECOND": #"{"id": "q.second", "type": "text", "text": "?", "showIf": "q.frist >= good"}"#
      ],
      kind: .unknownQuestion, path: second + ".showIf", line: 14,
      message: "unknown question 'q.frist' (did you mean 'q.first'?) (character 1)"),
    BadDefinition(
      name: "condition with an unknown code",
      parts: [
        "SECOND": #"{"id": "q.second", "type": "text", "text": "?", "showIf": "q.first == great"}"#
      ],
      kind: .unknownCode, path: second + ".showIf", line: 14,
      message: "'great' is not a level of scale ofsted4"),
    BadDefinition(
      name: "condition syntax error",
      parts: [
        "SECOND": #"{"id": "q.second", "type": "text", "text": "?", "showIf": "q.first >="}"#
      ],
      kind: .conditionSyntax, path: second + ".showIf", line: 14,
      message: "expected a question, case attribute or value, found end of condition (character 11)"
    ),
    BadDefinition(
      name: "condition type mismatch",
      parts: [
        "SECOND": #"{"id": "q.second", "type": "text", "text": "?", "showIf": "q.first > 3"}"#
      ],
      kind: .conditionType, path: second + ".showIf", line: 14,
      message: "cannot compare grade question 'q.first' (scale ofsted4) with number 3"),
    BadDefinition(
      name: "condition on its own question",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "text", "text": "?", "showIf": "answered(q.second)"}"#
      ],
      kind: .conditionCycle, path: second + ".showIf", line: 14,
      message: "showIf refers to its own question 'q.second'"),
    BadDefinition(
      name: "condition on a later question",
      parts: [
        "FIRST":
          #"{"id": "q.first", "type": "grade", "scale": "ofsted4", "text": "?", "showIf": "answered(q.second)"}"#
      ],
      kind: .conditionForwardReference, path: first + ".showIf", line: 13,
      message: "showIf refers to 'q.second', which is asked later"),
    BadDefinition(
      name: "conditions in a cycle",
      parts: [
        "FIRST":
          #"{"id": "q.first", "type": "grade", "scale": "ofsted4", "text": "?", "showIf": "answered(q.second)"}"#,
        "SECOND": #"{"id": "q.second", "type": "text", "text": "?", "showIf": "q.first >= good"}"#,
      ],
      kind: .conditionCycle, path: first + ".showIf", line: 13,
      message: "showIf conditions form a cycle: q.first → q.second → q.first"),
    BadDefinition(
      name: "reference proportion out of range",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "text", "text": "?", "reference": {"source": "S", "proportion": 1.5, "wording": "W"}}"#
      ],
      kind: .badReference, path: second + ".reference.proportion", line: 14,
      message: "proportion 1.5 is outside 0…1"),
    BadDefinition(
      name: "reference with an unknown answer code",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "grade", "scale": "yesPartlyNo", "text": "?", "reference": {"source": "S", "proportion": 0.5, "wording": "W", "answers": ["maybe"]}}"#
      ],
      kind: .unknownCode, path: second + ".reference.answers[0]", line: 14,
      message: "'maybe' is not an answer code of this question"),
    BadDefinition(
      name: "reference outOf not a whole number",
      parts: [
        "SECOND":
          #"{"id": "q.second", "type": "text", "text": "?", "reference": {"source": "S", "proportion": 0.5, "wording": "W", "outOf": 2.5}}"#
      ],
      kind: .badReference, path: second + ".reference.outOf", line: 14,
      message: "outOf must be a whole number"),
    BadDefinition(
      name: "overall judgement on an unknown question",
      parts: ["OVERALL": #"{"question": "q.overal", "rule": "noHigherThanLowest"}"#],
      kind: .unknownQuestion, path: "overall.question", line: 18,
      message: "unknown question 'q.overal'"),
    BadDefinition(
      name: "overall judgement on a non-grade question",
      parts: ["OVERALL": #"{"question": "q.second", "rule": "noHigherThanLowest"}"#],
      kind: .badOverallRule, path: "overall.question", line: 18,
      message: "must be a grade question; 'q.second' is text"),
    BadDefinition(
      name: "overall judgement with an unknown rule",
      parts: ["OVERALL": #"{"question": "q.first", "rule": "average"}"#],
      kind: .badOverallRule, path: "overall.rule", line: 18, message: "unknown rule 'average'"),
    BadDefinition(
      name: "limiting question that is not graded",
      parts: [
        "OVERALL":
          #"{"question": "q.first", "rule": "noHigherThanLowest", "limitingQuestions": ["q.second"]}"#
      ],
      kind: .badOverallRule, path: "overall.limitingQuestions[0]", line: 18,
      message: "limiting questions must be grade questions; 'q.second' is text"),
    BadDefinition(
      name: "limiting question on another scale",
      parts: [
        "SECOND": #"{"id": "q.second", "type": "grade", "scale": "yesPartlyNo", "text": "?"}"#,
        "OVERALL":
          #"{"question": "q.first", "rule": "noHigherThanLowest", "limitingQuestions": ["q.second"]}"#,
      ],
      kind: .badOverallRule, path: "overall.limitingQuestions[0]", line: 18,
      message: "'q.second' is graded on yesPartlyNo, but the overall judgement is on ofsted4"),
  ]

  @Test func theTemplateLoadsCleanly() throws {
    let result = AuditToolLoader.load(text: Self.template([:]), fileName: "bad.json")
    let tool = try result.get()
    #expect(tool.questions.map(\.id) == ["q.first", "q.second"])
    #expect(tool.overall?.limitingQuestions == [])
  }

  @Test(arguments: badDefinitions)
  func reportsEachKindOfBadDefinition(_ row: BadDefinition) throws {
    let result = AuditToolLoader.load(text: Self.template(row.parts), fileName: "bad.json")
    guard case .failure(let error) = result else {
      Issue.record("loaded, but should have failed")
      return
    }
    let match = error.problems.first { $0.kind == row.kind && $0.path == row.path }
    guard let problem = match else {
      Issue.record("no \(row.kind) at \(row.path); got:\n\(error)")
      return
    }
    #expect(problem.line == row.line)
    #expect(problem.message.contains(row.message), "\(problem.message)")
    // The shared shape says the same, with the kind as its code.
    #expect(problem.diagnostic.description == problem.description)
    #expect(problem.diagnostic.code == row.kind.rawValue)
    let place = row.path.isEmpty ? "bad.json:\(row.line):" : "bad.json:\(row.line): \(row.path): "
    #expect(problem.description.hasPrefix(place), "\(problem.description)")
  }

  @Test func malformedJSONNamesLineAndColumn() throws {
    let text = Self.template(["SECOND": #"{"id": "q.second",, }"#])
    guard case .failure(let error) = AuditToolLoader.load(text: text, fileName: "bad.json") else {
      Issue.record("should fail")
      return
    }
    #expect(error.problems.count == 1)
    #expect(error.description == "bad.json:14:27: expected a string key, found ','")
  }

  @Test func reportsEveryProblemInLineOrder() throws {
    let text = Self.template([
      "VERSION": #""one""#,
      "SECOND":
        #"{"id": "q.second", "type": "grade", "scale": "nope", "text": "?", "showIf": "q.frist == good", "stages": ["x"]}"#,
      "OVERALL": #"{"question": "q.first", "rule": "median"}"#,
    ])
    guard case .failure(let error) = AuditToolLoader.load(text: text, fileName: "bad.json") else {
      Issue.record("should fail")
      return
    }
    #expect(
      error.problems.map(\.kind) == [
        .invalidValue, .unknownScale, .unknownQuestion, .badStage, .badOverallRule,
      ])
    #expect(error.problems.map(\.line) == [3, 14, 14, 14, 18])
    #expect(
      error.problems[2].description
        == "bad.json:14: sections[0].questions[1].showIf: unknown question 'q.frist' "
        + "(did you mean 'q.first'?) (character 1)")
  }

  @Test func aMissingTopLevelFieldPointsAtTheObject() throws {
    let text = #"{"id": "x", "version": "1.0.0", "title": "T", "sections": []}"#
    guard case .failure(let error) = AuditToolLoader.load(text: text, fileName: "t.json") else {
      Issue.record("should fail")
      return
    }
    #expect(error.problems.map(\.kind) == [.missingField, .invalidValue])
    #expect(error.problems.map(\.path) == ["description", "sections"])
  }

  @Test func limitingQuestionsDefaultToTheOtherQuestionsOnTheScale() throws {
    let tool = try Fixtures.tool()
    #expect(tool.overall?.limitingQuestions == ["q.grade"])
    let text = Self.template([
      "SECOND": #"{"id": "q.second", "type": "grade", "scale": "ofsted4", "text": "?"}"#
    ])
    let loaded = try AuditToolLoader.load(text: text, fileName: "t.json").get()
    #expect(loaded.overall?.limitingQuestions == ["q.second"])
  }

  @Test func exposesTheCheckedModel() throws {
    let tool = try Fixtures.tool()
    #expect(tool.id == "fixture-tool")
    #expect(tool.declaredScales.map(\.id) == ["gcp"])
    #expect(tool.scalesUsed.map(\.id) == ["ofsted4", "gcp", "yesPartlyNo"])
    #expect(tool.scale("progress") == GradeScale.progress)
    #expect(
      tool.questions.map(\.type.name).prefix(7) == [
        "grade", "grade", "choice", "multiChoice", "number", "date", "text",
      ])
    #expect(tool.questions(inTheme: "history").map(\.id) == ["q.grade"])
    #expect(tool.theme("voice")?.description == "")
    let cp = try #require(tool.question("q.cp"))
    #expect(cp.stages == ["childProtection"])
    #expect(cp.reference?.answers == ["no"])
    #expect(cp.reference?.outOf == 8)
    #expect(tool.question("q.followUp")?.showIf?.source == "q.grade < good")
    #expect(tool.question("q.grade")?.guidance?.inadequate == "Inadequate looks like that.")
    #expect(
      tool.question("q.number")?.type
        == .number(NumberBounds(minimum: 0, maximum: 10, integer: true, unit: "changes")))
    #expect(tool.index(ofQuestion: "q.choice") == 2)
  }
}
