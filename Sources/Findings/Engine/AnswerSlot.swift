/// What one case's used answers say about one question, decoded once per case.
enum AnswerSlot: Sendable, Equatable {
  /// The question does not apply to the case (its stages or its condition); `answered` says
  /// whether an answer was left on it anyway (ignored, and reported as a data-quality note).
  case notAsked(answered: Bool)
  /// The question applies but has no answer.
  case missing
  /// Answered "not applicable".
  case notApplicable
  /// Answered with a value of the wrong kind or an unknown code.
  case invalid
  /// A grade level (its rank, 0 best) or a choice option (its position); `evidenced` says
  /// whether the answer carries evidence.
  case code(Int, evidenced: Bool)
  /// Multi-choice options, one bit per option position.
  case codes(UInt64)
  /// A number.
  case number(Double)
  /// A date or text answer.
  case other

  /// Whether the question applies to the case.
  var applies: Bool {
    if case .notAsked = self { return false }
    return true
  }
}
