public import Formats

/// One problem in an audit-tool definition, with the file, line and JSON path it is at.
///
/// Described as `file:line: path: message`, for example
/// `neglect.json:212: sections[3].questions[4].showIf: unknown question 'assess.histry'`, or
/// `file:line:column: message` for malformed JSON.
public struct ToolProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// The file name given to the loader, as it should appear in messages.
  public let fileName: String
  /// Where the problem is: the line (and, for malformed JSON, the column).
  public let position: SourcePosition
  /// The JSON path of the offending value, for example `sections[3].questions[4].showIf`; empty for
  /// malformed JSON.
  public let path: String
  /// What sort of problem it is.
  public let kind: Kind
  /// What is wrong, in words.
  public let message: String

  /// The kinds of problem a tool definition can have.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The file is not well-formed JSON.
    case malformedJSON
    /// A value has the wrong JSON type (a number where a string belongs, …).
    case wrongJSONType
    /// A required field is absent.
    case missingField
    /// A field the format does not define (often a typo).
    case unknownField
    /// A value of the right type that is not allowed (an empty title, a badly formed id, …).
    case invalidValue
    /// Two scales, levels, themes, sections, questions or options share an id or code.
    case duplicateID
    /// A question names a scale that is neither built in nor declared.
    case unknownScale
    /// A question names a theme the tool does not declare.
    case unknownTheme
    /// A condition or the overall judgement names a question the tool does not have.
    case unknownQuestion
    /// A condition or reference uses a code the question or attribute does not have.
    case unknownCode
    /// An evidence rule that is unknown or does not fit the question type.
    case badEvidenceRule
    /// A stage code that is not one of `CaseAttributes.knownStages`.
    case badStage
    /// A `showIf` condition that does not follow the grammar.
    case conditionSyntax
    /// A `showIf` condition whose operands or operators do not fit together.
    case conditionType
    /// `showIf` conditions that depend on each other in a circle.
    case conditionCycle
    /// A `showIf` condition that depends on a question asked after it.
    case conditionForwardReference
    /// A scale whose levels are inconsistent (order, direction, acceptable levels).
    case badScale
    /// A published reference that is out of range or inconsistent.
    case badReference
    /// An overall-judgement rule that names the wrong questions or an unknown rule.
    case badOverallRule
  }

  /// Creates a problem.
  public init(
    fileName: String, position: SourcePosition, path: String, kind: Kind, message: String
  ) {
    self.fileName = fileName
    self.position = position
    self.path = path
    self.kind = kind
    self.message = message
  }

  /// The line the problem is on.
  public var line: Int { position.line }

  /// The problem in the shape every library reports; its description is this problem's (a
  /// problem at a JSON path names its line, not its column).
  public var diagnostic: Diagnostic {
    let atPath = !(kind == .malformedJSON || path.isEmpty)
    return Diagnostic(
      location: Diagnostic.Location(
        file: fileName, line: position.line, column: atPath ? nil : position.column,
        place: atPath ? path : nil),
      code: kind.rawValue, message: message)
  }

  /// `file:line: path: message`, or `file:line:column: message` for malformed JSON.
  public var description: String {
    if kind == .malformedJSON || path.isEmpty {
      return "\(fileName):\(position.line):\(position.column): \(message)"
    }
    return "\(fileName):\(position.line): \(path): \(message)"
  }
}

/// Every problem found in an audit-tool definition; loading fails with this.
public struct ToolDefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The problems, in order of position in the file.
  public let problems: [ToolProblem]

  /// Creates the error.
  public init(problems: [ToolProblem]) {
    self.problems = problems
  }

  /// One problem per line.
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
