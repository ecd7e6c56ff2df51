/// A quotation from an auditor's evidence, under the case's pseudonymous reference.
public struct EvidenceQuote: Sendable, Hashable, Codable {
  /// The case's pseudonymous reference (never its real identifier).
  public var caseReference: String
  /// The question the evidence was written for.
  public var questionID: String
  /// The level the answer gave.
  public var level: String
  /// The evidence: whitespace collapsed, the case's real identifier replaced by its reference,
  /// and cut to at most `EvidenceQuote.maximumLength` characters at a word boundary.
  public var text: String

  /// The longest quote, in characters, the ellipsis included.
  public static let maximumLength = 300

  /// Creates a quote from its parts.
  public init(caseReference: String, questionID: String, level: String, text: String) {
    self.caseReference = caseReference
    self.questionID = questionID
    self.level = level
    self.text = text
  }
}
