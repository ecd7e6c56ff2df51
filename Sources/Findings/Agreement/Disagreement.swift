/// Auditors' grades for one question in one case that lie two or more levels apart: a case to
/// take to moderation.
public struct Disagreement: Sendable, Hashable, Codable {
  /// The question's id.
  public var questionID: String
  /// The case's pseudonymous reference.
  public var caseReference: String
  /// Each auditor's level, in rater order.
  public var ratings: [RaterLevel]
  /// How many levels apart the furthest two grades are.
  public var spread: Int

  /// Creates a record.
  public init(questionID: String, caseReference: String, ratings: [RaterLevel], spread: Int) {
    self.questionID = questionID
    self.caseReference = caseReference
    self.ratings = ratings
    self.spread = spread
  }
}
