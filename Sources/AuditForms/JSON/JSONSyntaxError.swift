/// Malformed JSON: what was wrong and where the parser stopped.
struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is.
  let position: SourcePosition
  /// What is wrong, for example "expected ',' or '}' after an object member".
  let message: String

  /// `line:column: message`.
  var description: String { "\(position): \(message)" }
}
