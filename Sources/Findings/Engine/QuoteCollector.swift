import AuditForms
import CaseList

/// Keeps the first few evidence quotes, in case order, for every grade question and theme:
/// from answers below acceptable (for the weakest lists) and from acceptable ones (for the
/// strongest).
///
/// Packed answers carry whether each answer has evidence, not its text; their quotes are kept
/// as places (``Candidate/pending(_:)``) and read by ``resolve(_:)`` once every case has been
/// seen — a few hundred point reads instead of every evidence string of the round.
struct QuoteCollector: Sendable {
  /// A quote, or the place of one still to be read.
  enum Candidate: Sendable {
    /// A quote made from evidence at hand.
    case quote(EvidenceQuote)
    /// Evidence known to be there (not only whitespace), to be read and quoted.
    case pending(Pending)
  }

  /// Where a quote's evidence is, and what the quote needs to redact and label it.
  struct Pending: Sendable {
    let key: EvidenceKey
    let questionID: String
    let level: String
    let reference: String
    let identifiers: [(identifier: String, replacement: String)]
  }

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
  private var lists: [[Candidate]]
  private let width: Int
  /// How many lists still want quotes; once zero, cases are not scanned any more.
  private var open: Int

  /// A collector for a planned tool keeping up to `limit` quotes per list.
  init(plan: ToolPlan, limit: Int) {
    self.plan = plan
    self.limit = limit
    width = max(plan.layout.questionCount, plan.layout.themeCount)
    lists = [[Candidate]](repeating: [], count: List.allCases.count * width)
    let grades = plan.layout.kinds.filter { $0 == .grade }.count
    open = limit > 0 ? 2 * (grades + plan.layout.themeCount) : 0
  }

  /// The quotes kept in one list for one question or theme index (after ``resolve(_:)``,
  /// every one; before it, those made from evidence at hand).
  func quotes(_ list: List, _ index: Int) -> [EvidenceQuote] {
    lists[list.rawValue * width + index].compactMap { candidate in
      if case .quote(let quote) = candidate { return quote }
      return nil
    }
  }

  /// Reads and quotes every pending candidate with `evidence` (given the stored revision and
  /// the question id); evidence that has gone or quotes as nothing is left out.
  mutating func resolve(_ evidence: (EvidenceKey, String) throws -> String?) rethrows {
    for position in lists.indices {
      var resolved: [Candidate] = []
      for candidate in lists[position] {
        switch candidate {
        case .quote: resolved.append(candidate)
        case .pending(let pending):
          guard let text = try evidence(pending.key, pending.questionID) else { continue }
          let quoted = EvidenceText.quote(text, redacting: pending.identifiers)
          guard !quoted.isEmpty else { continue }
          resolved.append(
            .quote(
              EvidenceQuote(
                caseReference: pending.reference, questionID: pending.questionID,
                level: pending.level, text: quoted)))
        }
      }
      lists[position] = resolved
    }
  }

  /// Takes any quotes still wanted from the case the evaluator last evaluated.
  mutating func collect(
    from evaluator: CaseEvaluator, answers: ResponseAnswers, case audited: AuditedCase
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

  private mutating func append(_ quote: Candidate?, at position: Int) {
    guard let quote, lists[position].count < limit else { return }
    lists[position].append(quote)
    if lists[position].count == limit { open -= 1 }
  }

  /// The quote from one answer, or `nil` when its evidence is missing or blank; for packed
  /// answers, the place of the quote.
  private static func quote(
    _ question: QuestionPlan, _ rank: Int, _ answers: ResponseAnswers, _ audited: AuditedCase
  ) -> Candidate? {
    var identifiers = [
      (audited.caseID, audited.reference), (audited.record.id, audited.reference),
    ]
    if let family = audited.record.familyKey { identifiers.append((family, "[family]")) }
    switch answers {
    case .packed(_, let key):
      // The evaluator marked the answer evidenced only where its evidence is not blank.
      return .pending(
        Pending(
          key: key, questionID: question.id, level: question.codes[rank],
          reference: audited.reference, identifiers: identifiers))
    case .full(let set):
      guard let evidence = set[question.id]?.evidence else { return nil }
      let text = EvidenceText.quote(evidence, redacting: identifiers)
      guard !text.isEmpty else { return nil }
      return .quote(
        EvidenceQuote(
          caseReference: audited.reference, questionID: question.id,
          level: question.codes[rank], text: text))
    }
  }
}
