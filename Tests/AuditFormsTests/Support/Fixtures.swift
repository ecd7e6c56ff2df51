import AuditForms
import Foundation
import Testing

/// A small synthetic audit tool with one question of every type, a GCP-style scale that runs
/// lower-is-better, a condition, a stage-limited question and an overall rule.
enum Fixtures {
  static let toolJSON = """
    {
      "id": "fixture-tool",
      "version": "0.1.0",
      "title": "Fixture tool",
      "description": "A small synthetic tool for tests.",
      "scales": [
        {
          "id": "gcp",
          "title": "GCP-style level",
          "direction": "lowerIsBetter",
          "levels": [
            {"code": "level1", "label": "Level 1", "value": 1, "acceptable": true},
            {"code": "level2", "label": "Level 2", "value": 2, "acceptable": true},
            {"code": "level3", "label": "Level 3", "value": 3, "acceptable": false},
            {"code": "level4", "label": "Level 4", "value": 4, "acceptable": false},
            {"code": "level5", "label": "Level 5", "value": 5, "acceptable": false}
          ]
        }
      ],
      "themes": [
        {"id": "history", "title": "History", "description": "Past episodes."},
        {"id": "voice", "title": "Voice"}
      ],
      "sections": [
        {
          "id": "main",
          "title": "Main",
          "description": "Every question type.",
          "questions": [
            {"id": "q.grade", "type": "grade", "scale": "ofsted4", "text": "How good?",
             "themes": ["history"], "evidence": "requiredBelowAcceptable",
             "guidance": {"good": "Good looks like this.", "inadequate": "Inadequate looks like that."}},
            {"id": "q.gcp", "type": "grade", "scale": "gcp", "text": "Which level?", "required": false},
            {"id": "q.choice", "type": "choice", "text": "Which one?",
             "options": [{"code": "a", "label": "A"}, {"code": "b", "label": "B"},
                         {"code": "c", "label": "C"}]},
            {"id": "q.multi", "type": "multiChoice", "text": "Which ones?", "allowNotApplicable": true,
             "options": [{"code": "physical", "label": "Physical"},
                         {"code": "emotional", "label": "Emotional"},
                         {"code": "medical", "label": "Medical"}]},
            {"id": "q.number", "type": "number", "text": "How many?", "min": 0, "max": 10,
             "integer": true, "unit": "changes", "required": false},
            {"id": "q.date", "type": "date", "text": "When?", "required": false},
            {"id": "q.text", "type": "text", "text": "Anything else?", "required": false,
             "evidence": "required"},
            {"id": "q.followUp", "type": "text", "text": "Why was it below good?",
             "showIf": "q.grade < good", "themes": ["voice"]},
            {"id": "q.cp", "type": "grade", "scale": "yesPartlyNo", "text": "Conference attended?",
             "stages": ["childProtection"],
             "reference": {"source": "Synthetic source", "proportion": 0.25,
                           "wording": "A quarter in a made-up study", "outOf": 8, "answers": ["no"]}},
            {"id": "q.overall", "type": "grade", "scale": "ofsted4", "text": "Overall?",
             "evidence": "required"}
          ]
        }
      ],
      "overall": {"question": "q.overall", "rule": "noHigherThanLowest",
                  "limitingQuestions": ["q.grade"]}
    }
    """

  /// The fixture tool, loaded.
  static func tool(sourceLocation: SourceLocation = #_sourceLocation) throws -> AuditTool {
    let result = AuditToolLoader.load(text: toolJSON, fileName: "fixture.json")
    if case .failure(let error) = result {
      Issue.record("fixture does not load:\n\(error)", sourceLocation: sourceLocation)
    }
    return try result.get()
  }

  /// Case attributes with defaults for the fields a test does not care about.
  static func caseAt(
    _ stage: String, age: Int? = nil, longTerm: Bool = false, neglect: String = "confirmed"
  ) -> CaseAttributes {
    CaseAttributes(stage: stage, age: age, longTerm: longTerm, neglectStatus: neglect)
  }

  /// The repository root (the folder holding `Package.swift`), found from this file's path
  /// with symbolic links resolved.
  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
      .deletingLastPathComponent()  // Support
      .deletingLastPathComponent()  // AuditFormsTests
      .deletingLastPathComponent()  // Tests
      .deletingLastPathComponent()
  }

  /// Whether an environment variable is set to `1`.
  static func flag(_ name: String) -> Bool {
    ProcessInfo.processInfo.environment[name] == "1"
  }
}
