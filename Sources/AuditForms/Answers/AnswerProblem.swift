public import Formats

/// One problem with a set of answers, naming the question (and, for a file, the line).
///
/// Described as `file:line: questionId: message`, `questionId: message` for answers that did
/// not come from a file, or `file:line:column: message` for malformed JSON. Messages never
/// repeat evidence or free text, which may identify a child; codes are quoted only when they
/// look like codes.
public struct AnswerProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// The question the problem is about, if any (not for malformed JSON or a bad file shape).
  public let questionID: String?
  /// The file name, when the answers came from a file.
  public let fileName: String?
  /// Where in the file, when the answers came from a file.
  public let position: SourcePosition?
  /// What sort of problem it is.
  public let kind: Kind
  /// What is wrong, in words.
  public let message: String

  /// The kinds of problem answers can have.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The file is not well-formed JSON.
    case malformedJSON
    /// The file is JSON but not shaped like an answers file.
    case invalidShape
    /// An answer to a question the tool does not have.
    case unknownQuestion
    /// A value of the wrong kind for the question (text for a number, …).
    case wrongType
    /// A level or option code the question does not have.
    case unknownCode
    /// A number outside the question's bounds, or not whole where it must be.
    case outOfRange
    /// `na` for a question that does not allow it.
    case notApplicableNotAllowed
    /// An answer to a question that does not apply to this case (its stage or condition).
    case doesNotApply
    /// An answer to a question whose condition depends on an answer that has a problem of its
    /// own: a consequence of that problem (reported after it), not a second mistake.
    case followsFromEarlierProblem
    /// A required question that applies but has no answer (not checked for drafts).
    case requiredUnanswered
    /// An answer without the evidence its rule asks for (not checked for drafts).
    case evidenceMissing
    /// An overall judgement better than its rule allows.
    case overallRuleBroken
    /// The same question answered twice, or the same option chosen twice.
    case duplicate
  }

  /// Creates a problem.
  public init(
    questionID: String?, kind: Kind, message: String, fileName: String? = nil,
    position: SourcePosition? = nil
  ) {
    self.questionID = questionID
    self.kind = kind
    self.message = message
    self.fileName = fileName
    self.position = position
  }

  /// The problem in the shape every library reports, at its question; its description is
  /// this problem's.
  public var diagnostic: Diagnostic {
    Diagnostic(
      location: Diagnostic.Location(
        file: fileName, line: fileName == nil ? nil : position?.line,
        column: fileName == nil || questionID != nil ? nil : position?.column, place: questionID),
      code: kind.rawValue, message: message)
  }

  /// The problem as one line.
  public var description: String {
    var place = ""
    if let fileName {
      place = fileName + ":"
      if let position {
        place += questionID == nil ? "\(position.line):\(position.column):" : "\(position.line):"
      }
      place += " "
    }
    if let questionID { return place + questionID + ": " + message }
    return place + message
  }

  /// The same problem placed in a file.
  func located(fileName: String, position: SourcePosition?) -> AnswerProblem {
    AnswerProblem(
      questionID: questionID, kind: kind, message: message, fileName: fileName,
      position: position)
  }
}

/// Every problem found in a set of answers; reading or validating fails with this.
public struct AnswerSetError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The problems, in tool order (file problems in line order).
  public let problems: [AnswerProblem]

  /// Creates the error.
  public init(problems: [AnswerProblem]) {
    self.problems = problems
  }

  /// One problem per line.
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// How strictly answers are checked.
public enum ValidationMode: String, Sendable, Hashable, Codable, CaseIterable {
  /// Work in progress: types, codes, ranges, N/A, applicability and the overall rule are
  /// checked; unanswered required questions and missing evidence are not.
  case draft
  /// A finished audit: everything is checked.
  case submit
}
