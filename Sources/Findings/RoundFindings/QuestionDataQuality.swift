/// Gaps and oddities in the answers to one question, for the data-quality section.
public struct QuestionDataQuality: Sendable, Hashable, Codable {
  /// The question's id.
  public var id: String
  /// Cases it applied to with no answer.
  public var missing: Int
  /// Answers of "not applicable".
  public var notApplicable: Int
  /// Answers with an unknown code or of the wrong kind (left out of every figure).
  public var invalid: Int
  /// Answers left on it in cases it did not apply to (ignored).
  public var answeredNotAsked: Int
  /// Grades left out of the acceptable denominator (the challenge scale's "not needed").
  public var excluded: Int

  /// Creates a record from its parts.
  public init(
    id: String, missing: Int, notApplicable: Int, invalid: Int, answeredNotAsked: Int,
    excluded: Int
  ) {
    self.id = id
    self.missing = missing
    self.notApplicable = notApplicable
    self.invalid = invalid
    self.answeredNotAsked = answeredNotAsked
    self.excluded = excluded
  }
}
