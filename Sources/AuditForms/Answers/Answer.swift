/// One answer: a value and, optionally, the evidence from the case record behind it.
public struct Answer: Sendable, Hashable, Codable {
  /// The value.
  public var value: AnswerValue
  /// The evidence the auditor wrote; `nil` or blank means none.
  public var evidence: String?

  /// Creates an answer.
  public init(_ value: AnswerValue, evidence: String? = nil) {
    self.value = value
    self.evidence = evidence
  }

  /// Whether evidence was given: present and not only whitespace.
  public var hasEvidence: Bool {
    guard let evidence else { return false }
    return evidence.unicodeScalars.contains { !$0.properties.isWhitespace }
  }
}
