public import AuditForms

/// One auditor's answers for one case, as the aggregator reads them.
///
/// The workspace keeps every revision of a response; the aggregator is handed the latest one.
public struct AuditedResponse: Sendable, Hashable, Codable {
  /// Where a response is in its life.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Still being written; never counted in any finding.
    case draft
    /// Submitted by the auditor.
    case submitted
    /// Submitted and then taken through moderation (the auditor's own answers are kept).
    case moderated

    /// Whether the response is final (submitted or moderated), so it may be counted.
    public var isFinal: Bool { self != .draft }
  }

  /// The auditor's identifier (staff id, not a child's).
  public var auditorID: String
  /// The agency the auditor works for, for example `health`.
  public var auditorAgency: String
  /// Where the response is in its life.
  public var status: Status
  /// The answers, in full or packed.
  public var answers: ResponseAnswers

  /// Creates a response with every answer and its evidence.
  public init(auditorID: String, auditorAgency: String, status: Status, answers: AnswerSet) {
    self.init(
      auditorID: auditorID, auditorAgency: auditorAgency, status: status,
      answers: .full(answers))
  }

  /// Creates a response.
  public init(
    auditorID: String, auditorAgency: String, status: Status, answers: ResponseAnswers
  ) {
    self.auditorID = auditorID
    self.auditorAgency = auditorAgency
    self.status = status
    self.answers = answers
  }
}
