/// When an answer must come with written evidence from the case record.
public enum EvidenceRule: String, Sendable, Hashable, Codable, CaseIterable {
  /// Every answer (other than N/A) needs evidence.
  case required
  /// Only grades at a level the scale does not count as acceptable need evidence; for grade
  /// questions only.
  case requiredBelowAcceptable
  /// Evidence may be given but is never demanded.
  case optional

  /// Whether `value`, an answer to `question`, needs evidence under this rule.
  public func requiresEvidence(for value: AnswerValue, of question: Question) -> Bool {
    switch self {
    case .optional:
      return false
    case .required:
      return value != .notApplicable
    case .requiredBelowAcceptable:
      guard case .level(let code) = value, case .grade(let scale) = question.type else {
        return false
      }
      return scale.isAcceptable(code) == false
    }
  }

  /// Words for a blank form: "Evidence required".
  public var label: String {
    switch self {
    case .required: return "Evidence required"
    case .requiredBelowAcceptable: return "Evidence required when the grade is below acceptable"
    case .optional: return "Evidence optional"
    }
  }
}
