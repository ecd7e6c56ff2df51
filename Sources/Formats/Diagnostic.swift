/// One problem found in input, in the shape every library reports it: how bad it is, where it
/// is, a stable code and a message a person can act on.
///
/// Each library keeps its own typed problem for the detail only it knows (the case-list
/// problem's child to flag, the answer problem's kind); each also gives its problem as a
/// `Diagnostic` (`diagnostic`), and front ends — the command line, the workbench — list, count
/// and encode problems through this one type. ``description`` is the line a person reads:
/// `file:line:column: place: [warning: ]message`, with only the parts that are known.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Whether the problem stops the work or is only reported.
  public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    /// The input cannot be used: nothing is changed.
    case error
    /// The input is used, and the problem is kept and shown.
    case warning
  }

  /// Where a problem is.
  ///
  /// Every part is optional: a problem in an answer typed at a prompt has
  /// a question but no file, a problem in a condition has a character offset but no line.
  public struct Location: Sendable, Hashable, Codable {
    /// The file, as the user named it.
    public var file: String?
    /// The 1-based line.
    public var line: Int?
    /// The 1-based column, counting characters.
    public var column: Int?
    /// The place inside a structured file: a JSON path (`sections[2].questions[0]`,
    /// `$.codes.stage`), a question id, or a condition's character (`character 7`).
    public var place: String?

    /// Creates a location.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, place: String? = nil) {
      self.file = file
      self.line = line
      self.column = column
      self.place = place
    }

    /// `file:line:column: place`, with the parts that are known (a column only with a line).
    public var description: String {
      var text = file ?? ""
      if let line {
        text += (text.isEmpty ? "" : ":") + "\(line)"
        if let column { text += ":\(column)" }
      }
      if let place { text += (text.isEmpty ? "" : ": ") + place }
      return text
    }
  }

  /// Whether the problem stops the work.
  public var severity: Severity
  /// Where it is.
  public var location: Location
  /// A stable identifier of the kind of problem (`unknownCode`, `malformedJSON`), for grouping
  /// and for programs reading `--json`.
  public var code: String
  /// What is wrong, in words; never a child's identifier or name.
  public var message: String

  /// Creates a diagnostic.
  public init(severity: Severity = .error, location: Location, code: String, message: String) {
    self.severity = severity
    self.location = location
    self.code = code
    self.message = message
  }

  /// Whether the problem stops the work.
  public var isError: Bool { severity == .error }

  /// `location: message` (`location: warning: message` for a warning), or without the
  /// location when nothing is known of where it is — the compiler-style line.
  public var description: String {
    let place = location.description
    let said = severity == .warning ? "warning: " + message : message
    return place.isEmpty ? said : place + ": " + said
  }
}
