import AuditForms
import CaseList
import Findings
import Testing

/// Breakdowns of the twelve-case round, with small cells suppressed.
@Suite struct BreakdownTests {
  let tool: AuditTool
  let cases: [AuditedCase]

  init() throws {
    tool = try FindingsFixtures.tool()
    cases = TwelveCaseRound.cases(tool: tool)
  }

  private func breakdown(
    _ dimension: BreakdownDimension, minimumCell: Int = 3
  ) throws -> Breakdown {
    try #require(
      RoundFindings.compute(
        tool: tool, round: FindingsFixtures.round(), cases: cases, breakdown: dimension,
        minimumCell: minimumCell
      ).breakdown)
  }

  @Test func stageCellsUnderThreeCasesAreSuppressed() throws {
    let stages = try breakdown(.stage)
    #expect(
      stages.cells.map(\.value) == [
        "earlyHelp", "referral", "childInNeed", "childProtection", "lookedAfter",
      ])
    #expect(stages.cells.map(\.cases) == [nil, nil, 4, 3, nil])
    #expect(
      stages.cells.map(\.suppression) == [.belowMinimum, .belowMinimum, nil, nil, .belowMinimum])
    let childInNeed = stages.cells[2]
    // History in child in need: cases 1 (good), 4 (outstanding), 7 and 11 (below).
    let history = try #require(childInNeed.questions.first { $0.id == "q.history" })
    #expect(history.acceptable == ProportionFinding(count: 2, n: 4))
    #expect(!history.suppressed)
    // Voice rests on 2 cases in child in need and 1 in child protection: both withheld.
    let voice = try #require(childInNeed.questions.first { $0.id == "q.voice" })
    #expect(voice.suppressed)
    #expect(voice.acceptable == nil)
    #expect(voice.suppression == .belowMinimum)
    // Suppressed cells withhold every figure.
    #expect(stages.cells[0].questions.allSatisfy { $0.acceptable == nil && $0.suppressed })
    #expect(stages.cells[0].themes.allSatisfy { $0.belowAcceptable == nil && $0.suppressed })
  }

  @Test func aLoneSmallCellTakesItsSmallestNeighbourWithIt() throws {
    // Teams: North 4 cases, South 4, East 2. East alone would be recoverable from the total,
    // so North (the first of the two smallest others) is withheld too.
    let teams = try breakdown(.team)
    #expect(teams.cells.map(\.value) == ["East", "North", "South"])
    #expect(teams.cells.map(\.suppression) == [.belowMinimum, .complementary, nil])
    #expect(teams.cells.map(\.cases) == [nil, nil, 4])
    let south = teams.cells[2]
    #expect(
      south.questions.first { $0.id == "q.history" }?.acceptable
        == ProportionFinding(count: 2, n: 3))
  }

  @Test func theMinimumCellSizeCanBeChanged() throws {
    let teams = try breakdown(.team, minimumCell: 1)
    #expect(teams.cells.map(\.cases) == [2, 4, 4])
    #expect(teams.cells.allSatisfy { !$0.suppressed })
    let strict = try breakdown(.team, minimumCell: 5)
    #expect(strict.cells.allSatisfy { $0.suppressed })
  }

  @Test func moderatedCasesCountUnderTheFirstAllocatedAuditorsAgency() throws {
    let agencies = try breakdown(.auditorAgency, minimumCell: 1)
    // Case 4 (moderated; first auditor police, in draft) counts as police, case 8 (moderated;
    // first auditor health) as health.
    #expect(agencies.cells.map(\.value) == ["health", "police"])
    #expect(agencies.cells.map(\.cases) == [9, 1])
  }

  @Test func aCaseFallsInEveryNeglectTypeTicked() throws {
    let types = try breakdown(.neglectType, minimumCell: 1)
    #expect(types.sourceQuestion == "q.types")
    #expect(types.cellsOverlap)
    #expect(
      types.cells.map(\.value) == [
        "physical", "emotional", "medical", "nutritional", "supervision", "notRecorded",
      ])
    #expect(types.cells.map(\.cases) == [5, 3, 1, 1, 1, 1])
  }

  @Test func longTermAndAgeBandCellsFollowTheRecord() throws {
    let longTerm = try breakdown(.longTerm, minimumCell: 1)
    #expect(longTerm.cells.map(\.value) == ["notLongTerm"])
    let ages = try breakdown(.ageBand, minimumCell: 1)
    #expect(ages.cells.map(\.value) == ["5-10"])
    #expect(ages.cells.first?.cases == 10)
  }

  @Test func aToolWithoutNeglectTypesSaysSo() throws {
    let plain = try #require(
      try? AuditToolLoader.load(
        text: """
          {"id": "plain", "version": "1.0.0", "title": "Plain", "description": "No types.",
           "sections": [{"id": "s", "title": "S", "questions": [
             {"id": "q.one", "type": "grade", "scale": "ofsted4", "text": "One?"}]}]}
          """, fileName: "plain.json"
      ).get())
    let findings = RoundFindings.compute(
      tool: plain, round: FindingsFixtures.round(),
      cases: [
        FindingsFixtures.primaryCase(
          1, stage: .childInNeed, FindingsFixtures.answers(["q.one": "good"], tool: plain))
      ], breakdown: .neglectType)
    #expect(findings.breakdown?.cells.isEmpty == true)
    #expect(findings.breakdown?.note?.contains("no multi-choice question") == true)
  }

  @Test(arguments: [
    (sizes: [2, 4, 4], expected: [SuppressionReason.belowMinimum, .complementary, nil]),
    (sizes: [1, 2, 9], expected: [.belowMinimum, .belowMinimum, nil]),
    (sizes: [9, 0, 2, 5], expected: [nil, nil, .belowMinimum, .complementary]),
    (sizes: [3, 3, 3], expected: [nil, nil, nil]),
    (sizes: [0, 0, 1], expected: [nil, nil, .belowMinimum]),
  ])
  func disclosureControlWithholdsSmallFiguresAndOneComplement(
    sizes: [Int], expected: [SuppressionReason?]
  ) {
    #expect(DisclosureControl.suppress(sizes: sizes, minimum: 3) == expected)
  }
}
