/// An audit tool: a checked form definition with its scales, themes, sections, questions and
/// overall-judgement rule.
///
/// Tools come from JSON through `AuditToolLoader`, which checks every part before one is made,
/// so a value of this type is always internally consistent: every scale, theme and question it
/// names exists and every condition is well typed.
public struct AuditTool: Sendable, Hashable, Identifiable {
  /// The stable id, for example `neglect-thematic`.
  public let id: String
  /// The version, `MAJOR.MINOR.PATCH`.
  public let version: String
  /// The title people read.
  public let title: String
  /// What the tool is for.
  public let description: String
  /// The scales the tool declares (built-in scales are not listed here).
  public let declaredScales: [GradeScale]
  /// The themes, in the tool's order.
  public let themes: [Theme]
  /// The sections, in order.
  public let sections: [AuditSection]
  /// The overall judgement and its rule, if the tool has one.
  public let overall: OverallJudgement?
  /// Every question in order, across sections.
  public let questions: [Question]

  private let questionIndex: [String: Int]

  /// Creates a tool; the loader calls this once everything is checked.
  init(
    id: String, version: String, title: String, description: String,
    declaredScales: [GradeScale], themes: [Theme], sections: [AuditSection],
    overall: OverallJudgement?
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.description = description
    self.declaredScales = declaredScales
    self.themes = themes
    self.sections = sections
    self.overall = overall
    let questions = sections.flatMap(\.questions)
    self.questions = questions
    self.questionIndex = Dictionary(
      questions.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The question with an id, if the tool has it.
  public func question(_ id: String) -> Question? {
    questionIndex[id].map { questions[$0] }
  }

  /// The position of a question in asking order, if the tool has it.
  public func index(ofQuestion id: String) -> Int? { questionIndex[id] }

  /// The theme with an id, if the tool has it.
  public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

  /// A scale the tool may use: one it declares, or a built-in one.
  public func scale(_ id: String) -> GradeScale? {
    declaredScales.first { $0.id == id } ?? GradeScale.builtIn[id]
  }

  /// The scales the tool's questions use, in order of first use.
  public var scalesUsed: [GradeScale] {
    var seen: Set<String> = []
    return questions.compactMap(\.scale).filter { seen.insert($0.id).inserted }
  }

  /// The questions that feed a theme, in order.
  public func questions(inTheme themeID: String) -> [Question] {
    questions.filter { $0.themes.contains(themeID) }
  }
}
