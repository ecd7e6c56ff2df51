import Formats

/// Resolves the names in a parsed condition against a tool's questions and checks types.
///
/// Names are resolved in this order: `case.…` is a case attribute; a question id is a question;
/// anything else is a code, read according to what it is compared with (a level of the
/// question's scale, one of its options, a stage code, a neglect status). A code spelled like a
/// question id can be written in quotes: `assess.history == 'good'`.
struct ConditionChecker {
  /// The questions a condition may name, with their answer types.
  let questionTypes: [String: QuestionType]
  /// Questions that exist but whose type could not be read.
  let untyped: Set<String>

  private var errors: [ConditionError] = []
  private var referenced: [String] = []

  /// Creates a checker over a tool's questions.
  init(questionTypes: [String: QuestionType], untyped: Set<String> = []) {
    self.questionTypes = questionTypes
    self.untyped = untyped
  }

  /// Checks parsed syntax; returns the expression and the questions it reads, or every error.
  mutating func check(
    _ syntax: ConditionSyntax
  ) -> Result<(ConditionExpression, [String]), ConditionErrorList> {
    errors = []
    referenced = []
    let expression = expression(syntax)
    if let expression, errors.isEmpty { return .success((expression, referenced)) }
    return .failure(ConditionErrorList(errors: errors))
  }

  // MARK: - Expressions

  private mutating func expression(_ syntax: ConditionSyntax) -> ConditionExpression? {
    switch syntax {
    case .and(let lhs, let rhs):
      let left = expression(lhs)
      let right = expression(rhs)
      guard let left, let right else { return nil }
      return .and(left, right)
    case .or(let lhs, let rhs):
      let left = expression(lhs)
      let right = expression(rhs)
      guard let left, let right else { return nil }
      return .or(left, right)
    case .not(let operand, _):
      return expression(operand).map { .not($0) }
    case .answered(let name, _, let nameOffset):
      return answered(name, offset: nameOffset)
    case .bare(let operand):
      return bare(operand)
    case .comparison(let lhs, let op, let rhs, let offset):
      return comparison(lhs, op, rhs, offset: offset)
    case .membership(let subject, let items, let offset):
      return membership(subject, items, offset: offset)
    }
  }

  private mutating func answered(_ name: String, offset: Int) -> ConditionExpression? {
    if name.hasPrefix("case.") {
      fail(.type, offset, "answered() takes a question id, not a case attribute")
      return nil
    }
    guard questionTypes[name] != nil || untyped.contains(name) else {
      fail(.unknownName, offset, unknownQuestionMessage(name))
      return nil
    }
    note(name)
    return .answered(name)
  }

  private mutating func bare(_ operand: ConditionSyntax.Operand) -> ConditionExpression? {
    switch resolve(operand) {
    case .failed:
      return nil
    case .subject(let subject):
      if subject.type == .bool { return .isTrue(subject) }
      fail(
        .type, operand.offset,
        "\(subject.spelled) is not true or false on its own; compare it (==, <, in …)"
          + " or use answered(…)")
      return nil
    case .unresolved(let name):
      fail(.unknownName, operand.offset, unknownQuestionMessage(name))
      return nil
    case .literal:
      fail(.type, operand.offset, "a condition cannot be a constant")
      return nil
    }
  }

  private mutating func comparison(
    _ lhs: ConditionSyntax.Operand, _ op: ComparisonOperator, _ rhs: ConditionSyntax.Operand,
    offset: Int
  ) -> ConditionExpression? {
    let left = resolve(lhs)
    let right = resolve(rhs)
    switch (left, right) {
    case (.failed, _), (_, .failed):
      return nil
    case (.subject(let subject), _):
      return compare(subject, op, other: rhs, resolved: right, operatorOffset: offset)
    case (_, .subject(let subject)):
      return compare(subject, op.mirrored, other: lhs, resolved: left, operatorOffset: offset)
    case (.unresolved(let name), _):
      fail(.unknownName, lhs.offset, unknownQuestionMessage(name))
      return nil
    case (_, .unresolved(let name)):
      fail(.unknownName, rhs.offset, unknownQuestionMessage(name))
      return nil
    case (.literal, .literal):
      fail(.type, offset, "compares two constants; one side must be a question or a case attribute")
      return nil
    }
  }

  private mutating func compare(
    _ subject: ConditionSubject, _ op: ComparisonOperator, other: ConditionSyntax.Operand,
    resolved: Resolved, operatorOffset: Int
  ) -> ConditionExpression? {
    if op.isOrdering && !subject.type.isOrdered {
      fail(
        .type, operatorOffset,
        "'\(op.rawValue)' compares order, but \(subject.spelled) has no order; use ==, != or in")
      return nil
    }
    if case .subject(let otherSubject) = resolved {
      guard subject.type.isComparable(with: otherSubject.type) else {
        fail(
          .type, other.offset,
          "cannot compare \(subject.spelled) with \(otherSubject.spelled)")
        return nil
      }
      return .compare(subject, op, .subject(otherSubject))
    }
    guard let literal = convert(other, to: subject) else { return nil }
    return .compare(subject, op, .literal(literal))
  }

  private mutating func membership(
    _ lhs: ConditionSyntax.Operand, _ items: [ConditionSyntax.Operand], offset: Int
  ) -> ConditionExpression? {
    let subject: ConditionSubject
    switch resolve(lhs) {
    case .failed:
      return nil
    case .subject(let resolved):
      subject = resolved
    case .unresolved(let name):
      fail(.unknownName, lhs.offset, unknownQuestionMessage(name))
      return nil
    case .literal:
      fail(.type, lhs.offset, "put a question or case attribute before 'in'")
      return nil
    }
    var literals: [ConditionLiteral] = []
    var failed = false
    for item in items {
      if case .name(let name) = item.kind,
        name.hasPrefix("case.") || questionTypes[name] != nil
      {
        fail(.type, item.offset, "the list after 'in' holds values, not questions or attributes")
        failed = true
      } else if let literal = convert(item, to: subject) {
        literals.append(literal)
      } else {
        failed = true
      }
    }
    return failed ? nil : .member(subject, literals)
  }

  // MARK: - Operands

  /// What an operand turned out to be.
  private enum Resolved {
    /// A question or case attribute.
    case subject(ConditionSubject)
    /// A name that is neither: a code, or an unknown question.
    case unresolved(String)
    /// A number, date, string or boolean.
    case literal
    /// A name already reported as an error.
    case failed
  }

  private mutating func resolve(_ operand: ConditionSyntax.Operand) -> Resolved {
    guard case .name(let name) = operand.kind else { return .literal }
    if name.hasPrefix("case.") {
      let attributeName = String(name.dropFirst("case.".count))
      guard let attribute = CaseAttribute(rawValue: attributeName) else {
        let known = CaseAttribute.allCases.map(\.spelled)
        fail(
          .unknownName, operand.offset,
          "unknown case attribute '\(name)'; known attributes are " + Self.list(known))
        return .failed
      }
      return .subject(.caseAttribute(attribute))
    }
    if let type = questionTypes[name] {
      note(name)
      return .subject(.question(name, ConditionValueType(type)))
    }
    if untyped.contains(name) {
      note(name)
      return .failed
    }
    return .unresolved(name)
  }

  /// Converts a constant to the type of the subject it is compared with.
  private mutating func convert(
    _ operand: ConditionSyntax.Operand, to subject: ConditionSubject
  ) -> ConditionLiteral? {
    let type = subject.type
    switch (operand.kind, type) {
    case (.name(let code), _), (.string(let code), .grade), (.string(let code), .choice),
      (.string(let code), .multiChoice), (.string(let code), .stage),
      (.string(let code), .neglectStatus):
      guard let codes = type.codes else {
        if case .name(let name) = operand.kind, name.contains(".") {
          fail(.unknownName, operand.offset, unknownQuestionMessage(name))
        } else if type == .text {
          fail(.type, operand.offset, "quote text to compare with \(subject.spelled): '\(code)'")
        } else {
          fail(
            .type, operand.offset,
            "cannot compare \(subject.spelled) with '\(code)'; expected \(expected(type))")
        }
        return nil
      }
      if let match = codes.first(where: { $0.code == code }) {
        return .code(match.code, label: match.label)
      }
      if case .name(let name) = operand.kind, name.contains(".") {
        fail(.unknownName, operand.offset, unknownQuestionMessage(name))
        return nil
      }
      var message = "'\(code)' is not \(codeNoun(subject)); expected one of "
      message += Self.alternatives(codes.map(\.code))
      if let suggestion = Suggestion.closest(to: code, in: codes.map(\.code)) {
        message += " (did you mean '\(suggestion)'?)"
      }
      fail(.unknownCode, operand.offset, message)
      return nil
    case (.string(let text), .text):
      return .text(text)
    case (.string(let text), .date):
      guard let date = CalendarDate(iso: text) else {
        fail(.type, operand.offset, "'\(text)' is not a date; write dates as YYYY-MM-DD")
        return nil
      }
      return .date(date)
    case (.number(let value), .number):
      return .number(value)
    case (.date(let date), .date):
      return .date(date)
    case (.bool(let value), .bool):
      return .bool(value)
    case (.string, _), (.number, _), (.date, _), (.bool, _):
      fail(
        .type, operand.offset,
        "cannot compare \(subject.spelled) with \(spelled(operand)); expected \(expected(type))")
      return nil
    }
  }

  private func codeNoun(_ subject: ConditionSubject) -> String {
    switch subject {
    case .question(let id, .grade(let scale)):
      return "a level of scale \(scale.id) (used by '\(id)')"
    case .question(let id, _): return "an option of question '\(id)'"
    case .caseAttribute(.stage): return "a stage code"
    case .caseAttribute: return "a neglect status"
    }
  }

  private func expected(_ type: ConditionValueType) -> String {
    switch type {
    case .grade(let scale): return "a level of scale \(scale.id), such as \(scale.levels[0].code)"
    case .choice, .multiChoice: return "an option code"
    case .number: return "a number"
    case .date: return "a date (YYYY-MM-DD)"
    case .text: return "quoted text"
    case .stage: return "a stage code"
    case .neglectStatus: return "a neglect status"
    case .bool: return "true or false"
    }
  }

  private func spelled(_ operand: ConditionSyntax.Operand) -> String {
    switch operand.kind {
    case .name(let name): return "'\(name)'"
    case .number(let value): return "number \(JSONWriter.number(value))"
    case .date(let date): return "date \(date)"
    case .string(let text): return "string '\(text)'"
    case .bool(let value): return "\(value)"
    }
  }

  // MARK: - Bookkeeping

  private mutating func note(_ questionID: String) {
    if !referenced.contains(questionID) { referenced.append(questionID) }
  }

  private mutating func fail(_ kind: ConditionError.Kind, _ offset: Int, _ message: String) {
    errors.append(ConditionError(kind: kind, offset: offset, message: message))
  }

  private func unknownQuestionMessage(_ name: String) -> String {
    var message = "unknown question '\(name)'"
    if let suggestion = Suggestion.closest(to: name, in: Array(questionTypes.keys)) {
      message += " (did you mean '\(suggestion)'?)"
    }
    return message
  }

  /// `a, b or c`.
  static func alternatives(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
  }

  /// `a, b and c`.
  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }
}
