/// What kind of answer a question takes.
public enum QuestionType: Sendable, Hashable {
  /// A level on a grade scale (resolved: built in or declared by the tool).
  case grade(GradeScale)
  /// Exactly one of the options.
  case choice([ChoiceOption])
  /// One or more of the options.
  case multiChoice([ChoiceOption])
  /// A number, within bounds.
  case number(NumberBounds)
  /// A calendar date, `YYYY-MM-DD`.
  case date
  /// Free text.
  case text

  /// The type's name as the tool format writes it: `grade`, `choice`, `multiChoice`, `number`,
  /// `date` or `text`.
  public var name: String {
    switch self {
    case .grade: return "grade"
    case .choice: return "choice"
    case .multiChoice: return "multiChoice"
    case .number: return "number"
    case .date: return "date"
    case .text: return "text"
    }
  }

  /// The codes an answer may use: level codes for grades, option codes for choices, else empty.
  public var codes: [String] {
    switch self {
    case .grade(let scale): return scale.levels.map(\.code)
    case .choice(let options), .multiChoice(let options): return options.map(\.code)
    case .number, .date, .text: return []
    }
  }

  /// The label for a code (a level's or an option's), if the code is one of this type's.
  public func label(for code: String) -> String? {
    switch self {
    case .grade(let scale): return scale.level(code)?.label
    case .choice(let options), .multiChoice(let options):
      return options.first { $0.code == code }?.label
    case .number, .date, .text: return nil
    }
  }
}
