/// The tool's overall judgement: a grade question and the rule that ties it to other answers.
public struct OverallJudgement: Sendable, Hashable {
  /// The id of the grade question that records the overall judgement.
  public let questionID: String
  /// How the overall grade is bounded by the limiting questions.
  public let rule: Rule
  /// The grade questions (on the overall question's scale) that bound it.
  public let limitingQuestions: [String]

  /// The rules an overall judgement can follow.
  public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
    /// The overall grade may be no better than the worst grade among the limiting questions
    /// that were answered (N/A and unanswered ones do not count).
    case noHigherThanLowest

    /// The rule in words, for a blank form.
    public var explanation: String {
      switch self {
      case .noHigherThanLowest:
        return "may be no better than the lowest grade given to any of"
      }
    }
  }
}
