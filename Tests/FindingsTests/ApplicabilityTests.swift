import AuditForms
import CaseList
import Findings
import Testing

/// The aggregator decides which questions apply without building the tool's per-case
/// dictionaries; on a tool of chained conditions it must agree with
/// `AuditTool.applicability(answers:case:)` case by case.
@Suite struct ApplicabilityTests {
  static let chainedJSON = """
    {
      "id": "chained", "version": "1.0.0", "title": "Chained", "description": "Conditions on conditions.",
      "sections": [{"id": "s", "title": "S", "questions": [
        {"id": "q.a", "type": "grade", "scale": "ofsted4", "text": "A?", "stages": ["childProtection"]},
        {"id": "q.b", "type": "grade", "scale": "yesPartlyNo", "text": "B?", "showIf": "answered(q.a)"},
        {"id": "q.c", "type": "grade", "scale": "ofsted4", "text": "C?", "showIf": "q.b == yes or case.age < 5"},
        {"id": "q.d", "type": "choice", "text": "D?", "showIf": "not case.longTerm",
         "options": [{"code": "x", "label": "X"}, {"code": "y", "label": "Y"}]},
        {"id": "q.e", "type": "grade", "scale": "ofsted4", "text": "E?", "showIf": "q.d == x and q.c >= good"}
      ]}]
    }
    """

  @Test(arguments: [UInt64(41), 42, 43])
  func questionsApplyExactlyWhereTheToolSaysTheyDo(seed: UInt64) throws {
    let tool = try AuditToolLoader.load(text: Self.chainedJSON, fileName: "chained.json").get()
    var generator = SeededCases(tool: tool, seed: seed)
    let cases = generator.cases(600)
    let findings = RoundFindings.compute(tool: tool, round: FindingsFixtures.round(), cases: cases)
    let reference = ReferenceFindings(tool: tool, cases: cases)
    var answeredNotAsked: [String: Int] = [:]
    for audited in cases {
      guard let (answers, _) = ReferenceFindings.used(audited) else { continue }
      let states = tool.applicability(
        answers: answers, case: ReferenceFindings.attributes(audited.record))
      for question in tool.questions where states[question.id] != .applies {
        if answers[question.id] != nil { answeredNotAsked[question.id, default: 0] += 1 }
      }
    }
    for question in tool.questions {
      let counted = try #require(findings.question(question.id))
      #expect(
        counted.applicable == reference.questions[question.id]?.applicable ?? 0, "\(question.id)")
      let quality = try #require(findings.dataQuality.questions.first { $0.id == question.id })
      #expect(quality.answeredNotAsked == answeredNotAsked[question.id] ?? 0, "\(question.id)")
    }
    // The chain is exercised: answers left on q.a outside child protection hide q.b.
    #expect((answeredNotAsked["q.a"] ?? 0) > 0)
    #expect((reference.questions["q.b"]?.applicable ?? 0) > 0)
  }
}
