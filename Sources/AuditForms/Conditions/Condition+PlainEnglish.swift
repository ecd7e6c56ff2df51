import Formats

extension Condition {
  /// The condition in plain English, for a printed form: `assess.history >= good` reads
  /// "assess.history is Good or better".
  public var plainEnglish: String { PlainEnglish.phrase(expression, context: .top) }

  /// When the question is asked, as a sentence for a printed form.
  ///
  /// For example "Only if assess.history is worse than Good." or, for a negated condition,
  /// "Unless the child's age is less than 5."
  public var askedWhen: String {
    switch expression {
    case .not(.answered), .not(.isTrue):
      return "Only if \(plainEnglish)."
    case .not(let operand):
      return "Unless \(PlainEnglish.phrase(operand, context: .top))."
    default:
      return "Only if \(plainEnglish)."
    }
  }
}

/// Renders checked expressions as English phrases.
private enum PlainEnglish {
  /// How tightly the surrounding phrase binds, to decide on parentheses.
  enum Context: Int {
    case top = 0
    case or = 1
    case and = 2
    case not = 3
  }

  static func phrase(_ expression: ConditionExpression, context: Context) -> String {
    switch expression {
    case .or(let lhs, let rhs):
      let text = phrase(lhs, context: .or) + " or " + phrase(rhs, context: .or)
      return context.rawValue > Context.or.rawValue ? "(\(text))" : text
    case .and(let lhs, let rhs):
      let text = phrase(lhs, context: .and) + " and " + phrase(rhs, context: .and)
      return context.rawValue > Context.and.rawValue ? "(\(text))" : text
    case .not(.answered(let id)):
      return "\(id) has not been answered"
    case .not(.isTrue(.caseAttribute(.longTerm))):
      return "the case is not long-term work"
    case .not(let operand):
      return "not (" + phrase(operand, context: .top) + ")"
    case .answered(let id):
      return "\(id) has been answered"
    case .isTrue(let subject):
      return truth(subject, true)
    case .compare(let subject, let op, let term):
      return comparison(subject, op, term)
    case .member(let subject, let literals):
      return membership(subject, literals)
    }
  }

  private static func truth(_ subject: ConditionSubject, _ value: Bool) -> String {
    if case .caseAttribute(.longTerm) = subject {
      return value ? "the case is long-term work" : "the case is not long-term work"
    }
    return "\(name(subject)) is \(value)"
  }

  private static func name(_ subject: ConditionSubject) -> String {
    switch subject {
    case .question(let id, _): return id
    case .caseAttribute(.stage): return "the case's stage"
    case .caseAttribute(.age): return "the child's age"
    case .caseAttribute(.longTerm): return "long-term work"
    case .caseAttribute(.neglectStatus): return "the case's neglect status"
    }
  }

  private static func literal(_ literal: ConditionLiteral) -> String {
    switch literal {
    case .code(_, let label): return label
    case .number(let value): return JSONWriter.number(value)
    case .date(let date): return date.description
    case .text(let text): return "\"\(text)\""
    case .bool(let value): return value ? "true" : "false"
    }
  }

  private static func comparison(
    _ subject: ConditionSubject, _ op: ComparisonOperator, _ term: ConditionTerm
  ) -> String {
    if case .literal(.bool(let value)) = term {
      return truth(subject, op == .equal ? value : !value)
    }
    let other: String
    switch term {
    case .subject(let otherSubject): other = name(otherSubject)
    case .literal(let value): other = literal(value)
    }
    if case .caseAttribute(.stage) = subject {
      let verb = op == .equal ? "is at" : "is not at"
      return "the case \(verb) the \(other.lowercased()) stage"
    }
    return name(subject) + " " + relation(subject.type, op, other)
  }

  private static func relation(
    _ type: ConditionValueType, _ op: ComparisonOperator, _ other: String
  ) -> String {
    switch type {
    case .grade:
      switch op {
      case .equal: return "is \(other)"
      case .notEqual: return "is not \(other)"
      case .greater: return "is better than \(other)"
      case .greaterOrEqual: return "is \(other) or better"
      case .less: return "is worse than \(other)"
      case .lessOrEqual: return "is \(other) or worse"
      }
    case .date:
      switch op {
      case .equal: return "is on \(other)"
      case .notEqual: return "is not on \(other)"
      case .greater: return "is after \(other)"
      case .greaterOrEqual: return "is on or after \(other)"
      case .less: return "is before \(other)"
      case .lessOrEqual: return "is on or before \(other)"
      }
    case .number:
      switch op {
      case .equal: return "is \(other)"
      case .notEqual: return "is not \(other)"
      case .greater: return "is more than \(other)"
      case .greaterOrEqual: return "is \(other) or more"
      case .less: return "is less than \(other)"
      case .lessOrEqual: return "is \(other) or less"
      }
    case .multiChoice:
      return op == .equal ? "includes \(other)" : "does not include \(other)"
    case .choice, .text, .stage, .neglectStatus, .bool:
      return op == .equal ? "is \(other)" : "is not \(other)"
    }
  }

  private static func membership(
    _ subject: ConditionSubject, _ literals: [ConditionLiteral]
  ) -> String {
    let items = literals.map(literal)
    let alternatives = alternatives(items)
    if case .caseAttribute(.stage) = subject {
      return "the case is at the \(alternatives.lowercased()) stage"
    }
    if items.count == 1 { return name(subject) + " " + relation(subject.type, .equal, items[0]) }
    if case .multiChoice = subject.type {
      return "\(name(subject)) includes any of \(alternatives)"
    }
    return "\(name(subject)) is one of \(alternatives)"
  }

  /// `a, b or c`.
  private static func alternatives(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    if items.count == 1 { return last }
    return items.dropLast().joined(separator: ", ") + " or " + last
  }
}
