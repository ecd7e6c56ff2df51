import AuditForms
import CaseList
import Findings
import Statistics
import Testing

/// Before/after comparisons on hand-made rounds, checked against Statistics directly.
@Suite struct RoundComparisonTests {
  typealias Fixtures = FindingsFixtures
  let tool: AuditTool

  init() throws {
    tool = try Fixtures.tool()
  }

  /// Before: history acceptable in 10 of 40, overall in 30 of 40; after: 30 of 40 and 10 of 40.
  private func rounds() -> (before: [AuditedCase], after: [AuditedCase]) {
    let before = Fixtures.gradedCases(
      tool: tool, history: Fixtures.grades("good", 10) + Fixtures.grades("inadequate", 30),
      overall: Fixtures.grades("good", 30) + Fixtures.grades("inadequate", 10))
    let after = Fixtures.gradedCases(
      tool: tool, first: 101,
      history: Fixtures.grades("good", 30) + Fixtures.grades("inadequate", 10),
      overall: Fixtures.grades("good", 10) + Fixtures.grades("inadequate", 30))
    return (before, after)
  }

  private func compare(
    _ before: [AuditedCase], _ after: [AuditedCase], beforeTool: AuditTool? = nil,
    afterTool: AuditTool? = nil, beforeSample: String = "stratified by stage",
    afterSample: String = "stratified by stage", within: BreakdownDimension? = nil
  ) -> RoundComparison {
    RoundComparison.compute(
      before: (Fixtures.round("Baseline", sample: beforeSample), before),
      after: (Fixtures.round("Follow-up", sample: afterSample), after),
      beforeTool: beforeTool ?? tool, afterTool: afterTool ?? tool, within: within)
  }

  @Test func aClearRiseIsAnImprovementWithStatisticsOwnFigures() throws {
    let (before, after) = rounds()
    let comparison = compare(before, after)
    let history = try #require(comparison.questions.first { $0.id == "q.history" })
    #expect(history.before == ProportionFinding(count: 10, n: 40))
    #expect(history.after == ProportionFinding(count: 30, n: 40))
    #expect(history.difference == 0.5)
    let newcombe = try #require(
      ProportionDifference.newcombeInterval(
        BinomialCount(successes: 30, trials: 40), BinomialCount(successes: 10, trials: 40)))
    #expect(history.interval == newcombe)
    #expect(history.fisherP == FisherExact.test(a: 30, b: 10, c: 10, d: 30)?.twoSided)
    // Merits: good is 2 levels above inadequate (0).
    let afterMerits = [Int](repeating: 2, count: 30) + [Int](repeating: 0, count: 10)
    let beforeMerits = [Int](repeating: 2, count: 10) + [Int](repeating: 0, count: 30)
    let mannWhitney = try #require(MannWhitney.test(afterMerits, beforeMerits))
    #expect(history.mannWhitneyU == mannWhitney.u)
    #expect(history.mannWhitneyP == mannWhitney.pValue)
    #expect(history.mannWhitneyMethod == "normalApproximation")
    // (30·30 − 10·10)/1600: after tends to be better.
    #expect(history.cliffsDelta == 0.5)
    #expect(history.verdict == .improved)
    #expect(history.caveat == nil)
    let mdd = try SampleSize.minimumDetectableDifference(n1: 40, n2: 40, baseline: 0.25)
    #expect(history.minimumDetectableDifference == mdd)
    #expect(!history.indicativeOnly)
  }

  @Test func aClearFallIsWorseAndHolmAdjustsAcrossTheQuestionsCompared() throws {
    let (before, after) = rounds()
    let comparison = compare(before, after)
    let overall = try #require(comparison.questions.first { $0.id == "q.overall" })
    #expect(overall.verdict == .worsened)
    #expect(overall.cliffsDelta == -0.5)
    // Only history and overall have cases in both rounds, so Holm doubles the smaller p.
    let tested = comparison.questions.compactMap(\.fisherP)
    #expect(tested.count == 2)
    let adjusted = try #require(Holm.adjust(tested))
    #expect(comparison.questions.compactMap(\.holmP) == adjusted)
    let plan = try #require(comparison.questions.first { $0.id == "q.plan" })
    #expect(plan.interval == nil)
    #expect(plan.verdict == .noClearChange)
    #expect(plan.holmP == nil)
  }

  @Test func themesCompareTheShareAcceptableThroughout() throws {
    let (before, after) = rounds()
    let comparison = compare(before, after)
    let history = try #require(comparison.themes.first { $0.id == "history" })
    #expect(history.before == ProportionFinding(count: 10, n: 40))
    #expect(history.after == ProportionFinding(count: 30, n: 40))
    #expect(history.verdict == .improved)
    #expect(!history.compositionChanged)
  }

  @Test func aChangeThatHolmDoesNotConfirmIsAPossibleChangeWithItsCaveat() {
    let interval = ConfidenceInterval(estimate: 0.2, lower: 0.02, upper: 0.38)
    let possible = ComparisonVerdict(interval: interval, fisherP: 0.02, holmP: 0.4)
    #expect(possible == .possibleChange)
    #expect(
      possible.caveat(familySize: 33)
        == "possible change — not confirmed after adjusting for 33 comparisons (Holm)")
    #expect(ComparisonVerdict(interval: interval, fisherP: 0.02, holmP: 0.01) == .improved)
    // The interval excludes zero but Fisher does not agree: possible, never confirmed.
    #expect(ComparisonVerdict(interval: interval, fisherP: 0.07, holmP: 0.07) == .possibleChange)
    let spanning = ConfidenceInterval(estimate: 0.1, lower: -0.02, upper: 0.3)
    #expect(ComparisonVerdict(interval: spanning, fisherP: 0.04, holmP: 0.04) == .possibleChange)
    #expect(ComparisonVerdict(interval: spanning, fisherP: 0.3, holmP: 0.9) == .noClearChange)
    #expect(ComparisonVerdict.improved.caveat(familySize: 5) == nil)
    #expect(ComparisonVerdict.noClearChange.caveat(familySize: 5) == nil)
  }

  @Test(arguments: [
    (lower: 0.01, upper: 0.2, verdict: ComparisonVerdict.improved),
    (lower: -0.3, upper: -0.001, verdict: .worsened),
    (lower: -0.1, upper: 0.3, verdict: .noClearChange),
    (lower: 0, upper: 0.3, verdict: .noClearChange),
  ])
  func theVerdictFollowsTheInterval(lower: Double, upper: Double, verdict: ComparisonVerdict) {
    let interval = ConfidenceInterval(estimate: (lower + upper) / 2, lower: lower, upper: upper)
    #expect(ComparisonVerdict(interval: interval) == verdict)
    #expect(ComparisonVerdict(interval: nil) == .noClearChange)
  }

  private func codes(_ comparison: RoundComparison) -> [ComparisonWarning.Code] {
    comparison.warnings.map(\.code)
  }

  @Test func comparableRoundsRaiseNoWarnings() {
    let (before, after) = rounds()
    #expect(compare(before, after).warnings.isEmpty)
  }

  @Test func differentToolsAndVersionsAreWarnedAbout() throws {
    let (before, after) = rounds()
    let newer = try Fixtures.tool(version: "1.1.0")
    #expect(codes(compare(before, after, afterTool: newer)) == [.differentToolVersion])
    let other = try Fixtures.tool(id: "other-tool")
    #expect(codes(compare(before, after, afterTool: other)) == [.differentTool])
  }

  @Test func differentSamplingIsWarnedAbout() {
    let (before, after) = rounds()
    let comparison = compare(before, after, afterSample: "child protection only")
    #expect(codes(comparison) == [.differentSampling])
    #expect(comparison.warnings.first?.message.contains("child protection only") == true)
  }

  @Test func aDifferentCaseMixIsWarnedAbout() throws {
    let before = Fixtures.gradedCases(
      tool: tool, history: Fixtures.grades("good", 40), stage: .childInNeed)
    let after =
      Fixtures.gradedCases(
        tool: tool, first: 101, history: Fixtures.grades("good", 30), stage: .childProtection)
      + Fixtures.gradedCases(
        tool: tool, first: 201, history: Fixtures.grades("good", 10), stage: .childInNeed)
    let comparison = compare(before, after)
    #expect(codes(comparison) == [.caseMixDiffers])
    let test = try #require(comparison.caseMix)
    let expected = try #require(ChiSquare.independenceTest([[40, 0], [10, 30]]))
    #expect(abs(test.statistic - expected.statistic) < 1e-9)
    #expect(test.degreesOfFreedom == 1)
    #expect(comparison.before.stages == ["childInNeed": 40])
  }

  @Test func smallSamplesAndSmallExpectedCountsAreWarnedAbout() {
    let before = Fixtures.gradedCases(
      tool: tool, history: Fixtures.grades("good", 4), stage: .childInNeed)
    let after = Fixtures.gradedCases(
      tool: tool, first: 101, history: Fixtures.grades("good", 4), stage: .childProtection)
    let warnings = codes(compare(before, after))
    #expect(warnings.contains(.smallSample))
    #expect(warnings.contains(.caseMixApproximate))
    let history = compare(before, after).questions.first { $0.id == "q.history" }
    #expect(history?.indicativeOnly == true)
  }

  @Test func anEmptyRoundIsWarnedAbout() {
    let (before, _) = rounds()
    let comparison = compare(before, [])
    #expect(codes(comparison).contains(.noCases))
    #expect(comparison.questions.allSatisfy { $0.verdict == .noClearChange && $0.interval == nil })
  }

  @Test func casesAuditedInBothRoundsAreWarnedAbout() {
    let (before, _) = rounds()
    let again = Fixtures.gradedCases(tool: tool, first: 1, history: Fixtures.grades("good", 40))
    let comparison = compare(before, again)
    #expect(codes(comparison) == [.overlappingCases])
    #expect(comparison.warnings.first?.message.hasPrefix("40 cases were") == true)
  }

  @Test func questionsOnlyInOneToolOrOnAnotherScaleAreNotCompared() throws {
    let extra = #"""
      ,
      {"id": "q.extra", "type": "grade", "scale": "ofsted4", "text": "Extra?", "themes": ["history"]}
      """#
    let changed = #"""
      ,
      {"id": "q.extra", "type": "grade", "scale": "yesPartlyNo", "text": "Extra?", "themes": ["history"]}
      """#
    let (before, after) = rounds()
    let onlyAfter = compare(
      before, after, afterTool: try Fixtures.tool(extraQuestion: extra))
    #expect(onlyAfter.unmatchedQuestions == [UnmatchedQuestion(id: "q.extra", reason: .onlyAfter)])
    #expect(codes(onlyAfter) == [.questionsNotCompared, .themeCompositionChanged])
    #expect(onlyAfter.themes.first { $0.id == "history" }?.compositionChanged == true)
    let onlyBefore = compare(
      before, after, beforeTool: try Fixtures.tool(extraQuestion: extra))
    #expect(
      onlyBefore.unmatchedQuestions == [UnmatchedQuestion(id: "q.extra", reason: .onlyBefore)])
    let rescaled = compare(
      before, after, beforeTool: try Fixtures.tool(extraQuestion: extra),
      afterTool: try Fixtures.tool(extraQuestion: changed))
    #expect(
      rescaled.unmatchedQuestions == [UnmatchedQuestion(id: "q.extra", reason: .scaleChanged)])
    #expect(!rescaled.questions.contains { $0.id == "q.extra" })
  }

  @Test func comparingFindingsGivesTheSameAsComparingCases() throws {
    var generator = SeededCases(tool: tool, seed: 77)
    let before = generator.cases(300, shift: 1)
    let after = generator.cases(250, first: 1_000, shift: -1)
    let fromCases = compare(before, after)
    let fromFindings = RoundComparison.compute(
      before: (
        Fixtures.round("Baseline"),
        RoundFindings.compute(tool: tool, round: Fixtures.round("Baseline"), cases: before)
      ),
      after: (
        Fixtures.round("Follow-up"),
        RoundFindings.compute(tool: tool, round: Fixtures.round("Follow-up"), cases: after)
      ), beforeTool: tool, afterTool: tool, overlappingCases: 0)
    #expect(fromFindings == fromCases)
    #expect(!fromCases.questions.isEmpty)
  }

  @Test func withinStageComparesStageByStageAndWithholdsSmallStrata() throws {
    func round(first: Int, goodShare: Int) -> [AuditedCase] {
      Fixtures.gradedCases(
        tool: tool, first: first, history: Fixtures.grades("good", 2), stage: .earlyHelp)
        + Fixtures.gradedCases(
          tool: tool, first: first + 10,
          history: Fixtures.grades("good", goodShare)
            + Fixtures.grades("inadequate", 15 - goodShare),
          stage: .childInNeed)
        + Fixtures.gradedCases(
          tool: tool, first: first + 50,
          history: Fixtures.grades("good", goodShare)
            + Fixtures.grades("inadequate", 20 - goodShare),
          stage: .childProtection)
    }
    let comparison = compare(
      round(first: 1, goodShare: 3), round(first: 1001, goodShare: 12), within: .stage)
    #expect(comparison.within == .stage)
    #expect(comparison.strata.map(\.value) == ["earlyHelp", "childInNeed", "childProtection"])
    // Early help (2 cases) is withheld, and child in need with it (the smaller of the others).
    #expect(comparison.strata.map(\.suppression) == [.belowMinimum, .complementary, nil])
    #expect(comparison.strata.map(\.beforeCases) == [nil, nil, 20])
    let protection = comparison.strata[2]
    let history = try #require(protection.questions.first { $0.id == "q.history" })
    #expect(history.before == ProportionFinding(count: 3, n: 20))
    #expect(history.after == ProportionFinding(count: 12, n: 20))
    #expect(comparison.strata[0].questions.isEmpty)
  }
}
