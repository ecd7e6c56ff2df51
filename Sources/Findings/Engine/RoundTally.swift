import AuditForms

/// Counts for one question over a group of cases (a view assembled from a `RoundTally`).
struct QuestionTally: Sendable {
  /// Cases the question applied to.
  var applicable = 0
  /// Applicable cases with any recorded answer, N/A and unusable ones included.
  var answered = 0
  /// Answered "not applicable".
  var notApplicable = 0
  /// Applicable but unanswered.
  var missing = 0
  /// Answers of the wrong kind or with unknown codes.
  var invalid = 0
  /// Answers left on the question in cases it did not apply to (ignored).
  var answeredNotAsked = 0
  /// Answers at levels left out of the acceptable denominator (see
  /// `QuestionPlan.excludedLevelCodes`).
  var excluded = 0
  /// Grade answers counted towards the acceptable proportion.
  var judged = 0
  /// Judged answers at an acceptable level.
  var acceptable = 0
  /// Answers per level or option position (multi-choice: cases that ticked the option).
  var counts: [Int] = []
  /// The numbers answered, when the tally keeps them.
  var numbers: [Double] = []
}

/// Counts for one theme over a group of cases.
struct ThemeTally: Sendable {
  /// Cases with at least one of the theme's grade questions judged.
  var judged = 0
  /// Of those, cases with at least one judged below acceptable.
  var below = 0
}

/// Running counts for every question and theme over a group of cases (a round, a breakdown
/// cell, a stratum or a training group), stored flat so that adding a case touches a few
/// arrays of integers.
struct RoundTally: Sendable {
  /// The counters kept per question, in `stats` order.
  private enum Field: Int, CaseIterable {
    case applicable, answered, notApplicable, missing, invalid, answeredNotAsked, excluded
    case judged, acceptable
  }

  private static let stride = Field.allCases.count

  /// Cases added.
  private(set) var cases = 0
  private let layout: PlanLayout
  private let keepsNumbers: Bool
  /// `stats[question * stride + field]`.
  private var stats: [Int]
  /// Parallel to `layout.codes`.
  private var levelCounts: [Int]
  private var numbers: [[Double]]
  private let numberQuestions: [Int]
  private var themeJudged: [Int]
  private var themeBelow: [Int]

  /// An empty tally for a planned tool.
  init(plan: ToolPlan, keepsNumbers: Bool = false) {
    layout = plan.layout
    self.keepsNumbers = keepsNumbers
    stats = [Int](repeating: 0, count: layout.questionCount * Self.stride)
    levelCounts = [Int](repeating: 0, count: layout.codes.count)
    numbers = [[Double]](repeating: [], count: keepsNumbers ? layout.questionCount : 0)
    let kinds = plan.layout.kinds
    numberQuestions = kinds.indices.filter { kinds[$0] == .number }
    themeJudged = [Int](repeating: 0, count: layout.themeCount)
    themeBelow = themeJudged
  }

  /// The tally a round's findings record, rebuilt for a comparison: question and theme
  /// findings are matched to the tool by id, and level counts by code.
  init(plan: ToolPlan, findings: RoundFindings) {
    self.init(plan: plan)
    cases = findings.cases
    let questions = Dictionary(
      findings.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let quality = Dictionary(
      findings.dataQuality.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for index in 0..<layout.questionCount {
      guard let finding = questions[layout.ids[index]] else { continue }
      let base = index * Self.stride
      func set(_ field: Field, _ value: Int) { stats[base + field.rawValue] = value }
      set(.applicable, finding.applicable)
      set(.answered, finding.answered)
      set(.notApplicable, finding.notApplicable)
      set(.excluded, finding.excluded)
      set(.judged, finding.acceptable?.n ?? 0)
      set(.acceptable, finding.acceptable?.count ?? 0)
      if let record = quality[finding.id] {
        set(.missing, record.missing)
        set(.invalid, record.invalid)
        set(.answeredNotAsked, record.answeredNotAsked)
      }
      for position in 0..<(layout.codeStart[index + 1] - layout.codeStart[index]) {
        let code = layout.codes[layout.codeStart[index] + position]
        levelCounts[layout.codeStart[index] + position] = finding.levels[code] ?? 0
      }
    }
    let themes = Dictionary(
      findings.themes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (index, theme) in plan.tool.themes.enumerated() {
      guard let finding = themes[theme.id] else { continue }
      themeJudged[index] = finding.belowAcceptable.n
      themeBelow[index] = finding.belowAcceptable.count
    }
  }

  /// Adds the case the evaluator last evaluated.
  ///
  /// - Complexity: O(q + t) for q questions and t themes.
  mutating func add(_ evaluator: CaseEvaluator) {
    cases += 1
    let slots = evaluator.slots
    let kinds = layout.kinds
    let flags = layout.flags
    let codeStart = layout.codeStart
    let stride = Self.stride
    levelCounts.withUnsafeMutableBufferPointer { levelCounts in
      stats.withUnsafeMutableBufferPointer { stats in
        for index in slots.indices {
          let base = index * stride
          switch slots[index] {
          case .notAsked(let answered):
            if answered { stats[base + Field.answeredNotAsked.rawValue] += 1 }
            continue
          case .missing:
            stats[base + Field.applicable.rawValue] += 1
            stats[base + Field.missing.rawValue] += 1
            continue
          case .notApplicable:
            stats[base + Field.notApplicable.rawValue] += 1
          case .invalid:
            stats[base + Field.invalid.rawValue] += 1
          case .code(let position, _):
            let offset = codeStart[index] + position
            levelCounts[offset] += 1
            if kinds[index] == .grade {
              let flag = flags[offset]
              if flag & PlanLayout.excludedFlag != 0 {
                stats[base + Field.excluded.rawValue] += 1
              } else {
                stats[base + Field.judged.rawValue] += 1
                if flag & PlanLayout.acceptableFlag != 0 {
                  stats[base + Field.acceptable.rawValue] += 1
                }
              }
            }
          case .codes(var bits):
            while bits != 0 {
              levelCounts[codeStart[index] + bits.trailingZeroBitCount] += 1
              bits &= bits - 1
            }
          case .number, .other:
            break
          }
          stats[base + Field.applicable.rawValue] += 1
          stats[base + Field.answered.rawValue] += 1
        }
      }
    }
    if keepsNumbers {
      for index in numberQuestions {
        if case .number(let value) = slots[index] { numbers[index].append(value) }
      }
    }
    let states = evaluator.themeStates
    for theme in states.indices where states[theme] > 0 {
      themeJudged[theme] += 1
      if states[theme] == 2 { themeBelow[theme] += 1 }
    }
  }

  /// Adds another tally of the same tool (a later chunk of cases).
  ///
  /// - Complexity: O(q + c + t) for q questions, c codes and t themes.
  mutating func merge(_ other: RoundTally) {
    cases += other.cases
    for index in stats.indices { stats[index] += other.stats[index] }
    for index in levelCounts.indices { levelCounts[index] += other.levelCounts[index] }
    for index in numbers.indices { numbers[index] += other.numbers[index] }
    for index in themeJudged.indices {
      themeJudged[index] += other.themeJudged[index]
      themeBelow[index] += other.themeBelow[index]
    }
  }

  /// The counts for one question.
  func question(_ index: Int) -> QuestionTally {
    let base = index * Self.stride
    func field(_ field: Field) -> Int { stats[base + field.rawValue] }
    return QuestionTally(
      applicable: field(.applicable), answered: field(.answered),
      notApplicable: field(.notApplicable), missing: field(.missing), invalid: field(.invalid),
      answeredNotAsked: field(.answeredNotAsked), excluded: field(.excluded),
      judged: field(.judged), acceptable: field(.acceptable),
      counts: Array(levelCounts[layout.codeStart[index]..<layout.codeStart[index + 1]]),
      numbers: keepsNumbers ? numbers[index] : [])
  }

  /// The counts for one theme.
  func theme(_ index: Int) -> ThemeTally {
    ThemeTally(judged: themeJudged[index], below: themeBelow[index])
  }
}
