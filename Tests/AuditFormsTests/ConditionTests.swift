import AuditForms
import Formats
import Testing

/// One row of the evaluation table: a condition, some answers, a case, and the expected truth.
struct ConditionCase: Sendable, CustomTestStringConvertible {
  let source: String
  let answers: [String: AnswerValue]
  let attributes: CaseAttributes
  let expected: Bool

  init(
    _ source: String, _ answers: [String: AnswerValue] = [:],
    case attributes: CaseAttributes = Fixtures.caseAt("childInNeed"), _ expected: Bool
  ) {
    self.source = source
    self.answers = answers
    self.attributes = attributes
    self.expected = expected
  }

  init(
    _ source: String, case attributes: CaseAttributes = Fixtures.caseAt("childInNeed"),
    _ expected: Bool
  ) {
    self.init(source, [:], case: attributes, expected)
  }

  var testDescription: String { "\(source) → \(expected)" }
}

@Suite struct ConditionTests {
  static let evaluations: [ConditionCase] = [
    // == and != on a grade; an unanswered question makes every comparison false.
    ConditionCase("q.grade == good", ["q.grade": .level("good")], true),
    ConditionCase("q.grade == good", ["q.grade": .level("outstanding")], false),
    ConditionCase("q.grade == good", [:], false),
    ConditionCase("q.grade != good", ["q.grade": .level("inadequate")], true),
    ConditionCase("q.grade != good", [:], false),
    ConditionCase("not (q.grade == good)", [:], true),
    // Ordering on ofsted4: "greater" means better.
    ConditionCase("q.grade >= good", ["q.grade": .level("outstanding")], true),
    ConditionCase("q.grade >= good", ["q.grade": .level("good")], true),
    ConditionCase("q.grade >= good", ["q.grade": .level("requiresImprovement")], false),
    ConditionCase("q.grade > good", ["q.grade": .level("good")], false),
    ConditionCase("q.grade < good", ["q.grade": .level("requiresImprovement")], true),
    ConditionCase("q.grade <= requiresImprovement", ["q.grade": .level("inadequate")], true),
    ConditionCase("q.grade <= requiresImprovement", ["q.grade": .level("good")], false),
    ConditionCase("good <= q.grade", ["q.grade": .level("outstanding")], true),
    ConditionCase("q.grade == 'good'", ["q.grade": .level("good")], true),
    ConditionCase("q.grade in [good, outstanding]", ["q.grade": .level("good")], true),
    ConditionCase("q.grade in [good, outstanding]", ["q.grade": .level("inadequate")], false),
    // A lower-is-better scale (1 best, 5 worst): order is by merit, not by number.
    ConditionCase("q.gcp > level3", ["q.gcp": .level("level1")], true),
    ConditionCase("q.gcp > level3", ["q.gcp": .level("level2")], true),
    ConditionCase("q.gcp > level3", ["q.gcp": .level("level4")], false),
    ConditionCase("q.gcp <= level2", ["q.gcp": .level("level3")], true),
    ConditionCase("q.gcp <= level2", ["q.gcp": .level("level1")], false),
    ConditionCase("q.gcp < level1", ["q.gcp": .level("level5")], true),
    // Choice, multi-choice, text.
    ConditionCase("q.choice == a", ["q.choice": .choice("a")], true),
    ConditionCase("q.choice in [a, b]", ["q.choice": .choice("c")], false),
    ConditionCase("q.choice != 'c'", ["q.choice": .choice("b")], true),
    ConditionCase("q.multi == physical", ["q.multi": .choices(["emotional", "physical"])], true),
    ConditionCase("q.multi != medical", ["q.multi": .choices(["emotional"])], true),
    ConditionCase("q.multi in [medical, emotional]", ["q.multi": .choices(["emotional"])], true),
    ConditionCase("q.multi in [medical]", ["q.multi": .choices(["physical"])], false),
    ConditionCase("q.multi == physical", ["q.multi": .notApplicable], false),
    ConditionCase("q.text == 'yes'", ["q.text": .text("yes")], true),
    ConditionCase("q.text != \"yes\"", ["q.text": .text("no")], true),
    // Numbers and dates.
    ConditionCase("q.number > 3", ["q.number": .number(4)], true),
    ConditionCase("q.number >= 4.5", ["q.number": .number(4)], false),
    ConditionCase("q.number in [1, 2]", ["q.number": .number(2)], true),
    ConditionCase(
      "q.number >= case.age", ["q.number": .number(7)],
      case: Fixtures.caseAt("childInNeed", age: 7), true),
    ConditionCase("q.date < 2024-03-01", ["q.date": ConditionTests.day("2024-02-29")], true),
    ConditionCase("q.date >= '2024-03-01'", ["q.date": ConditionTests.day("2024-02-29")], false),
    ConditionCase("q.date == 2024-02-29", ["q.date": ConditionTests.day("2024-02-29")], true),
    // answered(): any recorded answer counts, N/A included.
    ConditionCase("answered(q.multi)", ["q.multi": .notApplicable], true),
    ConditionCase("answered(q.multi)", [:], false),
    ConditionCase("not answered(q.multi)", [:], true),
    // Case attributes.
    ConditionCase("case.stage == childProtection", case: Fixtures.caseAt("childProtection"), true),
    ConditionCase("case.stage != childProtection", case: Fixtures.caseAt("childProtection"), false),
    ConditionCase("case.stage in [earlyHelp, childInNeed]", true),
    ConditionCase("case.age < 5", case: Fixtures.caseAt("childInNeed", age: 3), true),
    ConditionCase("case.age < 5", case: Fixtures.caseAt("childInNeed", age: nil), false),
    ConditionCase("not (case.age < 5)", case: Fixtures.caseAt("childInNeed", age: nil), true),
    ConditionCase("case.longTerm", case: Fixtures.caseAt("childInNeed", longTerm: true), true),
    ConditionCase("not case.longTerm", case: Fixtures.caseAt("childInNeed", longTerm: true), false),
    ConditionCase("case.longTerm == false", true),
    ConditionCase(
      "case.longTerm != true", case: Fixtures.caseAt("childInNeed", longTerm: true), false),
    ConditionCase("case.neglectStatus == confirmed", true),
    ConditionCase("case.neglectStatus in [possible, none]", false),
    // Precedence: not > and > or; parentheses override.
    ConditionCase(
      "case.longTerm or case.stage == earlyHelp and case.age > 10",
      case: Fixtures.caseAt("childProtection", longTerm: true), true),
    ConditionCase(
      "(case.longTerm or case.stage == earlyHelp) and case.age > 10",
      case: Fixtures.caseAt("childProtection", longTerm: true), false),
    ConditionCase(
      "not case.longTerm and case.stage == earlyHelp", case: Fixtures.caseAt("childProtection"),
      false),
    ConditionCase(
      "not (case.longTerm and case.stage == earlyHelp)", case: Fixtures.caseAt("childProtection"),
      true),
    ConditionCase(
      "q.choice == a or q.choice == b and q.grade == good", ["q.choice": .choice("a")], true),
    ConditionCase(
      "((q.choice == a or q.choice == b)) and q.grade == good", ["q.choice": .choice("a")], false),
  ]

  /// A date answer; text (which no date condition matches) if the literal is not a date.
  static func day(_ text: String) -> AnswerValue {
    CalendarDate(iso: text).map { .date($0) } ?? .text(text)
  }

  @Test(arguments: evaluations)
  func evaluates(_ row: ConditionCase) throws {
    let tool = try Fixtures.tool()
    let condition = try Condition(parsing: row.source, in: tool)
    let answers = AnswerSet(row.answers.mapValues { Answer($0) })
    #expect(condition.evaluate(answers: answers, case: row.attributes) == row.expected)
  }

  @Test(arguments: [
    (
      "q.grde >= good", ConditionError.Kind.unknownName, 1,
      "unknown question 'q.grde' (did you mean 'q.grade'?)"
    ),
    ("q.grade >= excelent", .unknownCode, 12, "'excelent' is not a level of scale ofsted4"),
    (
      "q.grade > 3", .type, 11,
      "cannot compare grade question 'q.grade' (scale ofsted4) with number 3"
    ),
    ("q.choice < a", .type, 10, "'<' compares order, but choice question 'q.choice' has no order"),
    ("q.multi >= physical", .type, 9, "has no order"),
    ("case.gender == x", .unknownName, 1, "unknown case attribute 'case.gender'"),
    ("case.stage == fostering", .unknownCode, 15, "'fostering' is not a stage code"),
    ("case.neglectStatus == maybe", .unknownCode, 23, "is not a neglect status"),
    ("case.longTerm == 1", .type, 18, "cannot compare case.longTerm with number 1"),
    ("q.number == 'x'", .type, 13, "expected a number"),
    ("q.text == hello", .type, 11, "quote text"),
    ("q.grade == q.choice", .type, 12, "cannot compare grade question 'q.grade'"),
    ("q.grade in [good, q.choice]", .type, 19, "holds values, not questions"),
    ("q.grade", .type, 1, "is not true or false on its own"),
    ("3 == 3", .type, 3, "compares two constants"),
    ("answered(case.age)", .type, 10, "takes a question id"),
    ("answered(q.nope)", .unknownName, 10, "unknown question 'q.nope'"),
    (
      "q.grade >= good and", .syntax, 20,
      "expected a question, case attribute or value, found end of condition"
    ),
    ("(q.grade == good", .syntax, 17, "expected ')'"),
    ("q.grade = good", .syntax, 9, "use '=='"),
    ("q.grade == good && case.longTerm", .syntax, 17, "use 'and'"),
    ("q.grade == good || case.longTerm", .syntax, 17, "use 'or'"),
    ("!case.longTerm", .syntax, 1, "use 'not'"),
    ("q.date < 2024-02-30", .syntax, 10, "invalid date"),
    ("q.grade in good", .syntax, 12, "expected '[' after 'in'"),
    ("q.grade in [good", .syntax, 17, "expected ',' or ']'"),
    ("q.grade == good case.longTerm", .syntax, 17, "expected 'and', 'or' or the end"),
    ("", .syntax, 1, "the condition is empty"),
    ("q.text == 'open", .syntax, 11, "unterminated string"),
    ("q.grade == good $", .syntax, 17, "unexpected character '$'"),
  ])
  func reportsBadConditions(
    source: String, kind: ConditionError.Kind, offset: Int, message: String
  ) throws {
    let tool = try Fixtures.tool()
    #expect {
      _ = try Condition(parsing: source, in: tool)
    } throws: { error in
      guard let error = error as? ConditionError else { return false }
      let matches = error.kind == kind && error.offset == offset && error.message.contains(message)
      if !matches { Issue.record("got \(error.kind) at \(error.offset): \(error.message)") }
      return matches
    }
  }

  /// The `auditforms` fuzz target's finding (issue 17), kept as a regression test.
  ///
  /// 12,479 `(` before a number exhausted the recursive parser's stack. Nesting and length are now bounded, and refused where
  /// they go too far; the deepest and longest conditions allowed still parse and evaluate.
  @Test func deepOrLongConditionsAreRefusedNotACrash() throws {
    let tool = try Fixtures.tool()
    func refusal(_ source: String) -> ConditionError? {
      do {
        _ = try Condition(parsing: source, in: tool)
        return nil
      } catch {
        return error
      }
    }
    // The fuzzer's input, as found: refused for its length, at the 513th symbol.
    let found = String(repeating: "(", count: 12_479) + "3"
    let long = try #require(refusal(found))
    #expect(long.kind == .syntax && long.offset == 513)
    #expect(long.message.contains("too long: at most 512"))
    // Short enough, but 100 levels deep: refused at the 65th '('.
    let deep = try #require(refusal(String(repeating: "(", count: 100) + "3"))
    #expect(deep.kind == .syntax && deep.offset == 65)
    #expect(deep.message.contains("nests more than 64 levels"))
    let nots = String(repeating: "not ", count: 200) + "case.longTerm"
    #expect(refusal(nots)?.message.contains("nests more than 64 levels") == true)
    let chain = Array(repeating: "q.grade == good", count: 300).joined(separator: " and ")
    #expect(refusal(chain)?.message.contains("too long: at most 512") == true)
    // At the limits: 64 levels, and a chain of 128 comparisons (511 words and symbols).
    let nested =
      String(repeating: "(", count: 64) + "q.grade == good" + String(repeating: ")", count: 64)
    let allowedChain = Array(repeating: "q.grade == good", count: 128).joined(separator: " or ")
    for source in [nested, allowedChain] {
      let condition = try Condition(parsing: source, in: tool)
      let answers = AnswerSet(["q.grade": Answer(.level("good"))])
      #expect(condition.evaluate(answers: answers, case: Fixtures.caseAt("childInNeed")))
    }
  }

  @Test func listsTheQuestionsAConditionReads() throws {
    let tool = try Fixtures.tool()
    let condition = try Condition(
      parsing: "q.grade < good or answered(q.choice) and q.grade != outstanding", in: tool)
    #expect(condition.referencedQuestions == ["q.grade", "q.choice"])
    #expect(condition.description == condition.source)
  }

  @Test(arguments: [
    ("q.grade >= good", "q.grade is Good or better"),
    ("q.grade < good", "q.grade is worse than Good"),
    ("q.gcp <= level3", "q.gcp is Level 3 or worse"),
    ("q.grade in [good, outstanding]", "q.grade is one of Good or Outstanding"),
    ("q.multi == physical", "q.multi includes Physical"),
    ("q.multi in [physical, medical]", "q.multi includes any of Physical or Medical"),
    ("q.number > 3", "q.number is more than 3"),
    ("q.date <= 2024-01-31", "q.date is on or before 2024-01-31"),
    ("case.stage == childProtection", "the case is at the child protection stage"),
    (
      "case.stage in [childInNeed, childProtection]",
      "the case is at the child in need or child protection stage"
    ),
    ("case.age < 5", "the child's age is less than 5"),
    ("not case.longTerm", "the case is not long-term work"),
    ("case.longTerm == false", "the case is not long-term work"),
    ("case.neglectStatus == possible", "the case's neglect status is possible"),
    ("not answered(q.text)", "q.text has not been answered"),
    ("not (q.grade == good)", "not (q.grade is Good)"),
    (
      "(case.longTerm or q.grade == good) and answered(q.text)",
      "(the case is long-term work or q.grade is Good) and q.text has been answered"
    ),
  ])
  func readsInPlainEnglish(source: String, english: String) throws {
    let tool = try Fixtures.tool()
    #expect(try Condition(parsing: source, in: tool).plainEnglish == english)
  }

  @Test(arguments: [
    ("q.grade < good", "Only if q.grade is worse than Good."),
    ("not (case.age < 5)", "Unless the child's age is less than 5."),
    ("not answered(q.text)", "Only if q.text has not been answered."),
    ("not case.longTerm", "Only if the case is not long-term work."),
  ])
  func saysWhenAQuestionIsAsked(source: String, sentence: String) throws {
    let tool = try Fixtures.tool()
    #expect(try Condition(parsing: source, in: tool).askedWhen == sentence)
  }
}
