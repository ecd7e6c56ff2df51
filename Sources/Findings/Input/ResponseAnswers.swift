public import AuditForms

/// A response's answers as the aggregator receives them: in full, or packed with their evidence
/// left in the workspace until a finding quotes it.
public enum ResponseAnswers: Sendable, Hashable, Codable {
  /// Every answer with its evidence text.
  case full(AnswerSet)
  /// The answers packed by the tool's question order; the evidence of the stored revision
  /// `evidence` names is read only for the few answers a finding quotes (see
  /// `RoundFindings.compute(tool:round:cases:breakdown:minimumCell:keyFindingsPerList:evidence:)`).
  case packed(PackedAnswers, evidence: EvidenceKey)

  /// The value answered to a question, if any.
  public func value(ofQuestion id: String) -> AnswerValue? {
    switch self {
    case .full(let set): set[id]?.value
    case .packed(let packed, _): packed.layout.position(ofQuestion: id).flatMap(packed.value(at:))
    }
  }
}

/// Names a stored revision whose evidence a finding may quote.
public struct EvidenceKey: Sendable, Hashable, Codable {
  /// The response's row id in the workspace.
  public let responseID: Int
  /// The revision's number.
  public let revision: Int

  /// Creates a key.
  public init(responseID: Int, revision: Int) {
    self.responseID = responseID
    self.revision = revision
  }
}
