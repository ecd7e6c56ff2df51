import AuditForms
import CaseList
import Findings

/// A hand-computed round of twelve cases for the fixture tool.
///
/// | case | stage | team | answers used | history | voice | plan | challenge | overall |
/// |---|---|---|---|---|---|---|---|---|
/// | 1 | childInNeed | North | primary | good | — | good | effective | good |
/// | 2 | childProtection | North | primary | requiresImprovement | partly | inadequate | none | requiresImprovement |
/// | 3 | earlyHelp | North | primary | inadequate | no | (left, ignored) | notNeeded | inadequate |
/// | 4 | childInNeed | North | moderated (primary draft) | outstanding | — | good | effective | outstanding |
/// | 5 | lookedAfter | South | primary (moderation draft) | good | — | — | escalatedNotActioned | good |
/// | 6 | childProtection | South | primary | na | — | requiresImprovement | effective | requiresImprovement |
/// | 7 | childInNeed | South | primary | requiresImprovement | yes | good | notNeeded | requiresImprovement |
/// | 8 | childProtection | South | moderated | good | (left "no", ignored) | good | none | good |
/// | 9 | earlyHelp | — | draft only: not audited | | | | | |
/// | 10 | childInNeed | — | primary draft, second auditor submitted: not audited | | | | | |
/// | 11 | childInNeed | East | primary | inadequate | no | inadequate | none | inadequate |
/// | 12 | referral | East | primary | good | — | — | "superb" (invalid) | good |
enum TwelveCaseRound {
  /// The twelve cases.
  static func cases(tool: AuditTool) -> [AuditedCase] {
    func set(_ values: [String: String], _ evidence: [String: String] = [:]) -> AnswerSet {
      FindingsFixtures.answers(values, evidence: evidence, tool: tool)
    }
    typealias Fixtures = FindingsFixtures
    var cases: [AuditedCase] = []
    var first = set(
      [
        "q.history": "good", "q.plan": "good", "q.challenge": "effective",
        "q.types": "physical", "q.workers": "2", "q.overall": "good",
      ], ["q.plan": "SMART plan."])
    first["q.old"] = Answer(.level("good"))  // a question the tool no longer has
    cases.append(Fixtures.primaryCase(1, stage: .childInNeed, team: "North", first))
    cases.append(
      Fixtures.primaryCase(
        2, stage: .childProtection, team: "North",
        set(
          [
            "q.history": "requiresImprovement", "q.voice": "partly", "q.plan": "inadequate",
            "q.challenge": "none", "q.types": "physical,emotional", "q.workers": "5",
            "q.overall": "requiresImprovement",
          ],
          [
            "q.history": "Family history not explored.",
            "q.challenge": "No challenge when CH-0002's visits were missed.",
          ])))
    cases.append(
      Fixtures.primaryCase(
        3, stage: .earlyHelp, team: "North",
        set([
          "q.history": "inadequate", "q.voice": "no", "q.plan": "good", "q.challenge": "notNeeded",
          "q.types": "emotional", "q.workers": "1", "q.overall": "inadequate",
        ])))
    // Case 4: the primary auditor's response is a draft, but the case was moderated.
    let moderatedFour = set(
      [
        "q.history": "outstanding", "q.plan": "good", "q.challenge": "effective",
        "q.types": "medical", "q.workers": "0", "q.overall": "outstanding",
      ], ["q.plan": "Plan sets clear steps."])
    cases.append(
      AuditedCase(
        caseID: Fixtures.caseID(4), reference: Fixtures.reference(4),
        record: Fixtures.record(Fixtures.caseID(4), stage: .childInNeed, team: "North"),
        allocatedAuditors: ["A4", "B4"],
        responses: [
          Fixtures.response("A4", agency: "police", status: .draft, set(["q.history": "good"])),
          Fixtures.response("B4", agency: "education", set(["q.history": "good"])),
        ],
        moderated: Fixtures.response("M1", agency: "socialCare", status: .moderated, moderatedFour))
    )
    // Case 5: a moderation still in draft does not count; the primary response does.
    cases.append(
      AuditedCase(
        caseID: Fixtures.caseID(5), reference: Fixtures.reference(5),
        record: Fixtures.record(Fixtures.caseID(5), stage: .lookedAfter, team: "South"),
        allocatedAuditors: ["A5"],
        responses: [
          Fixtures.response(
            "A5",
            set(
              [
                "q.history": "good", "q.challenge": "escalatedNotActioned",
                "q.types": "physical", "q.workers": "3", "q.overall": "good",
              ], ["q.challenge": "Escalated   to\nteam manager; no reply."]))
        ],
        moderated: Fixtures.response(
          "M1", agency: "socialCare", status: .draft, set(["q.history": "inadequate"]))))
    cases.append(
      Fixtures.primaryCase(
        6, stage: .childProtection, team: "South",
        set([
          "q.history": "na", "q.plan": "requiresImprovement", "q.challenge": "effective",
          "q.types": "supervision", "q.workers": "4", "q.overall": "requiresImprovement",
        ])))
    cases.append(
      Fixtures.primaryCase(
        7, stage: .childInNeed, team: "South",
        set([
          "q.history": "requiresImprovement", "q.voice": "yes", "q.plan": "good",
          "q.challenge": "notNeeded", "q.types": "physical", "q.workers": "2",
          "q.overall": "requiresImprovement",
        ])))
    let moderatedEight = set(
      [
        "q.history": "good", "q.voice": "no", "q.plan": "good", "q.challenge": "none",
        "q.types": "emotional", "q.workers": "6", "q.overall": "good",
      ], ["q.challenge": "   "])
    cases.append(
      AuditedCase(
        caseID: Fixtures.caseID(8), reference: Fixtures.reference(8),
        record: Fixtures.record(Fixtures.caseID(8), stage: .childProtection, team: "South"),
        allocatedAuditors: ["A8"],
        responses: [Fixtures.response("A8", agency: "health", set(["q.history": "inadequate"]))],
        moderated: Fixtures.response("M1", agency: "socialCare", status: .moderated, moderatedEight)
      ))
    // Case 9: only a draft.
    cases.append(
      AuditedCase(
        caseID: Fixtures.caseID(9), reference: Fixtures.reference(9),
        record: Fixtures.record(Fixtures.caseID(9), stage: .earlyHelp, team: "West"),
        allocatedAuditors: ["A9"],
        responses: [Fixtures.response("A9", status: .draft, set(["q.history": "good"]))]))
    // Case 10: the second auditor submitted, the primary has not.
    cases.append(
      AuditedCase(
        caseID: Fixtures.caseID(10), reference: Fixtures.reference(10),
        record: Fixtures.record(Fixtures.caseID(10), stage: .childInNeed, team: "West"),
        allocatedAuditors: ["A10", "B10"],
        responses: [
          Fixtures.response("A10", status: .draft, set(["q.history": "good"])),
          Fixtures.response("B10", set(["q.history": "good"])),
        ]))
    let longEvidence =
      "No challenge at any point. " + String(repeating: "The plan drifted again. ", count: 20)
      + "Case CH-0011 closed."
    cases.append(
      Fixtures.primaryCase(
        11, stage: .childInNeed, team: "East",
        set(
          [
            "q.history": "inadequate", "q.voice": "no", "q.plan": "inadequate",
            "q.challenge": "none", "q.types": "physical,nutritional", "q.workers": "7",
            "q.overall": "inadequate",
          ], ["q.challenge": longEvidence])))
    cases.append(
      Fixtures.primaryCase(
        12, stage: .referral, team: "East",
        set(["q.history": "good", "q.challenge": "superb", "q.overall": "good"])))
    return cases
  }
}
