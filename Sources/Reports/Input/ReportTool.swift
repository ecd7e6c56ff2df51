public import AuditForms

/// The parts of an audit tool a report needs: its title, sections, themes and which levels of
/// each grade question are acceptable.
///
/// `AuditTool` itself is not `Codable`; this summary is, so a `ReportInput` round-trips
/// through JSON.
public struct ReportTool: Sendable, Hashable, Codable {
  /// One section of the tool.
  public struct Section: Sendable, Hashable, Codable {
    /// The section's id.
    public var id: String
    /// The section's title.
    public var title: String
    /// Its questions' ids, in order.
    public var questions: [String]

    /// Creates a record.
    public init(id: String, title: String, questions: [String]) {
      self.id = id
      self.title = title
      self.questions = questions
    }
  }

  /// The tool's id.
  public var id: String
  /// The tool's version.
  public var version: String
  /// The tool's title.
  public var title: String
  /// The sections, in order.
  public var sections: [Section]
  /// The themes, in order.
  public var themes: [Theme]
  /// For each grade question, its scale's acceptable level codes.
  public var acceptableLevels: [String: [String]]

  /// Creates a summary from its parts.
  public init(
    id: String, version: String, title: String, sections: [Section], themes: [Theme],
    acceptableLevels: [String: [String]]
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.sections = sections
    self.themes = themes
    self.acceptableLevels = acceptableLevels
  }

  /// Summarises a tool.
  ///
  /// - Complexity: O(q · l) for q questions with l levels each.
  public init(_ tool: AuditTool) {
    var acceptable: [String: [String]] = [:]
    for question in tool.questions {
      guard let scale = question.scale else { continue }
      acceptable[question.id] = scale.levels.filter(\.acceptable).map(\.code)
    }
    self.init(
      id: tool.id, version: tool.version, title: tool.title,
      sections: tool.sections.map {
        Section(id: $0.id, title: $0.title, questions: $0.questions.map(\.id))
      },
      themes: tool.themes, acceptableLevels: acceptable)
  }
}
