/// A place in a source text: a 1-based line and a 1-based column.
///
/// Columns count Unicode scalars, not bytes, so a position points at the character a person
/// sees in an editor. A carriage return before a line feed is part of the line it ends.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The line, counting from 1.
  public let line: Int
  /// The column, counting Unicode scalars from 1.
  public let column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }

  /// Orders positions by line, then column.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
