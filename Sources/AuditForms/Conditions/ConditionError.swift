public import Formats

/// A problem with a condition: its kind, where in the condition it is, and what is wrong.
public struct ConditionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What sort of problem it is.
  public enum Kind: Sendable, Hashable {
    /// The text does not follow the grammar.
    case syntax
    /// A name that is neither a question, a case attribute nor a code.
    case unknownName
    /// A code the compared question or attribute does not have.
    case unknownCode
    /// Operands or operators that do not fit together.
    case type
  }

  /// What sort of problem it is.
  public let kind: Kind
  /// The 1-based character offset in the condition.
  public let offset: Int
  /// What is wrong.
  public let message: String

  /// Creates a problem.
  public init(kind: Kind, offset: Int, message: String) {
    self.kind = kind
    self.offset = offset
    self.message = message
  }

  /// The problem in the shape every library reports, at its character in the condition.
  public var diagnostic: Diagnostic {
    let code: String
    switch kind {
    case .syntax: code = "conditionSyntax"
    case .unknownName: code = "unknownName"
    case .unknownCode: code = "unknownCode"
    case .type: code = "conditionType"
    }
    return Diagnostic(
      location: Diagnostic.Location(place: "character \(offset)"), code: code, message: message)
  }

  /// `message (character N)`.
  public var description: String { "\(message) (character \(offset))" }
}

/// Every problem found in one condition.
struct ConditionErrorList: Error, Sendable, Hashable {
  /// The problems, in the order found.
  let errors: [ConditionError]
}
