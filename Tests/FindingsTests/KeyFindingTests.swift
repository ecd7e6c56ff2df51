import AuditForms
import Findings
import Testing

/// Key findings of the twelve-case round: which criteria and themes, the exact sentences, the
/// evidence under pseudonyms and the reference beside.
@Suite struct KeyFindingTests {
  let findings: RoundFindings

  init() throws {
    let tool = try FindingsFixtures.tool()
    findings = RoundFindings.compute(
      tool: tool, round: FindingsFixtures.round(), cases: TwelveCaseRound.cases(tool: tool))
  }

  private func keyFindings(_ kind: KeyFinding.Kind) -> [KeyFinding] {
    findings.keyFindings.filter { $0.kind == kind }
  }

  @Test func criteriaJudgedInFewerThanFiveCasesAreLeftOut() {
    // q.voice rests on 4 cases; the four eligible split two and two.
    #expect(!findings.keyFindings.contains { $0.id == "q.voice" })
    #expect(keyFindings(.weakestCriterion).map(\.id) == ["q.challenge", "q.overall"])
    #expect(keyFindings(.strongestCriterion).map(\.id) == ["q.plan", "q.history"])
    #expect(keyFindings(.weakestTheme).map(\.id) == ["history"])
    #expect(keyFindings(.strongestTheme).map(\.id) == ["voice"])
  }

  @Test func theSentencesStateCountDenominatorPercentageAndInterval() {
    #expect(
      findings.keyFindings.map(\.text) == [
        "In 4 of 7 cases (57%, 95% CI 25–84%; indicative only) practice was rated below "
          + "“Effective” for: Was professional challenge effective?",
        "In 5 of 10 cases (50%, 95% CI 24–76%) practice was rated below “Good” for: Overall "
          + "judgement?",
        "In 4 of 7 cases (57%, 95% CI 25–84%; indicative only) practice was rated “Good” or "
          + "better for: How good was the plan?",
        "In 5 of 9 cases (56%, 95% CI 27–81%; indicative only) practice was rated “Good” or "
          + "better for: How well did the assessment take account of family history?",
        "In 7 of 10 cases (70%, 95% CI 40–89%) at least one criterion under “Family history” "
          + "was rated below acceptable",
        "In 4 of 8 cases (50%, 95% CI 22–78%; indicative only) every criterion judged under "
          + "“Voice of the child” was rated acceptable",
      ])
    #expect(findings.keyFindings.map(\.indicativeOnly) == [true, false, true, true, false, true])
  }

  @Test func evidenceIsQuotedUnderPseudonymsTrimmedAndRedacted() throws {
    let challenge = try #require(keyFindings(.weakestCriterion).first)
    // Case 8's evidence is blank and skipped; case 11's is cut at a word boundary.
    #expect(challenge.evidence.map(\.caseReference) == ["R-02", "R-05", "R-11"])
    #expect(challenge.evidence.map(\.level) == ["none", "escalatedNotActioned", "none"])
    #expect(challenge.evidence[0].text == "No challenge when R-02's visits were missed.")
    #expect(challenge.evidence[1].text == "Escalated to team manager; no reply.")
    // 300 characters at most, the ellipsis included, cut between words.
    #expect(
      challenge.evidence[2].text
        == "No challenge at any point. " + String(repeating: "The plan drifted again. ", count: 11)
        + "The plan…")
    #expect(challenge.evidence[2].text.count == EvidenceQuote.maximumLength)
    let plan = try #require(keyFindings(.strongestCriterion).first)
    #expect(plan.evidence.map(\.caseReference) == ["R-01", "R-04"])
    #expect(plan.evidence.map(\.text) == ["SMART plan.", "Plan sets clear steps."])
    let history = try #require(keyFindings(.weakestTheme).first)
    #expect(history.evidence.map(\.caseReference) == ["R-02", "R-05", "R-11"])
    #expect(history.evidence.map(\.questionID) == ["q.history", "q.challenge", "q.challenge"])
    let voice = try #require(keyFindings(.strongestTheme).first)
    #expect(voice.evidence.map(\.caseReference) == ["R-01", "R-04"])
  }

  @Test func nothingOutputNamesARealCaseIdentifier() throws {
    let json = try String(decoding: FindingsJSON.encode(findings), as: UTF8.self)
    for number in 1...12 {
      #expect(!json.contains(FindingsFixtures.caseID(number)))
    }
    #expect(json.contains("R-02"))
  }

  @Test func theCriterionsReferenceIsSetBeside() throws {
    let history = try #require(keyFindings(.strongestCriterion).last)
    #expect(history.reference?.direction == .belowAcceptable)
    #expect(history.reference?.local == ProportionFinding(count: 4, n: 9))
    #expect(keyFindings(.weakestCriterion).allSatisfy { $0.reference == nil })
  }

  @Test(arguments: [1, 2, 3])
  func listsNeverShareACriterion(perList: Int) throws {
    let tool = try FindingsFixtures.tool()
    let computed = RoundFindings.compute(
      tool: tool, round: FindingsFixtures.round(), cases: TwelveCaseRound.cases(tool: tool),
      keyFindingsPerList: perList)
    let weakest = computed.keyFindings.filter { $0.kind == .weakestCriterion }.map(\.id)
    let strongest = computed.keyFindings.filter { $0.kind == .strongestCriterion }.map(\.id)
    #expect(Set(weakest).isDisjoint(with: strongest))
    #expect(weakest.count == min(perList, 2))
    #expect(strongest.count == min(perList, 2))
  }
}
