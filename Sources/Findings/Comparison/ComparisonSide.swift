import AuditForms
import CaseList
import Formats

/// One round of a comparison, tallied: the whole round, its strata, and its training groups.
struct ComparisonSide: Sendable {
  let info: RoundInfo
  let plan: ToolPlan
  private var evaluator: CaseEvaluator
  private(set) var tally: RoundTally
  private(set) var sampled = 0
  /// Usable cases per stage, indexed by `Stage.intensity`.
  private(set) var stageCounts = [Int](repeating: 0, count: Stage.allCases.count)
  private(set) var caseIDs: Set<String> = []
  private(set) var strata: BreakdownAccumulator?
  private(set) var trained: RoundTally
  private(set) var untrained: RoundTally
  /// The training groups' cases by worker (the clusters of the cluster bootstrap).
  private(set) var trainedByWorker: [String: RoundTally] = [:]
  private(set) var untrainedByWorker: [String: RoundTally] = [:]
  private(set) var unknownWorker = 0
  private(set) var alreadyTrained = 0
  private let roster: TrainingRoster?
  private let roundDate: CalendarDate?

  /// A side for a round, with optional strata and training split.
  init(
    info: RoundInfo, plan: ToolPlan, within: BreakdownDimension?, roster: TrainingRoster?,
    roundDate: CalendarDate?
  ) {
    self.info = info
    self.plan = plan
    evaluator = CaseEvaluator(plan: plan)
    tally = RoundTally(plan: plan)
    strata = within.map { BreakdownAccumulator(dimension: $0, plan: plan) }
    trained = RoundTally(plan: plan)
    untrained = RoundTally(plan: plan)
    self.roster = roster
    self.roundDate = roundDate
  }

  /// A side rebuilt from a round's findings: no strata, no training split, and no case ids.
  init(info: RoundInfo, plan: ToolPlan, findings: RoundFindings) {
    self.init(info: info, plan: plan, within: nil, roster: nil, roundDate: nil)
    tally = RoundTally(plan: plan, findings: findings)
    sampled = findings.dataQuality.sampledCases
    for stage in Stage.allCases {
      stageCounts[stage.intensity] = findings.stages[stage.rawValue] ?? 0
    }
  }

  /// Adds one sampled case.
  mutating func add(_ audited: borrowing AuditedCase) {
    sampled += 1
    guard case .success(let used) = audited.usedAnswers() else { return }
    evaluator.evaluate(used.answers, record: audited.record)
    tally.add(evaluator)
    stageCounts[audited.record.stage.intensity] += 1
    caseIDs.insert(audited.caseID)
    strata?.add(evaluator, record: audited.record, agency: used.agency)
    guard let roster, let roundDate else { return }
    switch roster.side(worker: audited.record.worker, roundDate: roundDate) {
    case .trained:
      trained.add(evaluator)
      trainedByWorker[
        Trimming.trimmed(audited.record.worker ?? ""), default: RoundTally(plan: plan)
      ]
      .add(evaluator)
    case .untrained:
      untrained.add(evaluator)
      untrainedByWorker[
        Trimming.trimmed(audited.record.worker ?? ""), default: RoundTally(plan: plan)
      ].add(evaluator)
    case .unknownWorker: unknownWorker += 1
    case .alreadyTrained: alreadyTrained += 1
    }
  }

  /// Adds the counts of another side (a later chunk of the same round's cases).
  mutating func merge(_ other: ComparisonSide) {
    tally.merge(other.tally)
    sampled += other.sampled
    for index in stageCounts.indices { stageCounts[index] += other.stageCounts[index] }
    caseIDs.formUnion(other.caseIDs)
    if let otherStrata = other.strata { strata?.merge(otherStrata) }
    trained.merge(other.trained)
    untrained.merge(other.untrained)
    for (worker, tally) in other.trainedByWorker {
      trainedByWorker[worker, default: RoundTally(plan: plan)].merge(tally)
    }
    for (worker, tally) in other.untrainedByWorker {
      untrainedByWorker[worker, default: RoundTally(plan: plan)].merge(tally)
    }
    unknownWorker += other.unknownWorker
    alreadyTrained += other.alreadyTrained
  }

  /// Tallies a round's cases, in chunks processed concurrently and merged in case order.
  static func tally(
    info: RoundInfo, cases: [AuditedCase], plan: ToolPlan, within: BreakdownDimension?,
    roster: TrainingRoster?, roundDate: CalendarDate?
  ) -> ComparisonSide {
    let partials = ChunkedWork.map(count: cases.count, chunkSize: ChunkedWork.casesPerChunk) {
      range in
      var side = ComparisonSide(
        info: info, plan: plan, within: within, roster: roster, roundDate: roundDate)
      for index in range { side.add(cases[index]) }
      return side
    }
    var total = partials[0]
    for partial in partials.dropFirst() { total.merge(partial) }
    return total
  }

  /// The round's summary.
  var summary: RoundSummary {
    var stages: [String: Int] = [:]
    for stage in Stage.allCases where stageCounts[stage.intensity] > 0 {
      stages[stage.rawValue] = stageCounts[stage.intensity]
    }
    return RoundSummary(
      round: info.name, purpose: info.purpose, toolID: plan.tool.id,
      toolVersion: plan.tool.version, training: info.training,
      sampleDescription: info.sampleDescription, sampledCases: sampled, cases: tally.cases,
      stages: stages)
  }
}
