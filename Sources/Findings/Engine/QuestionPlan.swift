import AuditForms

/// One question of a tool, reduced to what aggregation needs and precomputed once per tool so
/// the per-case loop never re-reads the tool.
struct QuestionPlan: Sendable {
  /// What aggregation does with a question's answers.
  enum Kind: Sendable, Equatable {
    /// A level on a grade scale: counted per level, acceptable or not, ranked for medians.
    case grade
    /// One option: counted per option.
    case choice
    /// Several options (at most 64): each option counted once per case.
    case multiChoice
    /// A number: summarised.
    case number
    /// A date or free text: only counted as answered.
    case other
  }

  /// The question's position in the tool's asking order.
  let index: Int
  /// The question.
  let question: Question
  /// What aggregation does with its answers.
  let kind: Kind
  /// The level codes (best first) or option codes answers may use.
  let codes: [String]
  /// For a grade question, whether each level is acceptable.
  let acceptable: [Bool]
  /// For a grade question, the levels left out of the acceptable denominator (see
  /// `excludedLevelCodes`).
  let excluded: [Bool]
  /// The indexes of the themes the question feeds, when it is a grade question (only grade
  /// questions decide whether a theme is below acceptable).
  let gradeThemes: [Int]

  /// The level codes that are left out of the acceptable denominator, by scale id.
  ///
  /// The built-in challenge scale ranks "not needed" among the acceptable levels, but a case
  /// where no challenge was needed says nothing about the quality of challenge: counting it as
  /// acceptable would inflate the proportion (Ofsted 2014, para 57, likewise reports challenge
  /// only over the cases that needed it). Such answers are counted in the level distribution
  /// and as `excluded`, never in the acceptable count, its denominator, the median, themes or
  /// comparisons.
  static let excludedLevelCodes: [String: Set<String>] = ["challenge": ["notNeeded"]]

  /// Whether the level at `position` is left out of every statistic (see
  /// `excludedLevelCodes`); `false` for questions without levels.
  func excludes(_ position: Int) -> Bool {
    position < excluded.count && excluded[position]
  }

  /// Plans a question of a tool whose themes are `themeIndex`.
  init(index: Int, question: Question, themeIndex: [String: Int]) {
    self.index = index
    self.question = question
    switch question.type {
    case .grade(let scale):
      kind = .grade
      codes = scale.levels.map(\.code)
      acceptable = scale.levels.map(\.acceptable)
      let left = Self.excludedLevelCodes[scale.id] ?? []
      excluded = scale.levels.map { left.contains($0.code) }
      gradeThemes = question.themes.compactMap { themeIndex[$0] }
    case .choice(let options):
      kind = .choice
      codes = options.map(\.code)
      acceptable = []
      excluded = []
      gradeThemes = []
    case .multiChoice(let options):
      kind = options.count <= 64 ? .multiChoice : .other
      codes = options.map(\.code)
      acceptable = []
      excluded = []
      gradeThemes = []
    case .number:
      kind = .number
      codes = []
      acceptable = []
      excluded = []
      gradeThemes = []
    case .date, .text:
      kind = .other
      codes = []
      acceptable = []
      excluded = []
      gradeThemes = []
    }
  }

  /// The question's id.
  var id: String { question.id }
}
