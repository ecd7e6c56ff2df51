import AuditForms
import CaseList

/// The per-case loops' view of a tool: flat arrays indexed by question (and level), so the hot
/// loops copy no question definitions and touch no strings besides the ids they look up.
struct PlanLayout: Sendable {
  /// Level flag: the level is acceptable.
  static let acceptableFlag: UInt8 = 1
  /// Level flag: the level is left out of the acceptable denominator.
  static let excludedFlag: UInt8 = 2

  /// The question ids, in asking order.
  let ids: [String]
  /// Finds a question's index from its id.
  let index: QuestionIndex
  /// Each question's `showIf` condition.
  let conditions: [Condition?]
  /// What aggregation does with each question's answers.
  let kinds: [QuestionPlan.Kind]
  /// Where each question's codes start in `codes` and `flags`; one extra entry at the end.
  let codeStart: [Int]
  /// Every question's level or option codes, one question after another.
  let codes: [String]
  /// Per code in `codes`: `acceptableFlag` and `excludedFlag` bits (grade levels only).
  let flags: [UInt8]
  /// `stageAllows[stage.intensity * questionCount + question]`.
  let stageAllows: [Bool]
  /// Where each theme's grade questions start in `themeMembers`; one extra entry at the end.
  let themeStart: [Int]
  /// Every theme's grade-question indexes, one theme after another.
  let themeMembers: [Int]
  /// Whether a question is read by some condition (so an answer left on it when it does not
  /// apply must be hidden from later conditions).
  let referenced: [Bool]
  /// Whether any question has a condition.
  let hasConditions: Bool

  /// Lays out planned questions and theme memberships.
  init(questions: [QuestionPlan], themeQuestions: [[Int]]) {
    ids = questions.map(\.id)
    index = QuestionIndex(ids: ids)
    conditions = questions.map(\.question.showIf)
    kinds = questions.map(\.kind)
    var starts: [Int] = []
    var codes: [String] = []
    var flags: [UInt8] = []
    for question in questions {
      starts.append(codes.count)
      codes += question.codes
      for position in question.codes.indices {
        var flag: UInt8 = 0
        if question.kind == .grade {
          if question.acceptable[position] { flag |= Self.acceptableFlag }
          if question.excluded[position] { flag |= Self.excludedFlag }
        }
        flags.append(flag)
      }
    }
    starts.append(codes.count)
    codeStart = starts
    self.codes = codes
    self.flags = flags
    var allows: [Bool] = []
    let stages = Stage.allCases.sorted { $0.intensity < $1.intensity }
    for stage in stages {
      allows += questions.map { $0.question.applies(toStage: stage.rawValue) }
    }
    stageAllows = allows
    var themeStart: [Int] = []
    var members: [Int] = []
    for theme in themeQuestions {
      themeStart.append(members.count)
      members += theme
    }
    themeStart.append(members.count)
    self.themeStart = themeStart
    themeMembers = members
    let read = Set(questions.flatMap { $0.question.showIf?.referencedQuestions ?? [] })
    referenced = questions.map { read.contains($0.id) }
    hasConditions = questions.contains { $0.question.showIf != nil }
  }

  /// The number of questions.
  var questionCount: Int { ids.count }

  /// The number of themes.
  var themeCount: Int { themeStart.count - 1 }

  /// The position of a code among a question's codes, by a linear scan (scales and option
  /// lists are short, so this beats hashing the code).
  func position(of code: String, question: Int) -> Int? {
    let start = codeStart[question]
    for index in start..<codeStart[question + 1] where codes[index] == code {
      return index - start
    }
    return nil
  }
}
