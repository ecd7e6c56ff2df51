import AuditForms
import CaseList
import Findings
import Statistics
import Testing

/// Agreement over six double-audited cases, computed by hand and through Statistics directly.
///
/// | case | auditor A history | auditor B history | overall (both) |
/// |---|---|---|---|
/// | 1 | good | good | good |
/// | 2 | good | requiresImprovement (+ voice yes) | good |
/// | 3 | outstanding | outstanding | good |
/// | 4 | inadequate (+ voice no) | good | good |
/// | 5 | requiresImprovement (+ voice no) | requiresImprovement (+ voice no) | good |
/// | 6 | good | N/A | good |
///
/// Cases 2 and 4 were moderated (history requiresImprovement and good, voice yes on 2). A
/// third auditor's draft on case 1 and the moderator's answers are never ratings.
@Suite struct AgreementReportTests {
  let tool: AuditTool
  let report: AgreementReport

  static func cases(tool: AuditTool) -> [AuditedCase] {
    let grades: [(String, String)] = [
      ("good", "good"), ("good", "requiresImprovement"), ("outstanding", "outstanding"),
      ("inadequate", "good"), ("requiresImprovement", "requiresImprovement"), ("good", "na"),
    ]
    return grades.enumerated().map { offset, pair in
      let number = offset + 1
      func set(_ history: String) -> AnswerSet {
        var values = ["q.history": history, "q.overall": "good"]
        if history == "requiresImprovement" || history == "inadequate" {
          values["q.voice"] = number == 2 ? "yes" : "no"
        }
        return FindingsFixtures.answers(values, tool: tool)
      }
      var responses = [
        FindingsFixtures.response("A", agency: "health", set(pair.0)),
        FindingsFixtures.response("B", agency: "police", set(pair.1)),
      ]
      if number == 1 {
        responses.append(
          FindingsFixtures.response("C", status: .draft, set("inadequate")))
      }
      var moderated: AuditedResponse?
      if number == 2 {
        moderated = FindingsFixtures.response(
          "M", agency: "socialCare", status: .moderated, set("requiresImprovement"))
      } else if number == 4 {
        moderated = FindingsFixtures.response(
          "M", agency: "socialCare", status: .moderated, set("good"))
      }
      let id = FindingsFixtures.caseID(number)
      return AuditedCase(
        caseID: id, reference: FindingsFixtures.reference(number),
        record: FindingsFixtures.record(id, stage: .childInNeed),
        allocatedAuditors: ["A", "B", "C"], responses: responses, moderated: moderated)
    }
  }

  init() throws {
    tool = try FindingsFixtures.tool()
    report = AgreementReport.compute(
      tool: tool, round: FindingsFixtures.round(), cases: Self.cases(tool: tool))
  }

  private func measures(_ id: String) throws -> AgreementMeasures {
    try #require(report.questions.first { $0.id == id }).measures
  }

  @Test func onlyIndependentSubmittedResponsesAreRatings() {
    #expect(report.cases == 6)
    #expect(report.raters == 2)
    #expect(report.round == "Fixture round")
  }

  @Test func percentAgreementAndCohensKappaMatchTheHandComputation() throws {
    let history = try measures("q.history")
    // Units 1–5 (case 6 has one rating: B answered N/A).
    #expect(history.units == 5)
    #expect(history.singleRated == 1)
    #expect(history.notApplicableMismatches == 1)
    #expect(history.exactAgreement == 0.6)
    #expect(history.withinOne == 0.8)
    // pₒ = 3/5, pₑ = (1·1 + 2·2 + 1·2 + 1·0)/25 = 7/25: κ = (0.6 − 0.28)/0.72 = 4/9.
    let cohen = try #require(history.cohenKappa)
    #expect(abs(cohen - 4.0 / 9.0) < 1e-12)
    // Quadratic weights on ranks: Σp(i−j)² observed 1.0, expected 1.64: κw = 1 − 1/1.64.
    let weighted = try #require(history.weightedKappa)
    #expect(abs(weighted - (1 - 1 / 1.64)) < 1e-12)
    #expect(history.alphaMetric == "ordinal")
  }

  @Test func alphaAndFleissAreStatisticsOwnOnTheSameReliabilityData() throws {
    let history = try measures("q.history")
    // Ranks, 0 best; case 6's N/A is a missing value.
    let ratings = try Ratings<Int>(
      raterCount: 2, units: [[1, 1], [1, 2], [0, 0], [3, 1], [2, 2], [1, nil]])
    let alpha = try #require(KrippendorffAlpha.estimate(ratings, metric: .ordinal)?.alpha)
    let fleiss = try #require(FleissKappa.estimate(ratings)?.value)
    #expect(history.alpha.map { abs($0 - alpha) < 1e-12 } == true)
    #expect(history.fleissKappa.map { abs($0 - fleiss) < 1e-12 } == true)
  }

  @Test func agreementOnOneLevelIsReportedWithoutChanceCorrection() throws {
    let overall = try measures("q.overall")
    #expect(overall.units == 6)
    #expect(overall.exactAgreement == 1)
    #expect(overall.cohenKappa == nil)
    #expect(overall.alpha == nil)
    #expect(overall.fleissKappa == nil)
    #expect(overall.reasons["cohenKappa"]?.contains("0/0") == true)
    #expect(overall.reasons["alpha"]?.contains("expected disagreement is 0") == true)
  }

  @Test func eachAuditorsOwnAnswersDecideWhatTheyWereAsked() throws {
    // Voice is asked only where an auditor's own history was below good: B alone on case 2,
    // A alone on case 4, both on case 5 (both "no").
    let voice = try measures("q.voice")
    #expect(voice.units == 1)
    #expect(voice.singleRated == 2)
    #expect(voice.exactAgreement == 1)
    #expect(voice.alpha == nil)
    #expect(voice.reasons["alpha"]?.contains("expected disagreement is 0") == true)
  }

  @Test func aQuestionNobodyAnsweredTwiceHasNoUnits() throws {
    let plan = try measures("q.plan")
    #expect(plan.units == 0)
    #expect(plan.exactAgreement == nil)
    #expect(plan.reasons["alpha"] == "no case has two or more usable ratings")
  }

  @Test func gradesTwoLevelsApartAreListedForModeration() {
    #expect(
      report.disagreements == [
        Disagreement(
          questionID: "q.history", caseReference: "R-04",
          ratings: [
            RaterLevel(auditorID: "A", level: "inadequate"),
            RaterLevel(auditorID: "B", level: "good"),
          ], spread: 2)
      ])
  }

  @Test func eachAuditorIsComparedWithTheModeratedGrades() {
    // A: history differs on both moderated cases; overall agrees (4 compared, 2 differ).
    // B: history, voice and overall on case 2, history and overall on 4 — all agree.
    #expect(
      report.auditors == [
        AuditorConsistency(auditorID: "A", agency: "health", compared: 4, differed: 2),
        AuditorConsistency(auditorID: "B", agency: "police", compared: 5, differed: 0),
      ])
  }

  @Test func eachScalePoolsItsOwnQuestionsOnly() throws {
    #expect(report.scales.map(\.scale) == ["ofsted4", "yesPartlyNo", "challenge"])
    let ofsted = try #require(report.scales.first)
    #expect(ofsted.questions == ["q.history", "q.plan", "q.overall"])
    // History's 5 units (3 agree) and overall's 6 (all agree); no one was asked q.plan.
    #expect(ofsted.measures.units == 11)
    #expect(ofsted.measures.exactAgreement.map { abs($0 - 9.0 / 11.0) < 1e-12 } == true)
    #expect(ofsted.measures.alphaMetric == "ordinal")
  }

  @Test func aPooledCoefficientIsUndefinedWhenAQuestionsIs() throws {
    // Every auditor graded q.overall "good": its alpha is undefined (no variation), so the
    // scale's pooled alpha is not shown either, though pooling would give it a value.
    #expect(try measures("q.overall").alpha == nil)
    #expect(try measures("q.history").alpha != nil)
    let ofsted = try #require(report.scales.first)
    #expect(ofsted.measures.alpha == nil)
    #expect(
      ofsted.measures.reasons["alpha"]
        == "undefined for 1 of 2 questions on this scale, so not pooled")
  }

  @Test func withMoreThanTwoAuditorsCohensKappaGivesWayToFleiss() throws {
    var cases = Self.cases(tool: tool)
    cases[0].responses.append(
      FindingsFixtures.response(
        "D", FindingsFixtures.answers(["q.history": "good", "q.overall": "good"], tool: tool)))
    let widened = AgreementReport.compute(
      tool: tool, round: FindingsFixtures.round(), cases: cases)
    let history = try #require(widened.questions.first { $0.id == "q.history" }).measures
    #expect(widened.raters == 3)
    #expect(history.cohenKappa == nil)
    #expect(history.reasons["cohenKappa"]?.contains("more than two auditors") == true)
    #expect(history.fleissKappa != nil)
    #expect(history.alpha != nil)
  }

  @Test func choicesAreNominalAndNumbersInterval() throws {
    #expect(try measures("q.types").alphaMetric == "nominal")
    #expect(try measures("q.workers").alphaMetric == "interval")
    #expect(try measures("q.types").withinOne == nil)
  }
}
