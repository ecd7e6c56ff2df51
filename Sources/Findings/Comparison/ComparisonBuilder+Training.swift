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
    let effects = engine.matches.map { match in
      Self.effect(
        id: engine.after.questions[match.after].id,
        trainedBefore: earlier.trained.question(match.before),
        trainedAfter: later.trained.question(match.after),
        untrainedBefore: earlier.untrained.question(match.before),
        untrainedAfter: later.untrained.question(match.after))
    }
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
    // Zou & Donner (2008) MOVER over the four Wilson intervals.
    let interval = ProportionDifference.differenceInDifferences(
      firstBefore: count(trainedBefore), firstAfter: count(trainedAfter),
      secondBefore: count(untrainedBefore), secondAfter: count(untrainedAfter))
    func finding(_ tally: QuestionTally) -> ProportionFinding {
      ProportionFinding(count: tally.acceptable, n: tally.judged)
    }
    return TrainingEffect(
      id: id, trainedBefore: finding(trainedBefore), trainedAfter: finding(trainedAfter),
      untrainedBefore: finding(untrainedBefore), untrainedAfter: finding(untrainedAfter),
      differenceInDifferences: interval?.estimate, interval: interval,
      verdict: ComparisonVerdict(interval: interval), flags: flags)
  }
}
