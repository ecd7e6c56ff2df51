import AuditForms
import Statistics

/// Gathers a round's double-audited cases and moderated comparisons, then computes agreement.
struct AgreementCalculator: Sendable {
  /// One case rated by two or more auditors; its decoded answers are in `ratedSlots`, from
  /// the matching entry of `starts`.
  private struct RatedCase: Sendable {
    let reference: String
    let auditors: [String]
  }

  /// Running counts of one auditor against moderation.
  private struct Consistency: Sendable {
    var agency: String
    var compared = 0
    var differed = 0
  }

  private let plan: ToolPlan
  private var evaluator: CaseEvaluator
  private var rated: [RatedCase] = []
  /// Where each rated case's slots start in `ratedSlots`: rater r's answer to question q is at
  /// `starts[u] + r * questionCount + q`.
  private var starts: [Int] = []
  /// How many auditors rated each rated case.
  private var raterCounts: [Int] = []
  private var ratedSlots: [AnswerSlot] = []
  private var maximumRaters = 0
  private var consistency: [String: Consistency] = [:]

  /// A calculator for a planned tool.
  init(plan: ToolPlan) {
    self.plan = plan
    evaluator = CaseEvaluator(plan: plan)
  }

  /// Adds one case: its independent responses if there are two or more, and each response
  /// against the moderated answers if the case was moderated.
  mutating func add(_ audited: borrowing AuditedCase) {
    // Most cases have one response and no moderation: nothing to compare.
    guard audited.responses.count >= 2 || audited.moderated != nil else { return }
    let responses = audited.independentResponses()
    let moderated = audited.moderated.flatMap { $0.status.isFinal ? $0 : nil }
    guard responses.count >= 2 || (moderated != nil && !responses.isEmpty) else { return }
    var slots: [[AnswerSlot]] = []
    for response in responses {
      evaluator.evaluate(response.answers, record: audited.record)
      slots.append(evaluator.slots)
    }
    if responses.count >= 2 {
      rated.append(
        RatedCase(reference: audited.reference, auditors: responses.map(\.auditorID)))
      starts.append(ratedSlots.count)
      raterCounts.append(responses.count)
      for own in slots { ratedSlots += own }
      maximumRaters = max(maximumRaters, responses.count)
    }
    guard let moderated else { return }
    evaluator.evaluate(moderated.answers, record: audited.record)
    let agreed = evaluator.slots
    for (response, own) in zip(responses, slots) {
      var record =
        consistency[response.auditorID] ?? Consistency(agency: response.auditorAgency)
      for question in plan.questions where question.kind == .grade {
        guard case .code(let mine, _) = own[question.index],
          case .code(let theirs, _) = agreed[question.index]
        else { continue }
        record.compared += 1
        if mine != theirs { record.differed += 1 }
      }
      consistency[response.auditorID] = record
    }
  }

  /// Adds the cases of another calculator (a later chunk of the same round's cases).
  mutating func merge(_ other: AgreementCalculator) {
    let offset = ratedSlots.count
    rated += other.rated
    starts += other.starts.map { $0 + offset }
    raterCounts += other.raterCounts
    ratedSlots += other.ratedSlots
    maximumRaters = max(maximumRaters, other.maximumRaters)
    for (id, record) in other.consistency {
      var merged = consistency[id] ?? Consistency(agency: record.agency)
      merged.compared += record.compared
      merged.differed += record.differed
      consistency[id] = merged
    }
  }

  /// Gathers a round's cases, in chunks processed concurrently and merged in case order.
  static func accumulate(plan: ToolPlan, cases: [AuditedCase]) -> AgreementCalculator {
    let partials = ChunkedWork.map(count: cases.count, chunkSize: ChunkedWork.casesPerChunk) {
      range in
      var calculator = AgreementCalculator(plan: plan)
      for index in range { calculator.add(cases[index]) }
      return calculator
    }
    var total = partials[0]
    for partial in partials.dropFirst() { total.merge(partial) }
    return total
  }

  /// How many bootstrap replicates a round of `cases` double-audited cases gets: 499 up to 60
  /// cases (an audit day's), 199 up to 2,000 and 99 above, where the intervals are narrow and
  /// the work large.
  static func replicates(cases: Int) -> Int {
    cases <= 60 ? 499 : cases <= 2_000 ? 199 : 99
  }

  /// The seed the agreement bootstrap uses unless another is given, recorded in every report.
  static let defaultSeed: UInt64 = 20_270_320

  /// The measures of one question over `units` (rated-case positions; a bootstrap replicate
  /// repeats some and leaves others out).
  private func measures(_ question: QuestionPlan, units: some Collection<Int>) -> AgreementMeasures
  {
    switch question.kind {
    case .grade, .choice: levelMeasures([question], ordered: question.kind == .grade, units: units)
    case .multiChoice: categoryMeasures(question, units: units)
    case .number, .other: numberMeasures(question, units: units)
    }
  }

  /// The coefficients a bootstrap interval is given for, by field name.
  static let intervalFields: [(name: String, value: @Sendable (AgreementMeasures) -> Double?)] =
    [
      ("cohenKappa", { $0.cohenKappa }), ("weightedKappa", { $0.weightedKappa }),
      ("fleissKappa", { $0.fleissKappa }), ("alpha", { $0.alpha }),
    ]

  /// Percentile bootstrap 95% intervals, resampling whole cases, for every coefficient of
  /// every question in `compared`, in that order.
  private func intervals(_ compared: [QuestionPlan], replicates: Int, seed: UInt64)
    -> [[String: Bootstrap.Interval]]
  {
    let fields = Self.intervalFields
    // One bootstrap per question, questions in parallel; every question resamples the same
    // cases (the same seed), so the intervals are those of one joint bootstrap.
    return ChunkedWork.map(compared) { question -> [String: Bootstrap.Interval] in
      let limits: [Bootstrap.Interval?]
      if let paired = pairCodes(question) {
        // Every case rated twice: a replicate is its k × k table of rating pairs, and the
        // coefficients follow from the table alone (PairedAgreement; equal to the general
        // estimators, which a test checks).
        let k = paired.categories
        var table = [Int](repeating: 0, count: k * k)
        limits = Bootstrap.percentileIntervals(
          units: rated.count, replicates: replicates, seed: seed
        ) { indices in
          for slot in table.indices { table[slot] = 0 }
          for index in indices where paired.codes[index] >= 0 { table[paired.codes[index]] += 1 }
          let found = PairedAgreement.coefficients(
            table: table, categories: k, ordered: paired.ordered)
          return [found.cohenKappa, found.weightedKappa, found.fleissKappa, found.alpha]
        }
      } else {
        limits = Bootstrap.percentileIntervals(
          units: rated.count, replicates: replicates, seed: seed
        ) { indices in
          // The replicate's cases are read in place, never copied: the work is that of one
          // measurement per replicate.
          let measured = measures(question, units: indices)
          return fields.map { $0.value(measured) }
        }
      }
      var result: [String: Bootstrap.Interval] = [:]
      for (field, interval) in zip(fields, limits) {
        if let interval { result[field.name] = interval }
      }
      return result
    }
  }

  /// Each rated case's pair code for a question whose cases are all rated twice.
  ///
  /// For a grade, choice or multi-choice question where every case with two or more usable
  /// ratings has exactly two: `first * k + second` in rater order, or
  /// −1 for a case with fewer than two (not pairable); `nil` when some case has three or more,
  /// or for numbers. Usable ratings are those `levelMeasures` and `categoryMeasures` count.
  private func pairCodes(_ question: QuestionPlan) -> (
    codes: [Int], categories: Int, ordered: Bool
  )? {
    let stride = plan.layout.questionCount
    var categoryOf: (AnswerSlot) -> Int?
    var categories: Int
    switch question.kind {
    case .grade, .choice:
      categories = max(question.codes.count, 1)
      categoryOf = { slot in
        if case .code(let position, _) = slot, !question.excludes(position) { return position }
        return nil
      }
    case .multiChoice:
      let numbering = optionSets(question, units: starts.indices)
      categories = max(numbering.count, 1)
      categoryOf = { slot in
        if case .codes(let bits) = slot { return numbering[bits] }
        return nil
      }
    case .number, .other:
      return nil
    }
    var codes = [Int](repeating: -1, count: starts.count)
    for unit in starts.indices {
      var found: [Int] = []
      for rater in 0..<raterCounts[unit] {
        if let category = categoryOf(ratedSlots[starts[unit] + rater * stride + question.index]) {
          found.append(category)
        }
      }
      if found.count > 2 { return nil }
      if found.count == 2 { codes[unit] = found[0] * categories + found[1] }
    }
    return (codes, categories, question.kind == .grade)
  }

  /// The report for the cases added; the questions' measures are computed concurrently.
  func report(round: String, seed: UInt64 = AgreementCalculator.defaultSeed) -> AgreementReport {
    let compared = plan.questions.filter { $0.kind != .other }
    let grades = plan.questions.filter { $0.kind == .grade }
    var scaleOrder: [String] = []
    var scaleQuestions: [String: [QuestionPlan]] = [:]
    for question in grades {
      let scale = question.question.scale?.id ?? ""
      if scaleQuestions[scale] == nil { scaleOrder.append(scale) }
      scaleQuestions[scale, default: []].append(question)
    }
    // The pooled measures are the largest tasks: they go first, beside the questions.
    let pooledTasks = scaleOrder.map { scaleQuestions[$0] ?? [] }
    let pooled = ChunkedWork.map(pooledTasks) { questions in
      levelMeasures(questions, ordered: true, units: starts.indices)
    }
    let measured = ChunkedWork.map(compared) { question in
      measures(question, units: starts.indices)
    }
    let byID = Dictionary(
      zip(compared.map(\.id), measured), uniquingKeysWith: { first, _ in first })
    let scales = zip(scaleOrder, zip(pooledTasks, pooled)).map { scale, pair in
      ScaleAgreement(
        scale: scale, questions: pair.0.map(\.id),
        measures: ScaleAgreement.restricted(pair.1, to: pair.0.compactMap { byID[$0.id] }))
    }
    let replicates = Self.replicates(cases: rated.count)
    let limits = intervals(compared, replicates: replicates, seed: seed)
    let questions = zip(compared, zip(measured, limits)).map {
      question, pair in
      var measures = pair.0
      // An interval only beside a defined coefficient.
      measures.intervals = pair.1.filter { name, _ in
        Self.intervalFields.first { $0.name == name }?.value(measures) != nil
      }
      return QuestionAgreement(
        id: question.id, type: question.question.type.name, measures: measures)
    }
    let auditors = consistency.sorted { $0.key < $1.key }.map { id, record in
      AuditorConsistency(
        auditorID: id, agency: record.agency, compared: record.compared, differed: record.differed)
    }
    var report = AgreementReport(
      round: round, cases: rated.count, raters: maximumRaters, questions: questions,
      scales: scales, disagreements: disagreements(grades),
      auditors: auditors)
    report.bootstrap = AgreementReport.BootstrapRecord(
      replicates: rated.count >= 2 ? replicates : 0, seed: String(seed))
    return report
  }

  /// Measures over grade levels (by rank) or choice options, pooling the given questions.
  private func levelMeasures(
    _ questions: [QuestionPlan], ordered: Bool, units: some Collection<Int>
  ) -> AgreementMeasures {
    let categories = questions.map(\.codes.count).max() ?? 1
    var table = UnitTable(raters: maximumRaters, categories: categories)
    let stride = plan.layout.questionCount
    ratedSlots.withUnsafeBufferPointer { slots in
      for question in questions {
        let index = question.index
        for unit in units {
          let start = starts[unit] + index
          table.add(raters: raterCounts[unit]) { rater in
            let slot = slots[start + rater * stride]
            // A level left out of the acceptable denominator ("not needed") is not a grade:
            // like N/A, it takes no part in agreement either.
            if case .code(let position, _) = slot {
              return question.excludes(position) ? .notApplicable : .value(position)
            }
            return Self.missing(slot)
          }
        }
      }
    }
    return table.measures(ordered: ordered)
  }

  /// The distinct option sets given to a multi-choice question over `units`, numbered in order
  /// of first appearance: each exact set is one category.
  private func optionSets(_ question: QuestionPlan, units: some Collection<Int>) -> [UInt64: Int] {
    let stride = plan.layout.questionCount
    var numbering: [UInt64: Int] = [:]
    for unit in units {
      for rater in 0..<raterCounts[unit] {
        if case .codes(let bits) = ratedSlots[starts[unit] + rater * stride + question.index],
          numbering[bits] == nil
        {
          numbering[bits] = numbering.count
        }
      }
    }
    return numbering
  }

  /// Measures over multi-choice answers, each exact set of options one category.
  private func categoryMeasures(_ question: QuestionPlan, units: some Collection<Int>)
    -> AgreementMeasures
  {
    let index = question.index
    let stride = plan.layout.questionCount
    let categories = optionSets(question, units: units)
    var table = UnitTable(raters: maximumRaters, categories: categories.count)
    for unit in units {
      let start = starts[unit] + index
      table.add(raters: raterCounts[unit]) { rater in
        let slot = ratedSlots[start + rater * stride]
        if case .codes(let bits) = slot, let category = categories[bits] {
          return .value(category)
        }
        return Self.missing(slot)
      }
    }
    return table.measures(ordered: false)
  }

  /// Measures over numbers: exact agreement and Krippendorff's interval alpha.
  private func numberMeasures(_ question: QuestionPlan, units: some Collection<Int>)
    -> AgreementMeasures
  {
    let stride = plan.layout.questionCount
    let index = question.index
    var table = NumberUnitTable(raters: maximumRaters)
    for unit in units {
      let start = starts[unit] + index
      table.add(raters: raterCounts[unit]) { rater in
        let slot = ratedSlots[start + rater * stride]
        if case .number(let value) = slot { return .value(value) }
        return Self.missing(slot)
      }
    }
    return table.measures()
  }

  /// A slot without a usable rating, as a unit-table entry.
  private static func missing<Value>(_ slot: AnswerSlot) -> RatingEntry<Value> {
    slot == .notApplicable ? .notApplicable : .none
  }

  /// Grades two or more levels apart.
  private func disagreements(_ grades: [QuestionPlan]) -> [Disagreement] {
    var result: [Disagreement] = []
    let stride = plan.layout.questionCount
    for question in grades {
      for unit in starts.indices {
        var lowest = 0
        var highest = 0
        var graded = 0
        let start = starts[unit] + question.index
        for rater in 0..<raterCounts[unit] {
          guard case .code(let rank, _) = ratedSlots[start + rater * stride],
            !question.excludes(rank)
          else { continue }
          lowest = graded == 0 ? rank : min(lowest, rank)
          highest = graded == 0 ? rank : max(highest, rank)
          graded += 1
        }
        guard graded >= 2, highest - lowest >= 2 else { continue }
        let auditors = rated[unit].auditors
        let ratings = auditors.indices.compactMap { rater -> RaterLevel? in
          guard case .code(let rank, _) = ratedSlots[start + rater * stride],
            !question.excludes(rank)
          else { return nil }
          return RaterLevel(auditorID: auditors[rater], level: question.codes[rank])
        }
        result.append(
          Disagreement(
            questionID: question.id, caseReference: rated[unit].reference, ratings: ratings,
            spread: highest - lowest))
      }
    }
    return result
  }
}
