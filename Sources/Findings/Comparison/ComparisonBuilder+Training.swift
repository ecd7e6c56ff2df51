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
      notes.append("\(counts.unknownWorker) case(s) without a recorded worker were left out.")
    }
    if counts.alreadyTrained > 0 {
      notes.append(
        "\(counts.alreadyTrained) case(s) of workers already trained by the earlier round "
          + "were left out.")
    }
    return TrainingComparison(
      course: training.course, grouping: roster.grouping, beforeDate: roster.beforeDate,
      afterDate: roster.afterDate, cases: counts, questions: effects, notes: notes)
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

  /// Confirms or reduces each effect's verdict as the round comparison does: Holm over the
  /// criteria with an interval, each tested by the z statistic of its MOVER interval (the
  /// estimate over its standard error, taken from the interval's half-width on its side of
  /// zero).
  static func adjustTraining(_ effects: inout [TrainingEffect]) {
    let z = Normal.quantile(0.975)
    let tested = effects.indices.filter { effects[$0].interval != nil }
    let pValues = tested.compactMap { index -> Double? in
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
        interval: effects[index].interval, fisherP: pValues[position],
        holmP: adjusted[position])
    }
  }
}
