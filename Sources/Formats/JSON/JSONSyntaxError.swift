/// Malformed JSON: what was wrong and where the parser stopped.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is.
  public let position: SourcePosition
  /// What is wrong, for example "expected ',' or '}' after an object member".
  public let message: String

  /// `line:column: message`.
  public var description: String { "\(position): \(message)" }
}
