import AuditForms
import CaseList

/// Keeps the first few evidence quotes, in case order, for every grade question and theme:
/// from answers below acceptable (for the weakest lists) and from acceptable ones (for the
/// strongest).
struct QuoteCollector: Sendable {
  /// The four kinds of list, each with one list per question or theme.
  enum List: Int, CaseIterable {
    /// Per question: quotes from answers below acceptable.
    case questionBelow
    /// Per question: quotes from acceptable answers.
    case questionAcceptable
    /// Per theme: quotes from cases below acceptable on it, one per case.
    case themeBelow
    /// Per theme: quotes from cases acceptable on it throughout, one per case.
    case themeAcceptable
  }

  private let plan: ToolPlan
  private let limit: Int
  /// Every list, `lists[list.rawValue * width + index]`.
  private var lists: [[EvidenceQuote]]
  private let width: Int
  /// How many lists still want quotes; once zero, cases are not scanned any more.
  private var open: Int

  /// A collector for a planned tool keeping up to `limit` quotes per list.
  init(plan: ToolPlan, limit: Int) {
    self.plan = plan
    self.limit = limit
    width = max(plan.layout.questionCount, plan.layout.themeCount)
    lists = [[EvidenceQuote]](repeating: [], count: List.allCases.count * width)
    let grades = plan.layout.kinds.filter { $0 == .grade }.count
    open = limit > 0 ? 2 * (grades + plan.layout.themeCount) : 0
  }

  /// The quotes kept in one list for one question or theme index.
  func quotes(_ list: List, _ index: Int) -> [EvidenceQuote] {
    lists[list.rawValue * width + index]
  }

  /// Takes any quotes still wanted from the case the evaluator last evaluated.
  mutating func collect(
    from evaluator: CaseEvaluator, answers: AnswerSet, case audited: AuditedCase
  ) {
    guard open > 0 else { return }
    let layout = plan.layout
    for index in 0..<layout.questionCount where layout.kinds[index] == .grade {
      guard case .code(let rank, evidenced: true) = evaluator.slots[index] else { continue }
      let flag = layout.flags[layout.codeStart[index] + rank]
      guard flag & PlanLayout.excludedFlag == 0 else { continue }
      let list: List =
        flag & PlanLayout.acceptableFlag != 0 ? .questionAcceptable : .questionBelow
      let position = list.rawValue * width + index
      guard lists[position].count < limit else { continue }
      append(Self.quote(plan.questions[index], rank, answers, audited), at: position)
    }
    for theme in 0..<layout.themeCount {
      let state = evaluator.themeStates[theme]
      guard state > 0 else { continue }
      let wantBelow = state == 2
      let list: List = wantBelow ? .themeBelow : .themeAcceptable
      let position = list.rawValue * width + theme
      guard lists[position].count < limit else { continue }
      for member in layout.themeStart[theme]..<layout.themeStart[theme + 1] {
        let index = layout.themeMembers[member]
        guard case .code(let rank, evidenced: true) = evaluator.slots[index] else { continue }
        let flag = layout.flags[layout.codeStart[index] + rank]
        guard flag & PlanLayout.excludedFlag == 0,
          (flag & PlanLayout.acceptableFlag == 0) == wantBelow,
          let quote = Self.quote(plan.questions[index], rank, answers, audited)
        else { continue }
        append(quote, at: position)
        break
      }
    }
  }

  /// Adds the quotes another collector (of a later chunk of cases) kept, keeping case order.
  mutating func merge(_ other: QuoteCollector) {
    for position in lists.indices {
      for quote in other.lists[position] { append(quote, at: position) }
    }
  }

  private mutating func append(_ quote: EvidenceQuote?, at position: Int) {
    guard let quote, lists[position].count < limit else { return }
    lists[position].append(quote)
    if lists[position].count == limit { open -= 1 }
  }

  /// The quote from one answer, or `nil` when its evidence is missing or blank.
  private static func quote(
    _ question: QuestionPlan, _ rank: Int, _ answers: AnswerSet, _ audited: AuditedCase
  ) -> EvidenceQuote? {
    guard let evidence = answers[question.id]?.evidence else { return nil }
    var identifiers = [
      (audited.caseID, audited.reference), (audited.record.id, audited.reference),
    ]
    if let family = audited.record.familyKey { identifiers.append((family, "[family]")) }
    let text = EvidenceText.quote(evidence, redacting: identifiers)
    guard !text.isEmpty else { return nil }
    return EvidenceQuote(
      caseReference: audited.reference, questionID: question.id, level: question.codes[rank],
      text: text)
  }
}
