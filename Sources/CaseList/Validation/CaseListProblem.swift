public import Formats

/// One thing wrong with a case list or its mapping, with where it is.
///
/// Problems are collected, not thrown: an import reports every problem in every file at once,
/// so the person fixing the export sees the whole list. Messages name files, rows and columns,
/// never children: no identifiers, names or dates of birth appear in them (header names and code
/// values do, because the person needs them to fix the file).
///
/// A problem is an **error** when the file cannot be read as a case list, a row has no usable
/// child identifier, or a value the sample depends on (a date or code that decides stage,
/// neglect status, eligibility or stratification) cannot be read: errors refuse the import. It
/// is a **warning** when it is a data-quality issue a QA lead must see but can audit through
/// (see the README's *Errors and data-quality warnings*): warnings import, stored with the
/// snapshot.
public struct CaseListProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Whether a problem refuses the import or is a data-quality warning.
  public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    /// The import cannot go ahead.
    case error
    /// A data-quality issue: the import goes ahead, and the warning is kept with the snapshot.
    case warning
  }

  /// The display name of the file the problem is in.
  public var file: String
  /// The 1-based physical line the problem is on.
  public var line: Int
  /// The 1-based character column the problem starts at.
  public var column: Int
  /// What is wrong, in words a QA lead can act on; the same for every instance of the same
  /// problem in the same column, so that problems can be grouped by it.
  public var message: String
  /// Whether the problem refuses the import.
  public var severity: Severity
  /// The kind of problem, for grouping and `--json`.
  public var kind: CaseListProblemKind
  /// What differs between instances of the same problem (for example the line of the earlier
  /// row a row contradicts); shown after the message, never grouped on.
  public var detail: String?
  /// The identifier of the child the problem is about, when one was read: kept in the
  /// workspace to flag the child, and never part of `description` or any message.
  public var childID: String?

  /// Creates a problem; an error of kind `invalid` unless said otherwise.
  public init(
    file: String, line: Int, column: Int, message: String, severity: Severity = .error,
    kind: CaseListProblemKind = .invalid, detail: String? = nil, childID: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.severity = severity
    self.kind = kind
    self.detail = detail
    self.childID = childID
  }

  /// Whether the problem is a warning.
  public var isWarning: Bool { severity == .warning }

  /// The message with its detail: what a problem says when listed on its own.
  public var fullMessage: String { detail.map { "\(message) (\($0))" } ?? message }

  /// The conventional compiler-style form: `file:line:column: [warning: ]message`.
  public var description: String {
    "\(file):\(line):\(column): \(isWarning ? "warning: " : "")\(fullMessage)"
  }

  /// The problem in the shape every library reports (its child is never part of it); its
  /// description is this problem's.
  public var diagnostic: Diagnostic {
    Diagnostic(
      severity: isWarning ? .warning : .error,
      location: Diagnostic.Location(file: file, line: line, column: column),
      code: kind.rawValue, message: fullMessage)
  }

  /// Orders problems by file name, then line, then column, then message.
  public static func < (lhs: CaseListProblem, rhs: CaseListProblem) -> Bool {
    if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
    if lhs.line != rhs.line { return lhs.line < rhs.line }
    if lhs.column != rhs.column { return lhs.column < rhs.column }
    return lhs.message.utf8.lexicographicallyPrecedes(rhs.message.utf8)
  }
}

/// The kinds of case-list problem, stable names for `--json` and the workspace.
public enum CaseListProblemKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The file cannot be decoded or tokenized (encoding, quotes, field counts).
  case syntax
  /// The header: a missing, duplicate or unrecognised column, or an unrecognised list.
  case header
  /// A required value is blank (a child identifier, a start date).
  case blank
  /// A value is not a date in an accepted form.
  case date
  /// A value is not a whole number.
  case number
  /// A value is not in the published code list of its column.
  case code
  /// A closure or end date is before the start date of the same row.
  case endBeforeStart
  /// A date of the child being seen or visited is after the as-of date.
  case seenAfterAsOf
  /// The age column disagrees with the date of birth by more than a year.
  case ageDisagrees
  /// A row repeats another row of the same file for the same child, field for field.
  case duplicateRow
  /// Two rows give the child different dates of birth.
  case dateOfBirthConflict
  /// A problem in the column mapping of the `mapped` profile.
  case mapping
  /// Any other problem that refuses the import.
  case invalid
}
