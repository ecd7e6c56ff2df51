import AuditForms
import CaseList
import Statistics

/// Accumulates a round's cases into findings in one pass: each case's used answers are decoded
/// once and added to the round's tally and to its breakdown cells' tallies, and the first few
/// evidence quotes are kept as they go by.
struct FindingsAccumulator: Sendable {
  /// How many quotes a key finding carries.
  static let quotesPerFinding = 3

  private let plan: ToolPlan
  private var evaluator: CaseEvaluator
  private var tally: RoundTally
  private var sampled = 0
  private var moderated = 0
  private var primary = 0
  private var noFinalResponse = 0
  private var primaryNotFinal = 0
  private var unknownAnswers = 0
  /// Used cases per stage, indexed by `Stage.intensity`.
  private var stageCounts = [Int](repeating: 0, count: Stage.allCases.count)
  private var quotes: QuoteCollector
  private var cells: BreakdownAccumulator?
  /// Design-weighted sums, for cases that carry a weight.
  private var weighted: WeightedTally

  /// Starts a round for a planned tool, with an optional breakdown.
  init(plan: ToolPlan, breakdown: BreakdownDimension?) {
    self.plan = plan
    evaluator = CaseEvaluator(plan: plan)
    tally = RoundTally(plan: plan, keepsNumbers: true)
    quotes = QuoteCollector(plan: plan, limit: Self.quotesPerFinding)
    cells = breakdown.map { BreakdownAccumulator(dimension: $0, plan: plan) }
    weighted = WeightedTally(plan: plan)
  }

  /// Adds one sampled case.
  ///
  /// - Complexity: O(q · c) for q questions with conditions of size c.
  mutating func add(_ audited: borrowing AuditedCase) {
    sampled += 1
    let used: UsedAnswers
    switch audited.usedAnswers() {
    case .success(let answers):
      used = answers
    case .failure(let reason):
      switch reason {
      case .noFinalResponse: noFinalResponse += 1
      case .primaryNotFinal: primaryNotFinal += 1
      }
      return
    }
    if used.isModerated { moderated += 1 } else { primary += 1 }
    stageCounts[audited.record.stage.intensity] += 1
    evaluator.evaluate(used.answers, record: audited.record)
    tally.add(evaluator)
    if let weight = audited.weight { weighted.add(evaluator, weight: weight) }
    unknownAnswers += evaluator.unknownAnswers
    quotes.collect(from: evaluator, answers: used.answers, case: audited)
    cells?.add(evaluator, record: audited.record, agency: used.agency)
  }

  /// Adds the counts of another accumulator (a later chunk of the same round's cases).
  mutating func merge(_ other: FindingsAccumulator) {
    tally.merge(other.tally)
    weighted.merge(other.weighted)
    sampled += other.sampled
    moderated += other.moderated
    primary += other.primary
    noFinalResponse += other.noFinalResponse
    primaryNotFinal += other.primaryNotFinal
    unknownAnswers += other.unknownAnswers
    for index in stageCounts.indices { stageCounts[index] += other.stageCounts[index] }
    quotes.merge(other.quotes)
    if let otherCells = other.cells { cells?.merge(otherCells) }
  }

  /// Accumulates a round's cases, in chunks processed concurrently and merged in case order.
  static func accumulate(
    plan: ToolPlan, breakdown: BreakdownDimension?, cases: [AuditedCase]
  ) -> FindingsAccumulator {
    let partials = ChunkedWork.map(count: cases.count, chunkSize: ChunkedWork.casesPerChunk) {
      range in
      var accumulator = FindingsAccumulator(plan: plan, breakdown: breakdown)
      for index in range { accumulator.add(cases[index]) }
      return accumulator
    }
    var total = partials[0]
    for partial in partials.dropFirst() { total.merge(partial) }
    return total
  }

  /// Reads the evidence of the quotes kept from packed answers (see
  /// `QuoteCollector.resolve(_:)`).
  mutating func resolveQuotes(_ evidence: (EvidenceKey, String) throws -> String?) rethrows {
    try quotes.resolve(evidence)
  }

  /// The findings for the cases added.
  func findings(round: RoundInfo, minimumCell: Int, keyFindingsPerList: Int) -> RoundFindings {
    let questions = plan.questions.map { questionFinding($0) }
    let themes = plan.tool.themes.enumerated().map { index, theme in
      let counts = tally.theme(index)
      let below = ProportionFinding(count: counts.below, n: counts.judged)
      return ThemeFinding(
        id: theme.id, title: theme.title,
        questions: plan.themeQuestions[index].map { plan.questions[$0].id },
        belowAcceptable: below, indicativeOnly: below.isIndicativeOnly)
    }
    let cases = moderated + primary
    let keyFindings = KeyFindingSelector(
      plan: plan, questions: questions, themes: themes, quotes: quotes,
      perList: keyFindingsPerList
    ).keyFindings()
    return RoundFindings(
      round: round.name, purpose: round.purpose, toolID: plan.tool.id,
      toolVersion: plan.tool.version,
      source: FindingSource(moderatedCases: moderated, primaryCases: primary), cases: cases,
      moderatedCases: moderated, primaryCases: primary,
      notAudited: noFinalResponse + primaryNotFinal,
      indicativeOnly: cases < ProportionFinding.indicativeThreshold, stages: stages(),
      questions: questions,
      themes: themes, overall: overallFinding(),
      breakdown: cells?.breakdown(minimumCell: minimumCell), keyFindings: keyFindings,
      dataQuality: dataQuality())
  }

  private func questionFinding(_ question: QuestionPlan) -> QuestionFinding {
    let counts = tally.question(question.index)
    let type = question.question.type
    var levels: [String: Int] = [:]
    var distribution: [LevelCount] = []
    for (position, code) in question.codes.enumerated() {
      levels[code] = counts.counts[position]
      distribution.append(
        LevelCount(
          code: code, label: type.label(for: code) ?? code, count: counts.counts[position]))
    }
    var acceptable: ProportionFinding?
    var median: String?
    let usable: Int
    if question.kind == .grade {
      let finding = ProportionFinding(count: counts.acceptable, n: counts.judged)
      acceptable = finding
      median = Self.medianCode(question, counts)
      usable = counts.judged
    } else {
      usable = counts.answered - counts.notApplicable - counts.invalid
    }
    var finding = QuestionFinding(
      id: question.id, text: question.question.text, type: type.name,
      sectionID: question.question.sectionID, themes: question.question.themes,
      applicable: counts.applicable, answered: counts.answered,
      notApplicable: counts.notApplicable, levels: levels, distribution: distribution,
      acceptable: acceptable, excluded: counts.excluded, median: median,
      numbers: NumberSummary(counts.numbers),
      indicativeOnly: usable < ProportionFinding.indicativeThreshold,
      reference: Self.referenceComparison(question, counts))
    if question.kind == .grade, weighted.isUnequal {
      finding.weightedAcceptable = weighted.acceptable(question.index)
    }
    return finding
  }

  /// The lower median level of the judged grades (excluded levels left out).
  static func medianCode(_ question: QuestionPlan, _ counts: QuestionTally) -> String? {
    let judged = counts.counts.enumerated().map { question.excluded[$0.offset] ? 0 : $0.element }
    return OrdinalMedian.lower(levelCounts: judged).map { question.codes[$0] }
  }

  /// The question's published reference beside the round's count of the same answers.
  static func referenceComparison(
    _ question: QuestionPlan, _ counts: QuestionTally
  ) -> ReferenceComparison? {
    guard let reference = question.question.reference else { return nil }
    let answers = Set(reference.answers)
    let positions = question.codes.indices.filter { answers.contains(question.codes[$0]) }
    let count = positions.reduce(0) { $0 + counts.counts[$1] }
    switch question.kind {
    case .grade:
      let judged = question.codes.indices.filter { !question.excluded[$0] }
      let acceptableCodes = Set(
        judged.filter { question.acceptable[$0] }.map { question.codes[$0] })
      let belowCodes = Set(judged.filter { !question.acceptable[$0] }.map { question.codes[$0] })
      let direction: ReferenceDirection
      if answers.isEmpty {
        direction = .unstated
      } else if answers == acceptableCodes {
        direction = .acceptable
      } else if answers == belowCodes {
        direction = .belowAcceptable
      } else {
        direction = .otherAnswers
      }
      let countsExcluded = positions.contains { question.excluded[$0] }
      let n = counts.judged + (countsExcluded ? counts.excluded : 0)
      let local = answers.isEmpty ? nil : ProportionFinding(count: count, n: n)
      return ReferenceComparison(reference, direction: direction, local: local)
    case .choice:
      let n = counts.counts.reduce(0, +)
      let local = answers.isEmpty ? nil : ProportionFinding(count: count, n: n)
      return ReferenceComparison(
        reference, direction: answers.isEmpty ? .unstated : .otherAnswers, local: local)
    case .multiChoice, .number, .other:
      return ReferenceComparison(reference, direction: .unstated, local: nil)
    }
  }

  private func overallFinding() -> OverallFinding? {
    guard let index = plan.overallIndex else { return nil }
    let question = plan.questions[index]
    guard question.kind == .grade else { return nil }
    let counts = tally.question(index)
    let graded = counts.counts.reduce(0, +)
    let levels = question.codes.enumerated().map { position, code in
      LevelShare(
        code: code, label: question.question.type.label(for: code) ?? code,
        share: ProportionFinding(count: counts.counts[position], n: graded))
    }
    var finding = OverallFinding(
      questionID: question.id, levels: levels,
      acceptable: ProportionFinding(count: counts.acceptable, n: counts.judged),
      median: Self.medianCode(question, counts))
    if weighted.isUnequal { finding.weightedAcceptable = weighted.acceptable(index) }
    return finding
  }

  private func stages() -> [String: Int] {
    var stages: [String: Int] = [:]
    for stage in Stage.allCases where stageCounts[stage.intensity] > 0 {
      stages[stage.rawValue] = stageCounts[stage.intensity]
    }
    return stages
  }

  private func dataQuality() -> DataQuality {
    DataQuality(
      sampledCases: sampled, auditedCases: moderated + primary, noFinalResponse: noFinalResponse,
      primaryNotFinal: primaryNotFinal, unknownQuestionAnswers: unknownAnswers,
      questions: plan.questions.map { question in
        let counts = tally.question(question.index)
        return QuestionDataQuality(
          id: question.id, missing: counts.missing, notApplicable: counts.notApplicable,
          invalid: counts.invalid, answeredNotAsked: counts.answeredNotAsked,
          excluded: counts.excluded)
      })
  }
}
