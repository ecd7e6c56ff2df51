/// A checked `showIf` condition: when a question is asked.
///
/// The language (documented in `AuditTools/README.md`) has comparisons `==`, `!=`, `<`, `<=`,
/// `>`, `>=`, `in [..]`, `and`, `or`, `not`, parentheses, `answered(q)` and the case attributes
/// `case.stage`, `case.age`, `case.longTerm` and `case.neglectStatus`. On grades, `>` means
/// "better than" by the scale's order of merit, whatever its numbers.
///
/// Missing values: a comparison (or `in`) whose question is unanswered or answered N/A, or
/// whose case attribute is unknown (`case.age` with no age), is **false** — not "unknown".
/// So `not (q == good)` is true when `q` is unanswered, while `q != good` is false. To make
/// the intent explicit, write `answered(q) and …`. `answered(q)` is true for any recorded
/// answer, including N/A.
public struct Condition: Sendable, Hashable, CustomStringConvertible {
  /// The condition as written in the tool.
  public let source: String
  /// The questions the condition reads, in order of first mention.
  public let referencedQuestions: [String]
  /// The checked expression.
  let expression: ConditionExpression

  init(source: String, expression: ConditionExpression, referencedQuestions: [String]) {
    self.source = source
    self.expression = expression
    self.referencedQuestions = referencedQuestions
  }

  /// Parses and checks a condition against a tool's questions, throwing the first problem.
  public init(parsing source: String, in tool: AuditTool) throws(ConditionError) {
    let types = Dictionary(
      tool.questions.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
    switch Self.check(source, questionTypes: types) {
    case .success(let condition): self = condition
    case .failure(let list):
      throw list.errors.first
        ?? ConditionError(kind: .syntax, offset: 1, message: "invalid condition")
    }
  }

  /// Parses and checks a condition, returning every problem found.
  ///
  /// Questions in `untyped` exist but could not be read; names of them resolve without a
  /// further error (their own problem is reported elsewhere).
  static func check(
    _ source: String, questionTypes: [String: QuestionType], untyped: Set<String> = []
  ) -> Result<Condition, ConditionErrorList> {
    let syntax: ConditionSyntax
    do {
      syntax = try ConditionParser.parse(source)
    } catch {
      return .failure(ConditionErrorList(errors: [error]))
    }
    var checker = ConditionChecker(questionTypes: questionTypes, untyped: untyped)
    switch checker.check(syntax) {
    case .success(let (expression, referenced)):
      return .success(
        Condition(source: source, expression: expression, referencedQuestions: referenced))
    case .failure(let errors):
      return .failure(errors)
    }
  }

  /// The condition as written.
  public var description: String { source }
}
