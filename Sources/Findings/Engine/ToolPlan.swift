import AuditForms
import CaseList

/// A tool prepared for aggregation: its questions planned, the stages each applies to, and the
/// theme memberships, all by index.
struct ToolPlan: Sendable {
  /// The tool.
  let tool: AuditTool
  /// Every question, in asking order.
  let questions: [QuestionPlan]
  /// For each theme (in tool order), the indexes of the grade questions that feed it.
  let themeQuestions: [[Int]]
  /// The index of the overall-judgement question, if the tool has one.
  let overallIndex: Int?
  /// The index of the multi-choice question whose options are neglect types, if any.
  let neglectTypeIndex: Int?
  /// The flat view the per-case loops use.
  let layout: PlanLayout

  /// Plans a tool.
  ///
  /// - Complexity: O(q · (s + t)) for q questions, s stages and t themes.
  init(_ tool: AuditTool) {
    self.tool = tool
    let themeIndex = Dictionary(
      tool.themes.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    let questions = tool.questions.enumerated().map {
      QuestionPlan(index: $0.offset, question: $0.element, themeIndex: themeIndex)
    }
    self.questions = questions
    var members = [[Int]](repeating: [], count: tool.themes.count)
    for plan in questions {
      for theme in plan.gradeThemes { members[theme].append(plan.index) }
    }
    themeQuestions = members
    overallIndex = tool.overall.flatMap { tool.index(ofQuestion: $0.questionID) }
    let neglectCodes = Set(NeglectType.allCases.map(\.rawValue))
    neglectTypeIndex =
      questions.first { plan in
        plan.kind == .multiChoice && !plan.codes.isEmpty
          && plan.codes.allSatisfy { neglectCodes.contains($0) }
      }?.index
    layout = PlanLayout(questions: questions, themeQuestions: members)
  }

  /// The case attributes a tool's conditions and stages read, copied from a case record.
  static func attributes(of record: CaseRecord) -> CaseAttributes {
    CaseAttributes(
      stage: record.stage.rawValue, age: record.age, longTerm: record.isLongTerm,
      neglectStatus: record.neglectStatus.rawValue)
  }
}
