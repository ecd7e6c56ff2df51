/// One answer in long form: one case, one auditor, one question.
///
/// `caseReference` must be the case's pseudonymous reference unless the report is identified,
/// and `evidence` should already have any real case identifier replaced by it.
public struct ResponseRow: Sendable, Hashable, Codable {
  /// The case's pseudonymous reference.
  public var caseReference: String
  /// The auditor's id (or `moderation` for agreed answers).
  public var auditor: String
  /// The auditor's agency.
  public var agency: String
  /// The response's status: `draft`, `submitted` or `moderated`.
  public var status: String
  /// The question's id.
  public var questionID: String
  /// The answer as text: a level or option code, codes joined by `;`, a number, a date, text,
  /// or `na`.
  public var value: String
  /// The evidence written for the answer, if any.
  public var evidence: String

  /// Creates a row.
  public init(
    caseReference: String, auditor: String, agency: String, status: String, questionID: String,
    value: String, evidence: String
  ) {
    self.caseReference = caseReference
    self.auditor = auditor
    self.agency = agency
    self.status = status
    self.questionID = questionID
    self.value = value
    self.evidence = evidence
  }
}
