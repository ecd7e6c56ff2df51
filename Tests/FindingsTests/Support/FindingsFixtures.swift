import AuditForms
import CaseList
import Findings
import Testing

/// A small synthetic audit tool and helpers to build audited cases for the Findings tests.
///
/// The tool has a condition (`q.voice` is asked only when `q.history` is below good), a
/// stage-limited question (`q.plan`), the challenge scale (whose "not needed" is left out of
/// the acceptable denominator), a neglect-types multi-choice, a number and an overall grade.
enum FindingsFixtures {
  /// The tool's JSON; `version` and `extraQuestion` let tests make a second version.
  static func toolJSON(
    id: String = "findings-fixture", version: String = "1.0.0", extraQuestion: String = ""
  ) -> String {
    """
    {
      "id": "\(id)",
      "version": "\(version)",
      "title": "Findings fixture",
      "description": "A small synthetic tool for the Findings tests.",
      "themes": [
        {"id": "history", "title": "Family history"},
        {"id": "voice", "title": "Voice of the child"}
      ],
      "sections": [
        {
          "id": "main",
          "title": "Main",
          "questions": [
            {"id": "q.history", "type": "grade", "scale": "ofsted4",
             "text": "How well did the assessment take account of family history?",
             "themes": ["history"], "allowNotApplicable": true,
             "reference": {"source": "Synthetic report (2020), para 1", "proportion": 0.45,
                           "wording": "Nearly half lacked family history",
                           "answers": ["requiresImprovement", "inadequate"]}},
            {"id": "q.voice", "type": "grade", "scale": "yesPartlyNo",
             "text": "Was the child's voice heard?", "themes": ["voice"],
             "showIf": "q.history < good"},
            {"id": "q.plan", "type": "grade", "scale": "ofsted4", "text": "How good was the plan?",
             "themes": ["voice", "history"], "stages": ["childInNeed", "childProtection"]},
            {"id": "q.challenge", "type": "grade", "scale": "challenge",
             "text": "Was professional challenge effective?", "themes": ["history"]},
            {"id": "q.types", "type": "multiChoice", "text": "Which kinds of neglect?",
             "required": false,
             "options": [{"code": "physical", "label": "Physical"},
                         {"code": "emotional", "label": "Emotional"},
                         {"code": "medical", "label": "Medical"},
                         {"code": "educational", "label": "Educational"},
                         {"code": "nutritional", "label": "Nutritional"},
                         {"code": "supervision", "label": "Supervision"}]},
            {"id": "q.workers", "type": "number", "text": "How many workers?", "min": 0,
             "max": 20, "integer": true, "required": false}\(extraQuestion),
            {"id": "q.overall", "type": "grade", "scale": "ofsted4", "text": "Overall judgement?"}
          ]
        }
      ],
      "overall": {"question": "q.overall", "rule": "noHigherThanLowest",
                  "limitingQuestions": ["q.history"]}
    }
    """
  }

  /// The fixture tool, loaded.
  static func tool(
    id: String = "findings-fixture", version: String = "1.0.0", extraQuestion: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> AuditTool {
    let result = AuditToolLoader.load(
      text: toolJSON(id: id, version: version, extraQuestion: extraQuestion),
      fileName: "fixture.json")
    if case .failure(let error) = result {
      Issue.record("fixture does not load:\n\(error)", sourceLocation: sourceLocation)
    }
    return try result.get()
  }

  /// Answers from plain strings, typed by the tool's questions.
  ///
  /// Each string is a level or option code, codes joined by commas for a multi-choice, a
  /// number, or `na`. Evidence comes from `evidence`.
  static func answers(
    _ values: [String: String], evidence: [String: String] = [:], tool: AuditTool
  ) -> AnswerSet {
    var set = AnswerSet()
    for (id, text) in values {
      let value: AnswerValue
      if text == "na" {
        value = .notApplicable
      } else {
        switch tool.question(id)?.type {
        case .grade?: value = .level(text)
        case .choice?: value = .choice(text)
        case .multiChoice?: value = .choices(text.split(separator: ",").map(String.init))
        case .number?: value = .number(Double(text) ?? .nan)
        default: value = .text(text)
        }
      }
      set[id] = Answer(value, evidence: evidence[id])
    }
    return set
  }

  /// A case record with the fields the tests use.
  static func record(
    _ id: String, stage: Stage, team: String? = nil, worker: String? = nil, age: Int? = 8,
    monthsOpen: Int? = 3, neglect: NeglectStatus = .confirmed
  ) -> CaseRecord {
    CaseRecord(
      id: id, stage: stage, neglectStatus: neglect, team: team, worker: worker, age: age,
      monthsOpen: monthsOpen)
  }

  /// A response.
  static func response(
    _ auditor: String, agency: String = "health", status: AuditedResponse.Status = .submitted,
    _ answers: AnswerSet
  ) -> AuditedResponse {
    AuditedResponse(auditorID: auditor, auditorAgency: agency, status: status, answers: answers)
  }

  /// A round's information.
  static func round(
    _ name: String = "Fixture round", version: String = "1.0.0",
    sample: String = "stratified by stage"
  ) -> RoundInfo {
    RoundInfo(
      name: name, purpose: "routine", toolID: "findings-fixture", toolVersion: version,
      sampleDescription: sample)
  }

  /// A case whose first allocated auditor submitted `answers`.
  static func primaryCase(
    _ number: Int, stage: Stage, team: String? = nil, worker: String? = nil,
    agency: String = "health", _ answers: AnswerSet
  ) -> AuditedCase {
    let id = caseID(number)
    return AuditedCase(
      caseID: id, reference: reference(number),
      record: record(id, stage: stage, team: team, worker: worker),
      allocatedAuditors: ["A\(number)"],
      responses: [response("A\(number)", agency: agency, answers)])
  }

  /// Cases numbered from `first`, one per entry of `history`, each graded on `q.history` (and
  /// `q.overall` when given), at `stage`, allocated to `worker`.
  static func gradedCases(
    tool: AuditTool, first: Int = 1, history: [String], overall: [String]? = nil,
    stage: Stage = .childInNeed, worker: String? = nil
  ) -> [AuditedCase] {
    history.enumerated().map { offset, grade in
      var values = ["q.history": grade]
      if let overall { values["q.overall"] = overall[offset] }
      let number = first + offset
      return primaryCase(
        number, stage: stage, worker: worker, answers(values, tool: tool))
    }
  }

  /// `count` copies of `grade`.
  static func grades(_ grade: String, _ count: Int) -> [String] {
    [String](repeating: grade, count: count)
  }

  /// The real id of fixture case `number`: `CH-0007`.
  static func caseID(_ number: Int) -> String {
    "CH-" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
  }

  /// The pseudonymous reference of fixture case `number`: `R-07`.
  static func reference(_ number: Int) -> String {
    number < 10 ? "R-0\(number)" : "R-\(number)"
  }
}
