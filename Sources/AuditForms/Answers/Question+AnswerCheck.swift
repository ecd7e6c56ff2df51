extension Question {
  /// The problem with `value` as an answer to this question, if any.
  ///
  /// Finds the wrong kind of value, an unknown code, a number out of bounds, a repeated option,
  /// empty text, or N/A where it is not allowed. Applicability and evidence are checked by
  /// `AuditTool.validate`.
  public func check(_ value: AnswerValue) -> AnswerProblem? {
    func problem(_ kind: AnswerProblem.Kind, _ message: String) -> AnswerProblem {
      AnswerProblem(questionID: id, kind: kind, message: message)
    }
    switch (value, type) {
    case (.notApplicable, _):
      return allowNotApplicable
        ? nil : problem(.notApplicableNotAllowed, "'na' (not applicable) is not allowed here")
    case (.level(let code), .grade(let scale)):
      guard scale.level(code) == nil else { return nil }
      return problem(
        .unknownCode,
        "\(Self.quoted(code)) is not a level of scale \(scale.id); expected one of "
          + ConditionChecker.alternatives(scale.levels.map(\.code)))
    case (.choice(let code), .choice(let options)):
      guard !options.contains(where: { $0.code == code }) else { return nil }
      return problem(
        .unknownCode,
        "\(Self.quoted(code)) is not an option; expected one of "
          + ConditionChecker.alternatives(options.map(\.code)))
    case (.choices(let codes), .multiChoice(let options)):
      if codes.isEmpty {
        return problem(.wrongType, "select at least one option")
      }
      var seen: Set<String> = []
      for code in codes {
        guard options.contains(where: { $0.code == code }) else {
          return problem(
            .unknownCode,
            "\(Self.quoted(code)) is not an option; expected some of "
              + ConditionChecker.list(options.map(\.code)))
        }
        guard seen.insert(code).inserted else {
          return problem(.duplicate, "option \(Self.quoted(code)) is chosen twice")
        }
      }
      return nil
    case (.number(let number), .number(let bounds)):
      return bounds.contains(number) ? nil : problem(.outOfRange, "expected \(bounds.summary)")
    case (.date, .date):
      return nil
    case (.text(let text), .text):
      let blank = !text.unicodeScalars.contains { !$0.properties.isWhitespace }
      if blank { return problem(.wrongType, "the text is empty; leave the question out instead") }
      return TextRules.problem(in: text).map { problem(.wrongType, $0) }
    default:
      return problem(.wrongType, "expected \(expectedValue)")
    }
  }

  /// What an answer to this question looks like, for messages.
  var expectedValue: String {
    let value: String
    switch type {
    case .grade(let scale): value = "a level code of scale \(scale.id) (a string)"
    case .choice: value = "an option code (a string)"
    case .multiChoice: value = "an array of option codes"
    case .number(let bounds): value = bounds.summary
    case .date: value = "a date written YYYY-MM-DD"
    case .text: value = "text (a string)"
    }
    return allowNotApplicable ? value + " or \"na\"" : value
  }

  /// A code in quotes if it looks like a code, or a neutral phrase if it does not: answers can
  /// hold anything, and messages must not repeat case details.
  static func quoted(_ code: String) -> String {
    code.count <= 40 && ConditionLexer.isQuestionID(code) ? "'\(code)'" : "the value given"
  }
}
