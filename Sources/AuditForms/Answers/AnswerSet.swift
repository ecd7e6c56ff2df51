/// One auditor's answers for one case: answers keyed by question id.
public struct AnswerSet: Sendable, Hashable, Codable {
  /// The answers, keyed by question id.
  public var answers: [String: Answer]

  /// Creates a set from answers keyed by question id.
  public init(_ answers: [String: Answer] = [:]) {
    self.answers = answers
  }

  /// The answer to a question, if there is one.
  public subscript(questionID: String) -> Answer? {
    get { answers[questionID] }
    set { answers[questionID] = newValue }
  }

  /// The ids of the answered questions, sorted.
  public var questionIDs: [String] { answers.keys.sorted() }

  /// Whether there are no answers.
  public var isEmpty: Bool { answers.isEmpty }

  /// The number of answers.
  public var count: Int { answers.count }
}
