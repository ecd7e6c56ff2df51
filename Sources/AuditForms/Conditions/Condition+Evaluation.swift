import Formats

extension Condition {
  /// Whether the condition holds for these answers and this case.
  ///
  /// Answers to questions that do not apply should be left out by the caller;
  /// `AuditTool.applicableQuestions(answers:case:)` does this as it walks the tool in order.
  public func evaluate(answers: AnswerSet, case attributes: CaseAttributes) -> Bool {
    evaluate(answers: answers.answers, case: attributes)
  }

  /// Whether the condition holds, reading answers from a dictionary keyed by question id.
  func evaluate(answers: [String: Answer], case attributes: CaseAttributes) -> Bool {
    ConditionEvaluator(lookup: { answers[$0]?.value }, attributes: attributes).holds(expression)
  }

  /// Whether the condition holds for packed answers and this case; the same rule as
  /// ``evaluate(answers:case:)`` (a question the layout does not have is unanswered).
  public func evaluate(packed answers: PackedAnswers, case attributes: CaseAttributes) -> Bool {
    let layout = answers.layout
    return ConditionEvaluator(
      lookup: { id in layout.position(ofQuestion: id).flatMap(answers.value(at:)) },
      attributes: attributes
    ).holds(expression)
  }
}

/// Evaluates checked expressions with two-valued logic: a comparison on a missing value is
/// false (see `Condition`).
private struct ConditionEvaluator {
  /// The value answered to a question, by id.
  let lookup: (String) -> AnswerValue?
  let attributes: CaseAttributes

  /// A value reduced to what comparisons need.
  enum Value: Equatable {
    /// A key where larger means better, larger or later.
    case ordered(Double)
    /// A code or text; equality only.
    case code(String)
    /// Selected option codes.
    case codes(Set<String>)
    /// True or false.
    case bool(Bool)
  }

  func holds(_ expression: ConditionExpression) -> Bool {
    switch expression {
    case .and(let lhs, let rhs): return holds(lhs) && holds(rhs)
    case .or(let lhs, let rhs): return holds(lhs) || holds(rhs)
    case .not(let operand): return !holds(operand)
    case .answered(let id): return lookup(id) != nil
    case .isTrue(let subject): return value(of: subject) == .bool(true)
    case .compare(let subject, let op, let term):
      guard let lhs = value(of: subject) else { return false }
      let rhs: Value?
      switch term {
      case .subject(let other): rhs = value(of: other)
      case .literal(let literal): rhs = value(of: literal, as: subject.type)
      }
      guard let rhs else { return false }
      return compare(lhs, op, rhs)
    case .member(let subject, let literals):
      guard let lhs = value(of: subject) else { return false }
      return literals.contains { literal in
        value(of: literal, as: subject.type).map { compare(lhs, .equal, $0) } ?? false
      }
    }
  }

  /// Compares two values.
  ///
  /// A multi-choice answer "equals" a code when the code is among those selected; two
  /// multi-choice answers are equal when they select the same codes.
  private func compare(_ lhs: Value, _ op: ComparisonOperator, _ rhs: Value) -> Bool {
    if case .ordered(let a) = lhs, case .ordered(let b) = rhs { return op.holds(a, b) }
    let equal: Bool
    switch (lhs, rhs) {
    case (.codes(let selected), .code(let code)): equal = selected.contains(code)
    default: equal = lhs == rhs
    }
    switch op {
    case .equal: return equal
    case .notEqual: return !equal
    case .less, .lessOrEqual, .greater, .greaterOrEqual: return false
    }
  }

  private func value(of subject: ConditionSubject) -> Value? {
    switch subject {
    case .caseAttribute(.stage): return .code(attributes.stage)
    case .caseAttribute(.age): return attributes.age.map { .ordered(Double($0)) }
    case .caseAttribute(.longTerm): return .bool(attributes.longTerm)
    case .caseAttribute(.neglectStatus): return .code(attributes.neglectStatus)
    case .question(let id, let type):
      guard let answer = lookup(id) else { return nil }
      switch (answer, type) {
      case (.level(let code), .grade(let scale)):
        // Rank 0 is the best level; negate so that a larger key means a better grade.
        return scale.rank(of: code).map { .ordered(-Double($0)) }
      case (.choice(let code), .choice): return .code(code)
      case (.choices(let codes), .multiChoice): return .codes(Set(codes))
      case (.number(let number), .number): return .ordered(number)
      case (.date(let date), .date): return .ordered(Self.key(date))
      case (.text(let text), .text): return .code(text)
      default: return nil  // N/A, or a value of the wrong type: treated as missing.
      }
    }
  }

  private func value(of literal: ConditionLiteral, as type: ConditionValueType) -> Value? {
    switch (literal, type) {
    case (.code(let code, _), .grade(let scale)):
      return scale.rank(of: code).map { .ordered(-Double($0)) }
    case (.code(let code, _), _): return .code(code)
    case (.number(let number), _): return .ordered(number)
    case (.date(let date), _): return .ordered(Self.key(date))
    case (.text(let text), _): return .code(text)
    case (.bool(let flag), _): return .bool(flag)
    }
  }

  /// A number that orders dates chronologically: yyyymmdd.
  private static func key(_ date: CalendarDate) -> Double {
    Double(date.year * 10_000 + date.month * 100 + date.day)
  }
}
