import AuditForms
import Testing

/// What a text answer or evidence may hold.
@Suite struct TextRulesTests {
  @Test func recordedTextMustBeReadable() {
    #expect(TextRules.problem(in: "Seen alone; wishes noted.\nPlan\treviewed.") == nil)
    #expect(TextRules.problem(in: "bad \u{FFFD} byte")?.contains("UTF-8") == true)
    #expect(TextRules.problem(in: "bell \u{7}")?.contains("U+0007") == true)
    #expect(TextRules.problem(in: String(repeating: "a", count: 10_001))?.contains("10001") == true)
    #expect(TextRules.problem(in: String(repeating: "a", count: 10_000)) == nil)
  }
}
