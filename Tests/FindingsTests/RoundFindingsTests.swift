import AuditForms
import CaseList
import Findings
import Testing

/// The twelve-case round (see `TwelveCaseRound`), every figure computed by hand.
@Suite struct RoundFindingsTests {
  let tool: AuditTool
  let findings: RoundFindings

  init() throws {
    tool = try FindingsFixtures.tool()
    findings = RoundFindings.compute(
      tool: tool, round: FindingsFixtures.round(), cases: TwelveCaseRound.cases(tool: tool))
  }

  @Test func moderatedAnswersAreUsedWhereTheyExistAndDraftsNever() {
    // Cases 4 and 8 moderated; 1–3, 5–7, 11 and 12 their primary auditor's; 9 (draft only)
    // and 10 (primary still in draft) not audited.
    #expect(findings.cases == 10)
    #expect(findings.moderatedCases == 2)
    #expect(findings.primaryCases == 8)
    #expect(findings.notAudited == 2)
    #expect(findings.source == .mixed)
    #expect(findings.dataQuality.sampledCases == 12)
    #expect(findings.dataQuality.noFinalResponse == 1)
    #expect(findings.dataQuality.primaryNotFinal == 1)
    #expect(findings.dataQuality.unknownQuestionAnswers == 1)
    #expect(findings.indicativeOnly == false)
    #expect(
      findings.stages == [
        "childInNeed": 4, "childProtection": 3, "earlyHelp": 1, "lookedAfter": 1, "referral": 1,
      ])
  }

  @Test func aGradeQuestionCountsItsLevelsAndLeavesNotApplicableOutOfTheDenominator() throws {
    let history = try #require(findings.question("q.history"))
    #expect(history.applicable == 10)
    #expect(history.answered == 10)
    #expect(history.notApplicable == 1)
    #expect(
      history.levels == ["outstanding": 1, "good": 4, "requiresImprovement": 2, "inadequate": 2])
    #expect(history.distribution.map(\.code) == tool.question("q.history")?.type.codes)
    #expect(history.acceptable == ProportionFinding(count: 5, n: 9))
    #expect(history.median == "good")
    #expect(history.indicativeOnly)
    #expect(history.type == "grade")
  }

  @Test func aConditionalQuestionCountsOnlyTheCasesItWasAskedIn() throws {
    // Asked where history was below good: cases 2, 3, 7 and 11; the answer left on case 8
    // (history good) is ignored, and case 6 (history N/A) is not asked.
    let voice = try #require(findings.question("q.voice"))
    #expect(voice.applicable == 4)
    #expect(voice.answered == 4)
    #expect(voice.levels == ["yes": 1, "partly": 1, "no": 2])
    #expect(voice.acceptable == ProportionFinding(count: 1, n: 4))
    #expect(voice.median == "partly")
    let quality = try #require(findings.dataQuality.questions.first { $0.id == "q.voice" })
    #expect(quality.answeredNotAsked == 1)
  }

  @Test func aStageLimitedQuestionCountsOnlyItsStages() throws {
    let plan = try #require(findings.question("q.plan"))
    #expect(plan.applicable == 7)
    #expect(
      plan.levels == ["outstanding": 0, "good": 4, "requiresImprovement": 1, "inadequate": 2])
    #expect(plan.acceptable == ProportionFinding(count: 4, n: 7))
    #expect(plan.median == "good")
    let quality = try #require(findings.dataQuality.questions.first { $0.id == "q.plan" })
    #expect(quality.answeredNotAsked == 1)
  }

  @Test func notNeededChallengeIsLeftOutOfTheAcceptableDenominator() throws {
    let challenge = try #require(findings.question("q.challenge"))
    #expect(challenge.answered == 10)
    #expect(
      challenge.levels == [
        "effective": 3, "notNeeded": 2, "escalatedNotActioned": 1, "none": 3,
      ])
    #expect(challenge.excluded == 2)
    // 10 answered − 1 unknown code ("superb") − 2 not needed = 7 judged, 3 effective.
    #expect(challenge.acceptable == ProportionFinding(count: 3, n: 7))
    #expect(challenge.median == "escalatedNotActioned")
    let quality = try #require(findings.dataQuality.questions.first { $0.id == "q.challenge" })
    #expect(quality.invalid == 1)
    #expect(quality.excluded == 2)
  }

  @Test func multiChoiceAndNumberQuestionsAreSummarised() throws {
    let types = try #require(findings.question("q.types"))
    #expect(types.applicable == 10)
    #expect(types.answered == 9)
    #expect(
      types.levels == [
        "physical": 5, "emotional": 3, "medical": 1, "educational": 0, "nutritional": 1,
        "supervision": 1,
      ])
    #expect(types.acceptable == nil)
    #expect(types.median == nil)
    let workers = try #require(findings.question("q.workers"))
    let numbers = try #require(workers.numbers)
    #expect(numbers.n == 9)
    #expect(abs(numbers.mean - 30.0 / 9.0) < 1e-12)
    #expect(numbers.median == 3)
    #expect(numbers.min == 0)
    #expect(numbers.max == 7)
    let quality = try #require(findings.dataQuality.questions.first { $0.id == "q.workers" })
    #expect(quality.missing == 1)
  }

  @Test func themesCountCasesWithAnyGradeBelowAcceptable() throws {
    // Family history: history, plan and challenge; below in cases 2, 3, 5, 6, 7, 8 and 11.
    let history = try #require(findings.theme("history"))
    #expect(history.questions == ["q.history", "q.plan", "q.challenge"])
    #expect(history.belowAcceptable == ProportionFinding(count: 7, n: 10))
    // Voice: voice and plan; judged in 1, 2, 3, 4, 6, 7, 8, 11; below in 2, 3, 6, 11.
    let voice = try #require(findings.theme("voice"))
    #expect(voice.belowAcceptable == ProportionFinding(count: 4, n: 8))
    #expect(voice.indicativeOnly)
  }

  @Test func theOverallJudgementIsDistributedOverTheGradedCases() throws {
    let overall = try #require(findings.overall)
    #expect(overall.questionID == "q.overall")
    #expect(overall.levels.map(\.share.count) == [1, 4, 3, 2])
    #expect(overall.levels.allSatisfy { $0.share.n == 10 })
    #expect(overall.acceptable == ProportionFinding(count: 5, n: 10))
    #expect(overall.median == "good")
  }

  @Test func theReferenceIsSetBesideTheSameAnswersHere() throws {
    let reference = try #require(findings.question("q.history")?.reference)
    #expect(reference.direction == .belowAcceptable)
    #expect(reference.local == ProportionFinding(count: 4, n: 9))
    #expect(reference.proportion == 0.45)
    #expect(
      reference.text
        == "Published figure: 45% (Synthetic report (2020), para 1): Nearly half lacked family "
        + "history. The same answers here: 4 of 9 cases (44%, 95% CI 19–73%; indicative only).")
  }

  @Test func anEmptyRoundHasNoSourceAndNoPercentages() throws {
    let empty = RoundFindings.compute(tool: tool, round: FindingsFixtures.round(), cases: [])
    #expect(empty.source == FindingSource.none)
    #expect(empty.cases == 0)
    #expect(empty.keyFindings.isEmpty)
    let history = try #require(empty.question("q.history"))
    #expect(history.acceptable?.proportion == nil)
    #expect(empty.indicativeOnly)
  }

  @Test(arguments: [
    (moderated: 3, primary: 0, source: FindingSource.moderated),
    (moderated: 0, primary: 2, source: .primary),
    (moderated: 1, primary: 1, source: .mixed),
    (moderated: 0, primary: 0, source: .none),
  ])
  func theSourceSaysWhoseAnswersWereUsed(
    moderated: Int, primary: Int, source: FindingSource
  ) {
    #expect(FindingSource(moderatedCases: moderated, primaryCases: primary) == source)
  }
}
