import AuditForms
import Findings
import Statistics
import Testing

/// Findings weight each case by 1 / its inclusion probability when the draw's probabilities
/// differ, and carry the weighted estimate beside the unweighted count; equal weights add
/// nothing.
struct WeightedFindingsTests {
  typealias Fixtures = FindingsFixtures
  let tool: AuditTool

  init() throws {
    tool = try Fixtures.tool()
  }

  /// Ten oversampled cases (probability 1/2, all good) and thirty others (probability 1/30,
  /// a third good): the sample says 20 of 40, the population 10·2 + 10·30 good of 20 + 900.
  private func cases(equalWeights: Bool) -> [AuditedCase] {
    var cases = Fixtures.gradedCases(
      tool: tool,
      history: Fixtures.grades("good", 10) + Fixtures.grades("good", 10)
        + Fixtures.grades("inadequate", 20))
    for index in cases.indices {
      cases[index].weight = equalWeights ? 5 : (index < 10 ? 2 : 30)
    }
    return cases
  }

  @Test func unequalWeightsGiveTheHajekEstimateBesideTheCount() throws {
    let findings = RoundFindings.compute(
      tool: tool, round: Fixtures.round(), cases: cases(equalWeights: false))
    let history = try #require(findings.question("q.history"))
    #expect(history.acceptable?.count == 20)
    #expect(history.acceptable?.n == 40)
    let weighted = try #require(history.weightedAcceptable)
    // (10·2 + 10·30) / (10·2 + 30·30) = 320 / 920.
    #expect(abs(weighted.estimate - 320.0 / 920.0) < 1e-12)
    // Kish: 920² / (10·4 + 30·900) = 846400 / 27040.
    #expect(abs(weighted.effectiveN - 846_400.0 / 27_040.0) < 1e-9)
  }

  @Test func equalWeightsAddNoWeightedEstimate() throws {
    let findings = RoundFindings.compute(
      tool: tool, round: Fixtures.round(), cases: cases(equalWeights: true))
    #expect(findings.question("q.history")?.weightedAcceptable == nil)
  }
}
