/// How complete a round's answers are: what could not be used, and why.
public struct DataQuality: Sendable, Hashable, Codable {
  /// Cases handed to the aggregator (the sample).
  public var sampledCases: Int
  /// Cases with answers the findings use.
  public var auditedCases: Int
  /// Cases with no final response from anyone (drafts only, or nothing).
  public var noFinalResponse: Int
  /// Cases where another auditor submitted but the first allocated auditor has not, and the
  /// case was not moderated: not counted until the primary auditor submits or it is moderated.
  public var primaryNotFinal: Int
  /// Answers, across the used responses, to question ids the tool does not have.
  public var unknownQuestionAnswers: Int
  /// Per question, in tool order.
  public var questions: [QuestionDataQuality]

  /// Creates a record from its parts.
  public init(
    sampledCases: Int, auditedCases: Int, noFinalResponse: Int, primaryNotFinal: Int,
    unknownQuestionAnswers: Int, questions: [QuestionDataQuality]
  ) {
    self.sampledCases = sampledCases
    self.auditedCases = auditedCases
    self.noFinalResponse = noFinalResponse
    self.primaryNotFinal = primaryNotFinal
    self.unknownQuestionAnswers = unknownQuestionAnswers
    self.questions = questions
  }
}
