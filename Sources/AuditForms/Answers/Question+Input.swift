import Formats

/// Why typed input could not be read as an answer.
public struct AnswerInputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong and what to type instead.
  public let message: String

  /// Creates the error.
  public init(message: String) {
    self.message = message
  }

  /// The message.
  public var description: String { message }
}

extension Question {
  /// Reads what an auditor typed as an answer to this question, for interactive capture.
  ///
  /// Accepts `na` or `n/a` (where allowed); for grades and choices a code, a label (any case)
  /// or the 1-based number of the level or option in the order listed (best first for grades);
  /// for multi-choice, several of those separated by commas; a number; a `YYYY-MM-DD` date; or
  /// any non-empty text. The result passes `check(_:)`.
  public func parseInput(_ input: String) -> Result<AnswerValue, AnswerInputError> {
    let text = Self.trimmed(input)
    func fail(_ message: String) -> Result<AnswerValue, AnswerInputError> {
      .failure(AnswerInputError(message: message))
    }
    if text.isEmpty { return fail("type an answer (\(inputHint))") }
    if ["na", "n/a"].contains(text.lowercased()) {
      return allowNotApplicable ? .success(.notApplicable) : fail("'na' is not allowed here")
    }
    let value: AnswerValue
    switch type {
    case .grade(let scale):
      let entries = scale.levels.map { ($0.code, $0.label) }
      guard let code = Self.pick(text, from: entries) else { return fail("expected \(inputHint)") }
      value = .level(code)
    case .choice(let options):
      guard let code = Self.pick(text, from: options.map { ($0.code, $0.label) }) else {
        return fail("expected \(inputHint)")
      }
      value = .choice(code)
    case .multiChoice(let options):
      var codes: [String] = []
      for part in text.split(separator: ",") {
        guard
          let code = Self.pick(
            Self.trimmed(String(part)), from: options.map { ($0.code, $0.label) })
        else { return fail("expected \(inputHint)") }
        if !codes.contains(code) { codes.append(code) }
      }
      value = .choices(codes)
    case .number:
      guard let number = Double(text), number.isFinite else { return fail("expected \(inputHint)") }
      value = .number(number)
    case .date:
      guard let date = CalendarDate(iso: text) else { return fail("expected \(inputHint)") }
      value = .date(date)
    case .text:
      value = .text(input)
    }
    if let problem = check(value) { return fail(problem.message) }
    return .success(value)
  }

  /// What to type, for example "1–4 or a level code (outstanding, good, …), or na".
  public var inputHint: String {
    var hint: String
    switch type {
    case .grade(let scale):
      hint =
        "1–\(scale.levels.count) or a level code ("
        + scale.levels.map(\.code).joined(separator: ", ") + ")"
    case .choice(let options):
      hint =
        "1–\(options.count) or an option code (" + options.map(\.code).joined(separator: ", ") + ")"
    case .multiChoice(let options):
      hint =
        "one or more of 1–\(options.count) or option codes, separated by commas ("
        + options.map(\.code).joined(separator: ", ") + ")"
    case .number(let bounds): hint = bounds.summary
    case .date: hint = "a date written YYYY-MM-DD"
    case .text: hint = "text"
    }
    return allowNotApplicable ? hint + ", or na" : hint
  }

  private static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The code chosen by number (1-based), code or label.
  private static func pick(_ text: String, from entries: [(code: String, label: String)]) -> String?
  {
    if let number = Int(text), (1...entries.count).contains(number) {
      return entries[number - 1].code
    }
    if let match = entries.first(where: { $0.code == text }) { return match.code }
    let lowered = text.lowercased()
    return entries.first { $0.code.lowercased() == lowered || $0.label.lowercased() == lowered }?
      .code
  }
}
