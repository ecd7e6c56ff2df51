import Statistics

extension ComparisonBuilder {
  /// The difference-in-differences per matched criterion, when a training split was asked for.
  func trainingComparison() -> TrainingComparison? {
    guard let training else { return nil }
    let roster = training.roster
    let counts = TrainingGroupCounts(
      trainedBefore: earlier.trained.cases, untrainedBefore: earlier.untrained.cases,
      trainedAfter: later.trained.cases, untrainedAfter: later.untrained.cases,
      unknownWorker: earlier.unknownWorker + later.unknownWorker,
      alreadyTrained: earlier.alreadyTrained + later.alreadyTrained)
    var effects = engine.matches.map { match in
      Self.effect(
        id: engine.after.questions[match.after].id,
        trainedBefore: earlier.trained.question(match.before),
        trainedAfter: later.trained.question(match.after),
        untrainedBefore: earlier.untrained.question(match.before),
        untrainedAfter: later.untrained.question(match.after))
    }
    let clusters = clusterIntervals(effects)
    for (group, workers) in [("trained", clusters.trained), ("untrained", clusters.untrained)]
    where workers < Self.fewClusters {
      for index in effects.indices where effects[index].interval != nil {
        effects[index].flags.append(TrainingFlag(flag: .fewWorkers, group: group))
      }
    }
    for (index, summary) in clusters.summaries.enumerated()
    where !effects[index].flags.contains(where: { $0.flag == .fewWorkers }) {
      guard let estimate = effects[index].differenceInDifferences, effects[index].interval != nil,
        let interval = summary.interval, let error = summary.standardError
      else { continue }
      effects[index].clusterInterval = ConfidenceInterval(
        estimate: estimate, lower: interval.lower, upper: interval.upper)
      effects[index].clusterP =
        error > 0 ? min(1, 2 * Normal.cdf(-abs(estimate) / error)) : (estimate == 0 ? 1 : 0)
    }
    Self.adjustTraining(&effects)
    var notes = [
      "The estimate assumes trained and untrained workers' cases would have changed alike "
        + "without the training, and workers were not assigned to training at random: read it "
        + "as evidence, not proof."
    ]
    if roster.grouping == .atAuditDate && counts.trainedBefore == 0 {
      notes.append(
        "No worker in the earlier round had attended the course by its audit date, so the "
          + "estimate is undefined; the cohort grouping compares the workers trained between "
          + "the rounds with those not trained.")
    }
    if counts.unknownWorker > 0 {
      notes.append(
        "\(Plural.count(counts.unknownWorker, "case")) without a recorded worker "
          + "\(counts.unknownWorker == 1 ? "was" : "were") left out.")
    }
    if counts.alreadyTrained > 0 {
      notes.append(
        "\(Plural.count(counts.alreadyTrained, "case")) of workers already trained by the "
          + "earlier round \(counts.alreadyTrained == 1 ? "was" : "were") left out.")
    }
    let fewest = min(clusters.trained, clusters.untrained)
    if fewest > 0 && fewest < Self.fewClusters {
      notes.append(
        "Only \(fewest == 1 ? "1 worker" : "\(fewest) workers") in one group: with fewer than "
          + "\(Self.fewClusters) workers a side, a difference could be those workers' own "
          + "habits, so no change is claimed.")
    }
    var comparison = TrainingComparison(
      course: training.course, grouping: roster.grouping, beforeDate: roster.beforeDate,
      afterDate: roster.afterDate, cases: counts, questions: effects, notes: notes)
    comparison.clusters = TrainingComparison.TrainingClusters(
      trained: clusters.trained, untrained: clusters.untrained)
    comparison.clusterBootstrap = TrainingComparison.ClusterBootstrapRecord(
      replicates: clusters.workers >= 2 ? clusters.replicates : 0,
      seed: String(Self.clusterSeed))
    return comparison
  }

  /// Below this many workers in a group no cluster interval or verdict is given: with so few
  /// clusters the bootstrap's interval is far too narrow (Cameron, Gelbach and Miller 2008
  /// find problems below 30 and failure below about 5).
  static let fewClusters = 5

  /// The seed of the cluster bootstrap, recorded in `clusterBootstrap`.
  static let clusterSeed: UInt64 = 20_270_321

  /// The cluster bootstrap of every criterion's difference-in-differences.
  ///
  /// Workers are resampled with replacement within their group, each bringing all their cases
  /// in both rounds (Field and Welsh 2007, "Bootstrapping clustered data", JRSS B 69:369–390;
  /// Cameron, Gelbach and Miller 2008). Cases of one worker are not independent — the same
  /// practitioner's recording habits run through them — and this interval allows for that
  /// where MOVER over case counts cannot.
  private func clusterIntervals(_ effects: [TrainingEffect]) -> (
    summaries: [Bootstrap.Summary], trained: Int, untrained: Int, workers: Int, replicates: Int
  ) {
    let groups = [
      earlier.trainedByWorker, later.trainedByWorker, earlier.untrainedByWorker,
      later.untrainedByWorker,
    ]
    let trainedWorkers = Set(groups[0].keys).union(groups[1].keys)
    let untrainedWorkers = Set(groups[2].keys).union(groups[3].keys)
    // Workers resampled within their group, trained first (a worker trained in either round
    // counts as trained), so every replicate keeps the design's group sizes.
    let everTrained = trainedWorkers.sorted()
    let neverTrained = untrainedWorkers.subtracting(trainedWorkers).sorted()
    let workers = everTrained + neverTrained
    let matches = engine.matches
    let replicates = workers.count <= 500 ? 999 : 199
    // counts[((worker · matches) + match) · 8 + cell · 2 + {0: acceptable, 1: judged}], the
    // cells in the order trained before, trained after, untrained before, untrained after.
    var counts = [Int](repeating: 0, count: workers.count * matches.count * 8)
    for (workerIndex, worker) in workers.enumerated() {
      for (matchIndex, match) in matches.enumerated() {
        let base = (workerIndex * matches.count + matchIndex) * 8
        for (cell, group) in groups.enumerated() {
          guard let tally = group[worker] else { continue }
          let question = tally.question(cell % 2 == 0 ? match.before : match.after)
          counts[base + cell * 2] = question.acceptable
          counts[base + cell * 2 + 1] = question.judged
        }
      }
    }
    let wanted = effects.map { $0.interval != nil }
    let summaries = Bootstrap.summaries(
      units: workers.count, replicates: replicates, seed: Self.clusterSeed,
      strata: [0..<everTrained.count, everTrained.count..<workers.count]
    ) { indices in
      var sums = [Int](repeating: 0, count: matches.count * 8)
      for worker in indices {
        let base = worker * matches.count * 8
        for offset in sums.indices { sums[offset] += counts[base + offset] }
      }
      return matches.indices.map { match -> Double? in
        guard wanted[match] else { return nil }
        let cell = sums[(match * 8)..<(match * 8 + 8)]
        var shares: [Double] = []
        for group in 0..<4 {
          let judged = cell[cell.startIndex + group * 2 + 1]
          guard judged > 0 else { return nil }
          shares.append(Double(cell[cell.startIndex + group * 2]) / Double(judged))
        }
        return (shares[1] - shares[0]) - (shares[3] - shares[2])
      }
    }
    return (
      summaries, trainedWorkers.count, untrainedWorkers.count, workers.count, replicates
    )
  }

  /// One criterion's difference-in-differences with its MOVER interval and flags.
  static func effect(
    id: String, trainedBefore: QuestionTally, trainedAfter: QuestionTally,
    untrainedBefore: QuestionTally, untrainedAfter: QuestionTally
  ) -> TrainingEffect {
    let groups = [
      ("trainedBefore", trainedBefore), ("trainedAfter", trainedAfter),
      ("untrainedBefore", untrainedBefore), ("untrainedAfter", untrainedAfter),
    ]
    var flags: [TrainingFlag] = []
    for (name, tally) in groups {
      if tally.judged == 0 {
        flags.append(TrainingFlag(flag: .emptyCell, group: name))
      } else if tally.judged < ProportionFinding.indicativeThreshold {
        flags.append(TrainingFlag(flag: .smallCell, group: name))
      }
    }
    func count(_ tally: QuestionTally) -> BinomialCount {
      BinomialCount(successes: tally.acceptable, trials: tally.judged)
    }
    // Zou & Donner (2008) MOVER over the four Wilson intervals — only when every group has
    // at least 10 judged cases: smaller cells are shown as counts alone, with no difference,
    // interval or verdict (a "1 of 5" cell cannot carry a claim).
    let interval =
      flags.isEmpty
      ? ProportionDifference.differenceInDifferences(
        firstBefore: count(trainedBefore), firstAfter: count(trainedAfter),
        secondBefore: count(untrainedBefore), secondAfter: count(untrainedAfter)) : nil
    func finding(_ tally: QuestionTally) -> ProportionFinding {
      ProportionFinding(count: tally.acceptable, n: tally.judged)
    }
    return TrainingEffect(
      id: id, trainedBefore: finding(trainedBefore), trainedAfter: finding(trainedAfter),
      untrainedBefore: finding(untrainedBefore), untrainedAfter: finding(untrainedAfter),
      differenceInDifferences: interval?.estimate, interval: interval,
      verdict: ComparisonVerdict(interval: interval), flags: flags)
  }

  /// Confirms or reduces each effect's verdict as the round comparison does.
  ///
  /// Holm runs over the criteria with an interval. Where the cluster bootstrap gave one, the verdict rests on the
  /// cluster interval and its Wald p (`clusterP`); otherwise on the MOVER interval, tested by
  /// its z statistic (the estimate over its standard error, taken from the interval's
  /// half-width on its side of zero).
  static func adjustTraining(_ effects: inout [TrainingEffect]) {
    let z = Normal.quantile(0.975)
    // An effect flagged for few workers is not tested: no verdict, and not in Holm's family.
    for index in effects.indices
    where effects[index].flags.contains(where: { $0.flag == .fewWorkers }) {
      effects[index].verdict = .noClearChange
    }
    let tested = effects.indices.filter {
      effects[$0].interval != nil && !effects[$0].flags.contains { $0.flag == .fewWorkers }
    }
    let pValues = tested.compactMap { index -> Double? in
      if let clusterP = effects[index].clusterP { return clusterP }
      guard let interval = effects[index].interval else { return nil }
      let halfWidth =
        interval.estimate >= 0
        ? interval.estimate - interval.lower : interval.upper - interval.estimate
      guard halfWidth > 0 else { return 1 }
      return min(1, 2 * Normal.cdf(-abs(interval.estimate) / (halfWidth / z)))
    }
    let adjusted = Holm.adjust(pValues) ?? []
    for (position, index) in tested.enumerated() {
      effects[index].verdict = ComparisonVerdict(
        interval: effects[index].clusterInterval ?? effects[index].interval,
        fisherP: pValues[position],
        holmP: adjusted[position])
    }
  }
}
