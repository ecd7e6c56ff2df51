import Findings
import Statistics
import Testing

@Suite struct ProportionFindingTests {
  @Test func theIssuesWorkedExampleReadsAsPublished() {
    // CaseAudit's own example sentence, whose Wilson interval (0.307–0.602) is the textbook value
    // for 18/40 (Newcombe 1998, method 3).
    let finding = ProportionFinding(count: 18, n: 40)
    #expect(finding.phrase == "18 of 40 cases (45%, 95% CI 31–60%)")
    #expect(!finding.isIndicativeOnly)
    let interval = finding.interval
    #expect(interval.map { abs($0.lower - 0.307) < 0.0005 } == true)
    #expect(interval.map { abs($0.upper - 0.602) < 0.0005 } == true)
  }

  @Test func smallSamplesAreFlaggedNotHidden() {
    let finding = ProportionFinding(count: 3, n: 7)
    #expect(finding.isIndicativeOnly)
    #expect(finding.phrase.hasSuffix("; indicative only)"))
    #expect(finding.phrase.hasPrefix("3 of 7 cases (43%"))
  }

  @Test func anEmptyDenominatorHasNoPercentage() {
    let finding = ProportionFinding(count: 0, n: 0)
    #expect(finding.proportion == nil)
    #expect(finding.interval == nil)
    #expect(finding.phrase == "no cases (0 of 0)")
  }

  @Test func intervalsAlwaysContainTheEstimate() {
    var generator = Xoshiro256StarStar(seed: 2027)
    for _ in 0..<2_000 {
      let n = 1 + generator.uniform(below: 200)
      let count = generator.uniform(below: n + 1)
      let finding = ProportionFinding(count: count, n: n)
      guard let proportion = finding.proportion, let interval = finding.interval else {
        Issue.record("n > 0 must give a proportion and an interval")
        return
      }
      #expect(interval.lower <= proportion && proportion <= interval.upper)
      #expect(0 <= interval.lower && interval.upper <= 1)
    }
  }
}
