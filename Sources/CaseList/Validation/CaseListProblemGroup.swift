/// Problems of one kind in one column of one file, grouped for reading: one line with the
/// count and the first few locations instead of one line per row.
public struct CaseListProblemGroup: Sendable, Hashable, CustomStringConvertible {
  /// The file the problems are in.
  public var file: String
  /// Whether they refuse the import.
  public var severity: CaseListProblem.Severity
  /// Their kind.
  public var kind: CaseListProblemKind
  /// The message they share.
  public var message: String
  /// The number of problems in the group.
  public var count: Int
  /// The lines of the first problems, in file order (at most `examples` of them).
  public var lines: [Int]

  /// How many lines a group shows as examples.
  public static let examples = 3

  /// `problems` grouped by file, severity and message: errors first, then warnings, each in
  /// the order their first problem appears.
  ///
  /// - Complexity: O(*n*).
  public static func groups(_ problems: [CaseListProblem]) -> [CaseListProblemGroup] {
    struct Key: Hashable {
      var file: String
      var severity: CaseListProblem.Severity
      var message: String
    }
    var index: [Key: Int] = [:]
    var groups: [CaseListProblemGroup] = []
    for problem in problems {
      let key = Key(file: problem.file, severity: problem.severity, message: problem.message)
      if let position = index[key] {
        groups[position].count += 1
        if groups[position].lines.count < examples { groups[position].lines.append(problem.line) }
      } else {
        index[key] = groups.count
        groups.append(
          CaseListProblemGroup(
            file: problem.file, severity: problem.severity, kind: problem.kind,
            message: problem.message, count: 1, lines: [problem.line]))
      }
    }
    return groups.filter { $0.severity == .error } + groups.filter { $0.severity == .warning }
  }

  /// `file: 412 rows: [warning: ]message (e.g. lines 2, 5, 9)`; a single problem reads
  /// `file:line: message`.
  public var description: String {
    let label = severity == .warning ? "warning: " : ""
    if count == 1 { return "\(file):\(lines[0]): \(label)\(message)" }
    let shown = lines.map(String.init).joined(separator: ", ")
    return "\(file): \(count) rows: \(label)\(message) (e.g. lines \(shown))"
  }
}
