/// One thing wrong with a case list or its mapping, with where it is.
///
/// Problems are collected, not thrown: an import reports every problem in every file at once,
/// so the person fixing the export sees the whole list. Messages name files, rows and columns,
/// never children: no identifiers, names or dates of birth appear in them (header names and code
/// values do, because the person needs them to fix the file).
public struct CaseListProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The display name of the file the problem is in.
  public var file: String
  /// The 1-based physical line the problem is on.
  public var line: Int
  /// The 1-based character column the problem starts at.
  public var column: Int
  /// What is wrong, in words a QA lead can act on.
  public var message: String

  /// Creates a problem.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// The conventional compiler-style form: `file:line:column: message`.
  public var description: String { "\(file):\(line):\(column): \(message)" }

  /// Orders problems by file name, then line, then column, then message.
  public static func < (lhs: CaseListProblem, rhs: CaseListProblem) -> Bool {
    if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
    if lhs.line != rhs.line { return lhs.line < rhs.line }
    if lhs.column != rhs.column { return lhs.column < rhs.column }
    return lhs.message.utf8.lexicographicallyPrecedes(rhs.message.utf8)
  }
}
