import AuditForms
import CaseList
import Findings
import Formats
import Statistics
import Testing

/// Difference-in-differences between trained and untrained workers' cases.
///
/// W1 attended the course between the rounds, W0 before the first round, W2 never. Before: W1's
/// 10 cases 3 acceptable, W2's 10 cases 4 acceptable, W0's 2 cases; after: W1's 10 cases 8
/// acceptable, W2's 10 cases 5 acceptable, and one case with no worker recorded.
@Suite struct TrainingComparisonTests {
  typealias Fixtures = FindingsFixtures
  let tool: AuditTool
  let roster: [TrainingRecord]
  let beforeDate = CalendarDate(year: 2027, month: 1, day: 31)
  let afterDate = CalendarDate(year: 2027, month: 6, day: 30)

  init() throws {
    tool = try Fixtures.tool()
    roster = [
      TrainingRecord(
        worker: "W1", course: "Neglect",
        date: try #require(CalendarDate(year: 2027, month: 3, day: 1))),
      TrainingRecord(
        worker: " W0 ", course: "Neglect",
        date: try #require(CalendarDate(year: 2026, month: 12, day: 1))),
      TrainingRecord(
        worker: "W2", course: "Another course",
        date: try #require(CalendarDate(year: 2027, month: 2, day: 1))),
    ]
  }

  private func cases(withEarlyTrained: Bool = true) -> (before: [AuditedCase], after: [AuditedCase])
  {
    func graded(_ first: Int, good: Int, of count: Int, worker: String?) -> [AuditedCase] {
      Fixtures.gradedCases(
        tool: tool, first: first,
        history: Fixtures.grades("good", good) + Fixtures.grades("inadequate", count - good),
        worker: worker)
    }
    var before =
      graded(1, good: 3, of: 10, worker: "W1") + graded(11, good: 4, of: 10, worker: "W2")
    if withEarlyTrained { before += graded(21, good: 1, of: 2, worker: "W0") }
    let after =
      graded(101, good: 8, of: 10, worker: "W1") + graded(111, good: 5, of: 10, worker: "W2")
      + graded(121, good: 1, of: 1, worker: nil)
    return (before, after)
  }

  private func compare(
    grouping: TrainingGrouping, withEarlyTrained: Bool = true
  ) throws -> TrainingComparison {
    let (before, after) = cases(withEarlyTrained: withEarlyTrained)
    let first = try #require(beforeDate)
    let last = try #require(afterDate)
    let comparison = RoundComparison.compute(
      before: (Fixtures.round("Baseline"), before), after: (Fixtures.round("Follow-up"), after),
      beforeTool: tool, afterTool: tool, training: roster, course: "Neglect", beforeDate: first,
      afterDate: last, grouping: grouping)
    return try #require(comparison.trainedWorkers)
  }

  @Test func theCohortDesignComparesWorkersTrainedBetweenTheRoundsWithTheUntrained() throws {
    let training = try compare(grouping: .cohort)
    #expect(
      training.cases
        == TrainingGroupCounts(
          trainedBefore: 10, untrainedBefore: 10, trainedAfter: 10, untrainedAfter: 10,
          unknownWorker: 1, alreadyTrained: 2))
    let history = try #require(training.questions.first { $0.id == "q.history" })
    #expect(history.trainedBefore == ProportionFinding(count: 3, n: 10))
    #expect(history.trainedAfter == ProportionFinding(count: 8, n: 10))
    #expect(history.untrainedBefore == ProportionFinding(count: 4, n: 10))
    #expect(history.untrainedAfter == ProportionFinding(count: 5, n: 10))
    // (0.8 − 0.3) − (0.5 − 0.4) = 0.4, with Statistics' MOVER interval.
    let expected = try #require(
      ProportionDifference.differenceInDifferences(
        firstBefore: BinomialCount(successes: 3, trials: 10),
        firstAfter: BinomialCount(successes: 8, trials: 10),
        secondBefore: BinomialCount(successes: 4, trials: 10),
        secondAfter: BinomialCount(successes: 5, trials: 10)))
    #expect(history.differenceInDifferences.map { abs($0 - 0.4) < 1e-12 } == true)
    #expect(history.interval == expected)
    // One worker a side: the difference could be W1's and W2's own habits, so no cluster
    // interval and no claim, however wide the gap.
    #expect(training.clusters == TrainingComparison.TrainingClusters(trained: 1, untrained: 1))
    #expect(history.clusterInterval == nil)
    #expect(history.verdict == .noClearChange)
    #expect(
      history.flags == [
        TrainingFlag(flag: .fewWorkers, group: "trained"),
        TrainingFlag(flag: .fewWorkers, group: "untrained"),
      ])
    #expect(training.notes.contains { $0.contains("fewer than 5 workers a side") })
    #expect(training.notes.contains { $0.contains("1 case without a recorded worker was") })
    #expect(training.notes.contains { $0.contains("2 cases of workers already trained") })
  }

  @Test func atTheAuditDateEachRoundIsSplitByWhoHadAttendedByThen() throws {
    let training = try compare(grouping: .atAuditDate)
    // Before: only W0 had attended (2 cases); after: W1 had (W0 has no cases then).
    #expect(training.cases.trainedBefore == 2)
    #expect(training.cases.untrainedBefore == 20)
    #expect(training.cases.trainedAfter == 10)
    #expect(training.cases.untrainedAfter == 10)
    let history = try #require(training.questions.first { $0.id == "q.history" })
    #expect(history.trainedBefore == ProportionFinding(count: 1, n: 2))
    #expect(history.flags == [TrainingFlag(flag: .smallCell, group: "trainedBefore")])
    // A cell under 10 cases: counts only — no difference, interval or claimed change.
    #expect(history.differenceInDifferences == nil)
    #expect(history.interval == nil)
    #expect(history.verdict == .noClearChange)
  }

  @Test func anEmptyGroupLeavesTheEstimateUndefinedAndSaysWhy() throws {
    let training = try compare(grouping: .atAuditDate, withEarlyTrained: false)
    let history = try #require(training.questions.first { $0.id == "q.history" })
    #expect(history.differenceInDifferences == nil)
    #expect(history.interval == nil)
    #expect(history.verdict == .noClearChange)
    #expect(history.flags.contains(TrainingFlag(flag: .emptyCell, group: "trainedBefore")))
    #expect(training.notes.contains { $0.contains("cohort grouping") })
    // A question nobody answered is empty in every group.
    let plan = try #require(training.questions.first { $0.id == "q.plan" })
    #expect(plan.flags.count == 4)
  }
}
