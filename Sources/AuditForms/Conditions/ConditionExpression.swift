import Formats

/// The type of a value a condition can look at.
enum ConditionValueType: Sendable, Hashable {
  /// A level on a scale; ordered by merit.
  case grade(GradeScale)
  /// One option code.
  case choice([ChoiceOption])
  /// A set of option codes.
  case multiChoice([ChoiceOption])
  /// A number (a number question or `case.age`); ordered.
  case number
  /// A date; ordered chronologically.
  case date
  /// Free text; compared for equality only.
  case text
  /// A stage code (`case.stage`).
  case stage
  /// A neglect-status code (`case.neglectStatus`).
  case neglectStatus
  /// True or false (`case.longTerm`).
  case bool

  /// The type of a question's answers.
  init(_ type: QuestionType) {
    switch type {
    case .grade(let scale): self = .grade(scale)
    case .choice(let options): self = .choice(options)
    case .multiChoice(let options): self = .multiChoice(options)
    case .number: self = .number
    case .date: self = .date
    case .text: self = .text
    }
  }

  /// Whether `<`, `<=`, `>` and `>=` apply.
  var isOrdered: Bool {
    switch self {
    case .grade, .number, .date: return true
    case .choice, .multiChoice, .text, .stage, .neglectStatus, .bool: return false
    }
  }

  /// Whether two types can be compared with each other.
  func isComparable(with other: ConditionValueType) -> Bool {
    switch (self, other) {
    case (.grade(let lhs), .grade(let rhs)): return lhs.id == rhs.id
    case (.choice(let lhs), .choice(let rhs)), (.multiChoice(let lhs), .multiChoice(let rhs)):
      return lhs.map(\.code) == rhs.map(\.code)
    case (.number, .number), (.date, .date), (.text, .text), (.stage, .stage),
      (.neglectStatus, .neglectStatus), (.bool, .bool):
      return true
    default: return false
    }
  }

  /// The valid codes and their labels, for coded types.
  var codes: [(code: String, label: String)]? {
    switch self {
    case .grade(let scale): return scale.levels.map { ($0.code, $0.label) }
    case .choice(let options), .multiChoice(let options): return options.map { ($0.code, $0.label) }
    case .stage: return CaseAttributes.knownStages.map { ($0, CaseAttributes.stageLabel($0)) }
    case .neglectStatus: return CaseAttributes.knownNeglectStatuses.map { ($0, $0) }
    case .number, .date, .text, .bool: return nil
    }
  }
}

/// A case attribute a condition can read.
enum CaseAttribute: String, Sendable, Hashable, CaseIterable {
  /// `case.stage`.
  case stage
  /// `case.age`.
  case age
  /// `case.longTerm`.
  case longTerm
  /// `case.neglectStatus`.
  case neglectStatus

  /// The attribute's value type.
  var type: ConditionValueType {
    switch self {
    case .stage: return .stage
    case .age: return .number
    case .longTerm: return .bool
    case .neglectStatus: return .neglectStatus
    }
  }

  /// How a condition names it: `case.stage`.
  var spelled: String { "case." + rawValue }
}

/// Something whose value a condition reads: a question's answer or a case attribute.
enum ConditionSubject: Sendable, Hashable {
  /// A question, with the type of its answers.
  case question(String, ConditionValueType)
  /// A case attribute.
  case caseAttribute(CaseAttribute)

  /// The subject's value type.
  var type: ConditionValueType {
    switch self {
    case .question(_, let type): return type
    case .caseAttribute(let attribute): return attribute.type
    }
  }

  /// How messages name it: "grade question 'assess.history' (scale ofsted4)", "case.age".
  var spelled: String {
    switch self {
    case .question(let id, let type):
      switch type {
      case .grade(let scale): return "grade question '\(id)' (scale \(scale.id))"
      case .choice: return "choice question '\(id)'"
      case .multiChoice: return "multiChoice question '\(id)'"
      case .number: return "number question '\(id)'"
      case .date: return "date question '\(id)'"
      case .text: return "text question '\(id)'"
      case .stage, .neglectStatus, .bool: return "question '\(id)'"
      }
    case .caseAttribute(let attribute): return attribute.spelled
    }
  }
}

/// A constant in a checked condition, already converted to its subject's type.
enum ConditionLiteral: Sendable, Hashable {
  /// A level, option, stage or neglect-status code, with its label.
  case code(String, label: String)
  /// A number.
  case number(Double)
  /// A date.
  case date(CalendarDate)
  /// Text.
  case text(String)
  /// True or false.
  case bool(Bool)
}

/// The right-hand side of a checked comparison.
enum ConditionTerm: Sendable, Hashable {
  /// Another question or attribute.
  case subject(ConditionSubject)
  /// A constant.
  case literal(ConditionLiteral)
}

/// A condition after names are resolved and types checked; subjects are always on the left.
indirect enum ConditionExpression: Sendable, Hashable {
  /// Both hold.
  case and(ConditionExpression, ConditionExpression)
  /// Either holds.
  case or(ConditionExpression, ConditionExpression)
  /// The operand does not hold.
  case not(ConditionExpression)
  /// `subject op term`.
  case compare(ConditionSubject, ComparisonOperator, ConditionTerm)
  /// `subject in [literals]`.
  case member(ConditionSubject, [ConditionLiteral])
  /// `answered(question)`.
  case answered(String)
  /// A true/false subject on its own (`case.longTerm`).
  case isTrue(ConditionSubject)
}
