import AuditForms
import CaseList
import Findings
import Formats
import Statistics
import Testing

/// The cohort design and its cluster-robust interval against simulated audits with a known
/// training effect.
///
/// Each simulated partnership has 25 workers trained between the rounds and 25 not, 4 cases
/// each per round. A case is acceptable with probability base + u + v: u is the worker's own
/// habit (uniform ±0.15, the same in both rounds), v the worker's habit that round (uniform
/// ±0.10), so cases cluster within workers. The base is 0.40 before for everyone, 0.50 after
/// for the untrained and 0.50 + δ after for the trained: the true difference in differences is
/// δ exactly, on the probability scale.
@Suite struct TrainingSimulationTests {
  typealias Fixtures = FindingsFixtures

  struct Outcome {
    var estimate: Double
    var cluster: ConfidenceInterval
    var verdict: ComparisonVerdict
  }

  static func simulate(effect: Double, seed: UInt64, tool: AuditTool) throws -> Outcome {
    let beforeDate = try #require(CalendarDate(year: 2027, month: 1, day: 31))
    let afterDate = try #require(CalendarDate(year: 2027, month: 6, day: 30))
    let trainingDate = try #require(CalendarDate(year: 2027, month: 3, day: 1))
    var random = Xoshiro256StarStar(seed: seed)
    func uniform(_ half: Double) -> Double { (random.unitDouble() * 2 - 1) * half }
    var before: [AuditedCase] = []
    var after: [AuditedCase] = []
    var roster: [TrainingRecord] = []
    var number = 0
    for worker in 0..<50 {
      let name = "W\(worker)"
      let trained = worker < 25
      if trained {
        roster.append(
          TrainingRecord(
            worker: name, course: "Neglect",
            date: trainingDate))
      }
      let habit = uniform(0.15)
      for round in 0..<2 {
        let base = round == 0 ? 0.40 : 0.50 + (trained ? effect : 0)
        let p = base + habit + uniform(0.10)
        for _ in 0..<4 {
          number += 1
          let grade = random.unitDouble() < p ? "good" : "inadequate"
          let audited = Fixtures.gradedCases(
            tool: tool, first: number, history: [grade], worker: name)
          if round == 0 { before += audited } else { after += audited }
        }
      }
    }
    let comparison = RoundComparison.compute(
      before: (Fixtures.round("Baseline"), before), after: (Fixtures.round("Follow-up"), after),
      beforeTool: tool, afterTool: tool, training: roster, course: "Neglect",
      beforeDate: beforeDate, afterDate: afterDate, grouping: .cohort)
    let training = try #require(comparison.trainedWorkers)
    #expect(training.cases.trainedBefore == 100 && training.cases.untrainedAfter == 100)
    #expect(training.clusters == TrainingComparison.TrainingClusters(trained: 25, untrained: 25))
    #expect(training.grouping == .cohort)
    let history = try #require(training.questions.first { $0.id == "q.history" })
    return Outcome(
      estimate: try #require(history.differenceInDifferences),
      cluster: try #require(history.clusterInterval), verdict: history.verdict)
  }

  /// 150 simulated partnerships with δ = 0.20: the estimate is unbiased and the cluster
  /// interval covers δ in at least 90% of them (the nominal 95% less three standard errors of
  /// a coverage estimated from 150 runs, 1.8 points each).
  @Test func theClusterIntervalCoversAKnownTrainingEffect() throws {
    let tool = try Fixtures.tool()
    let runs = 150
    var covered = 0
    var total = 0.0
    for run in 0..<runs {
      let outcome = try Self.simulate(effect: 0.20, seed: 7_000 + UInt64(run), tool: tool)
      total += outcome.estimate
      if outcome.cluster.contains(0.20) { covered += 1 }
    }
    let coverage = Double(covered) / Double(runs)
    #expect(coverage >= 0.90, "cluster interval covered δ in \(covered) of \(runs) runs")
    #expect(abs(total / Double(runs) - 0.20) < 0.02, "mean estimate \(total / Double(runs))")
  }

  /// With no effect (δ = 0), a change is claimed in at most 8% of 150 runs (5% nominal plus
  /// about two standard errors).
  @Test func withNoEffectAChangeIsRarelyClaimed() throws {
    let tool = try Fixtures.tool()
    let runs = 150
    var claimed = 0
    for run in 0..<runs {
      let outcome = try Self.simulate(effect: 0, seed: 9_000 + UInt64(run), tool: tool)
      if outcome.verdict.isConfirmed { claimed += 1 }
    }
    #expect(Double(claimed) / Double(runs) <= 0.08, "claimed in \(claimed) of \(runs)")
  }
}
