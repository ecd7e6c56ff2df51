import AuditForms
import CaseList
import Findings
import Formats
import Reports
import Testing

/// A small fixed round for the report tests: a synthetic tool with two sections and two
/// themes, twelve cases after training and twelve before, four of each double-audited, with
/// evidence that names a real case id and one that looks like a spreadsheet formula.
enum ReportFixture {
  /// The synthetic tool's JSON.
  static let toolJSON = """
    {
      "id": "report-fixture",
      "version": "1.2.0",
      "title": "Neglect practice audit (fixture)",
      "description": "A small synthetic tool for the Reports tests.",
      "themes": [
        {"id": "history", "title": "Family history"},
        {"id": "voice", "title": "Voice of the child"}
      ],
      "sections": [
        {
          "id": "assessment",
          "title": "Assessment",
          "questions": [
            {"id": "q.history", "type": "grade", "scale": "ofsted4",
             "text": "How well did the assessment take account of family history?",
             "themes": ["history"], "allowNotApplicable": true,
             "reference": {"source": "Synthetic thematic report (2020), para 1",
                           "proportion": 0.45, "wording": "Nearly half lacked family history",
                           "answers": ["requiresImprovement", "inadequate"]}},
            {"id": "q.voice", "type": "grade", "scale": "yesPartlyNo",
             "text": "Was the child's voice heard | recorded?", "themes": ["voice"]},
            {"id": "q.types", "type": "multiChoice", "text": "Which kinds of neglect?",
             "required": false,
             "options": [{"code": "physical", "label": "Physical"},
                         {"code": "emotional", "label": "Emotional"}]}
          ]
        },
        {
          "id": "planning",
          "title": "Planning and review",
          "questions": [
            {"id": "q.plan", "type": "grade", "scale": "ofsted4", "text": "How good was the plan?",
             "themes": ["voice", "history"]},
            {"id": "q.challenge", "type": "grade", "scale": "challenge",
             "text": "Was professional challenge effective?", "themes": ["history"]},
            {"id": "q.workers", "type": "number", "text": "How many workers?", "min": 0,
             "max": 20, "integer": true, "required": false}
          ]
        }
      ]
    }
    """

  /// The tool, loaded.
  static func tool() throws -> AuditTool {
    try AuditToolLoader.load(text: toolJSON, fileName: "report-fixture.json").get()
  }

  /// The real id of case `number`, for example `NB-0007`; never shown in a pseudonymous report.
  static func caseID(_ number: Int) -> String {
    "NB-" + String(repeating: "0", count: 4 - String(number).count) + String(number)
  }

  /// The pseudonymous reference of case `number`: `P-07`.
  static func reference(_ number: Int) -> String {
    number < 10 ? "P-0\(number)" : "P-\(number)"
  }

  private static let stages: [Stage] = [.childInNeed, .childProtection, .earlyHelp]
  private static let history = ["good", "requiresImprovement", "inadequate", "outstanding"]
  private static let voice = ["yes", "partly", "no"]
  private static let plan = ["good", "good", "requiresImprovement", "inadequate"]
  private static let challenge = ["effective", "notNeeded", "none", "escalatedNotActioned"]

  /// Grades for case `number` of a round; `better` shifts the later round upwards.
  private static func answers(_ number: Int, better: Bool, tool: AuditTool, second: Bool)
    -> AnswerSet
  {
    let shift = better ? 1 : 0
    func pick(_ levels: [String], _ offset: Int) -> String {
      let index = (number + offset) % levels.count
      return levels[max(0, index - (better && index > 0 ? shift : 0))]
    }
    var set = AnswerSet()
    if number == 5 {
      set["q.history"] = Answer(.notApplicable)
    } else {
      var level = pick(history, 0)
      if second && number % 2 == 0 { level = level == "outstanding" ? "inadequate" : "outstanding" }
      set["q.history"] = Answer(
        .level(level),
        evidence: number == 2
          ? "Family history not explored; \(caseID(number))'s earlier plan was not read."
          : number == 3
            ? "=HYPERLINK(\"x\",\"click\") chronology missing"
            : nil)
    }
    set["q.voice"] = Answer(
      .level(pick(voice, 1)), evidence: number == 4 ? "Child seen alone, \"wishes\" noted." : nil)
    set["q.types"] = Answer(.choices(number % 2 == 0 ? ["physical"] : ["physical", "emotional"]))
    set["q.plan"] = Answer(
      .level(pick(plan, 2)), evidence: number == 6 ? "Plan is SMART, reviewed monthly." : nil)
    set["q.challenge"] = Answer(
      .level(pick(challenge, 3)),
      evidence: number == 7 ? "Escalated to the team manager, no reply." : nil)
    set["q.workers"] = Answer(.number(Double(1 + number % 4)))
    return set
  }

  /// Twelve cases of one round; cases 1–4 are double-audited.
  static func cases(tool: AuditTool, better: Bool, first: Int = 1) -> [AuditedCase] {
    (first..<(first + 12)).map { number in
      let id = caseID(number)
      let record = CaseRecord(
        id: id, stage: stages[number % stages.count], neglectStatus: .confirmed,
        team: number % 2 == 0 ? "North" : "South", worker: "W\(number % 4)", age: 3 + number,
        monthsOpen: number * 2)
      let primary = AuditedResponse(
        auditorID: "A\(number % 3 + 1)",
        auditorAgency: ["health", "police", "socialCare"][number % 3],
        status: .submitted, answers: answers(number, better: better, tool: tool, second: false))
      var allocated = [primary.auditorID]
      var responses = [primary]
      if (number - first) < 4 {
        allocated.append("B1")
        responses.append(
          AuditedResponse(
            auditorID: "B1", auditorAgency: "education", status: .submitted,
            answers: answers(number, better: better, tool: tool, second: true)))
      }
      return AuditedCase(
        caseID: id, reference: reference(number), record: record, allocatedAuditors: allocated,
        responses: responses)
    }
  }

  /// The after round's information.
  static let afterRound = RoundInfo(
    name: "Neglect audit, March 2027", purpose: "postTraining", toolID: "report-fixture",
    toolVersion: "1.2.0", training: "Neglect: using the GCP2", sampleDescription: "by stage")

  /// The before round's information.
  static let beforeRound = RoundInfo(
    name: "Neglect audit, September 2026", purpose: "baseline", toolID: "report-fixture",
    toolVersion: "1.2.0", sampleDescription: "by stage")

  /// The report input for the fixed round, with agreement, comparison and training.
  static func input(identified: Bool = false) throws -> ReportInput {
    let tool = try tool()
    let after = cases(tool: tool, better: true)
    let before = cases(tool: tool, better: false, first: 21)
    let findings = RoundFindings.compute(
      tool: tool, round: afterRound, cases: after, breakdown: .stage)
    let agreement = AgreementReport.compute(tool: tool, round: afterRound, cases: after)
    let training = [
      TrainingRecord(worker: "W1", course: "Neglect", date: try date("2026-11-10")),
      TrainingRecord(worker: "W2", course: "Neglect", date: try date("2026-12-01")),
    ]
    let comparison = RoundComparison.compute(
      before: (beforeRound, before), after: (afterRound, after), beforeTool: tool, afterTool: tool,
      training: training, course: "Neglect", beforeDate: try date("2026-09-15"),
      afterDate: try date("2027-03-15"), grouping: .cohort)
    return ReportInput(
      partnership: "Northbridge Safeguarding Children Partnership",
      round: ReportRound(
        name: afterRound.name, purpose: afterRound.purpose, toolID: tool.id,
        toolVersion: tool.version, toolTitle: tool.title, auditDate: "2027-03-15",
        createdAt: "2027-02-01T09:00:00Z", training: afterRound.training),
      participants: [
        ReportParticipant(agency: "health", auditors: 1, responses: 4),
        ReportParticipant(agency: "socialCare", auditors: 1, responses: 4),
        ReportParticipant(agency: "education", auditors: 1, responses: 4),
      ],
      findings: findings, agreement: agreement, comparison: comparison,
      methods: ReportMethods(
        snapshotID: "snap-2027-01", asOf: "2027-01-31",
        sources: [
          ReportMethods.SourceFile(
            file: "annex-a-list6.csv",
            sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", rows: 2400)
        ],
        populationSize: 2512, eligible: 930, filters: "neglect confirmed; open at the as-of date",
        strata: [
          ReportMethods.Stratum(key: "childInNeed", eligible: 500, sampled: 4),
          ReportMethods.Stratum(key: "childProtection", eligible: 330, sampled: 4),
          ReportMethods.Stratum(key: "earlyHelp", eligible: 100, sampled: 4),
        ],
        seed: "20270131", algorithm: "stratified simple random sample (xoshiro256**)",
        verification: "Verified: re-deriving the sample from the snapshot, filters and seed "
          + "reproduces it exactly.",
        allocation: ReportMethods.Allocation(
          seed: "77", raters: 1, auditors: 4, doubleFraction: 0.33),
        replacements: 1),
      dataQuality: ["Two auditors' responses were entered by the QA lead from paper forms."],
      generatedAt: "2027-03-20T10:00:00Z", identified: identified, auditTool: tool)
  }

  private static func date(_ text: String) throws -> CalendarDate {
    try #require(CalendarDate(iso: text))
  }
}

/// A fixture built answers it cannot read.
enum FixtureError: Error {
  /// The fixture's responses are built in full; a packed one is a fault in the fixture.
  case packed
}

extension ReportFixture {
  /// The after round's responses in long form, under pseudonyms, as the CLI would list them.
  static func responseRows() throws -> [ResponseRow] {
    let tool = try tool()
    var rows: [ResponseRow] = []
    for audited in cases(tool: tool, better: true) {
      for response in audited.responses {
        guard case .full(let answers) = response.answers else {
          throw FixtureError.packed
        }
        for question in tool.questions {
          guard let answer = answers[question.id] else { continue }
          rows.append(
            ResponseRow(
              caseReference: audited.reference, auditor: response.auditorID,
              agency: response.auditorAgency, status: response.status.rawValue,
              questionID: question.id, value: text(answer.value),
              evidence: (answer.evidence ?? "").replacing(audited.caseID, with: audited.reference)))
        }
      }
    }
    return rows
  }

  private static func text(_ value: AnswerValue) -> String {
    switch value {
    case .level(let code), .choice(let code): code
    case .choices(let codes): codes.joined(separator: ";")
    case .number(let number): "\(number)"
    case .date(let date): "\(date)"
    case .text(let text): text
    case .notApplicable: "na"
    }
  }
}
