import AuditForms
import CaseList

/// Decodes one answer set against a planned tool: which questions apply, and what each
/// applicable answer is, by index.
///
/// The evaluator keeps its buffers between cases, so evaluating a round allocates nothing per
/// case beyond what condition evaluation needs.
struct CaseEvaluator: Sendable {
  /// The planned tool.
  let plan: ToolPlan
  /// The slots of the last case evaluated, one per question in asking order.
  private(set) var slots: [AnswerSlot]
  /// For the last case, each theme's state: 0 no grade question judged, 1 judged and all
  /// acceptable, 2 at least one judged below acceptable.
  private(set) var themeStates: [UInt8]
  /// For the last case, how many answers named a question the tool does not have.
  private(set) var unknownAnswers = 0

  /// Creates an evaluator for a planned tool.
  init(plan: ToolPlan) {
    self.plan = plan
    slots = [AnswerSlot](repeating: .missing, count: plan.layout.questionCount)
    themeStates = [UInt8](repeating: 0, count: plan.layout.themeCount)
  }

  /// Evaluates the answers of one case.
  ///
  /// A question applies when the case's stage is in its `stages` and its `showIf` holds given
  /// the answers to the questions that apply — `AuditTool.applicability(answers:case:)`'s
  /// rule. Conditions may only read earlier questions (the loader rejects any other), so
  /// evaluating them against every answer except those left on questions already found not to
  /// apply gives the same result as the tool's walk, without building a dictionary per case.
  ///
  /// - Complexity: O(q · c) for q questions with conditions of size c.
  mutating func evaluate(_ answers: ResponseAnswers, record: CaseRecord) {
    switch answers {
    case .full(let set): evaluate(set, record: record)
    case .packed(let packed, _): evaluate(packed, record: record)
    }
  }

  /// Evaluates packed answers.
  ///
  /// The same rule as for a set, slot by slot (a packed code is its position, so no code is
  /// looked up). The packed layout is the tool's question order, which is the plan's.
  mutating func evaluate(_ answers: PackedAnswers, record: CaseRecord) {
    let layout = plan.layout
    precondition(answers.questionCount == layout.questionCount, "answers packed for the tool")
    slots.withUnsafeMutableBufferPointer { slots in
      for index in 0..<layout.questionCount {
        let evidenced = answers.hasEvidence(at: index)
        let kind = layout.kinds[index]
        if case .code(let code) = answers[index], kind == .grade || kind == .choice {
          slots[index] = .code(code, evidenced: evidenced)
        } else if let value = answers.value(at: index) {
          slots[index] = Self.slot(value, evidenced: evidenced, question: index, layout: layout)
        } else {
          slots[index] = .missing
        }
      }
    }
    markNotAsked(
      record: record, answers: answers,
      holds: { condition, answers, attributes in
        condition.evaluate(packed: answers, case: attributes)
      },
      forget: { answers, index in answers.clear(at: index) })
    unknownAnswers = 0
    judgeThemes()
  }

  /// Evaluates an answer set.
  mutating func evaluate(_ answers: AnswerSet, record: CaseRecord) {
    let layout = plan.layout
    var found = 0
    slots.withUnsafeMutableBufferPointer { slots in
      for index in 0..<layout.questionCount { slots[index] = .missing }
      let dictionary = answers.answers
      var position = dictionary.startIndex
      while position != dictionary.endIndex {
        defer { dictionary.formIndex(after: &position) }
        guard let index = layout.index.index(of: dictionary.keys[position]) else { continue }
        let answer = dictionary.values[position]
        slots[index] = Self.slot(
          answer.value, evidenced: answer.evidence != nil, question: index, layout: layout)
        found += 1
      }
    }
    markNotAsked(
      record: record, answers: answers,
      holds: { condition, answers, attributes in
        condition.evaluate(answers: answers, case: attributes)
      },
      forget: { answers, index in answers[layout.ids[index]] = nil })
    unknownAnswers = answers.count - found
    judgeThemes()
  }

  /// Marks the questions that do not apply to the case: its stage is not in their `stages`, or
  /// their condition does not hold (`holds`) given the answers to the questions that apply,
  /// in asking order — an answer left on a question found not to apply is forgotten
  /// (`forget`) before later conditions read it.
  private mutating func markNotAsked<Answers>(
    record: CaseRecord, answers: Answers,
    holds: (Condition, Answers, CaseAttributes) -> Bool,
    forget: (inout Answers, Int) -> Void
  ) {
    let layout = plan.layout
    let stageBase = record.stage.intensity * layout.questionCount
    let attributes = layout.hasConditions ? ToolPlan.attributes(of: record) : nil
    var effective = answers
    for index in 0..<layout.questionCount {
      var applies = layout.stageAllows[stageBase + index]
      if applies, let condition = layout.conditions[index], let attributes {
        applies = holds(condition, effective, attributes)
      }
      guard !applies else { continue }
      let answered = slots[index] != .missing
      if answered && layout.referenced[index] { forget(&effective, index) }
      slots[index] = .notAsked(answered: answered)
    }
  }

  /// Each theme's state from the slots.
  private mutating func judgeThemes() {
    let layout = plan.layout
    for theme in 0..<layout.themeCount {
      var state: UInt8 = 0
      for member in layout.themeStart[theme]..<layout.themeStart[theme + 1] {
        let index = layout.themeMembers[member]
        guard case .code(let rank, _) = slots[index] else { continue }
        let flag = layout.flags[layout.codeStart[index] + rank]
        if flag & PlanLayout.excludedFlag != 0 { continue }
        if flag & PlanLayout.acceptableFlag != 0 {
          state = max(state, 1)
        } else {
          state = 2
          break
        }
      }
      themeStates[theme] = state
    }
  }

  /// Decodes one answer to an applicable question.
  ///
  /// An answer counts as evidenced when it has any evidence (checking only that it is there
  /// keeps the evidence text out of the hot loop); blank evidence is caught when it is quoted.
  static func slot(
    _ value: AnswerValue, evidenced: Bool, question: Int, layout: PlanLayout
  ) -> AnswerSlot {
    switch (layout.kinds[question], value) {
    case (_, .notApplicable):
      return .notApplicable
    case (.grade, .level(let code)), (.choice, .choice(let code)):
      guard let position = layout.position(of: code, question: question) else { return .invalid }
      return .code(position, evidenced: evidenced)
    case (.multiChoice, .choices(let codes)):
      var bits: UInt64 = 0
      for code in codes {
        guard let position = layout.position(of: code, question: question) else {
          return .invalid
        }
        bits |= 1 << UInt64(position)
      }
      return bits == 0 ? .invalid : .codes(bits)
    case (.number, .number(let value)):
      return value.isFinite ? .number(value) : .invalid
    case (.other, .date), (.other, .text), (.other, .choices):
      return .other
    default:
      return .invalid
    }
  }
}
