import AuditForms
import CaseList
import Formats
import Foundation
import Sampling
import Statistics
import TestSupport
import Testing
import Workflows

@testable import AuditStore

/// The typed answer rows (`answer_values`) the aggregator reads agree with the JSON revisions
/// that stay the record: for every response of the demo, for generated answers of every type,
/// and when an older workspace is migrated.
@Suite struct TypedAnswersTests {
  /// Every revision of every round of the demo: the typed rows read back as the JSON does, and
  /// written out again they are the stored JSON, byte for byte.
  @Test func everyDemoRevisionReadsTheSameFromItsTypedRows() throws {
    let (directory, path) = try DemoWorkspace.make()
    defer { _ = directory }
    let workspace = try Workspace.open(at: path, actor: "test")
    var compared = 0
    for round in try workspace.rounds() {
      let tool = try RoundContext(roundName: round.name, workspace: workspace).tool
      let revisions = try workspace.responseRevisions(round: round)
      for revision in revisions {
        let typed = try workspace.storedAnswers(
          responseID: revision.responseID, revision: revision.revision, tool: tool)
        #expect(typed == (try revision.answers(using: tool)), "response \(revision.responseID)")
        #expect(typed.canonicalJSON() == revision.answersJSON, "response \(revision.responseID)")
        compared += 1
      }
      // The aggregator's read: each response's latest revision.
      let latest = try workspace.responseRevisions(round: round, latestOnly: true)
      let stored = try workspace.latestResponses(round: round, tool: tool)
      #expect(stored.map(\.responseID) == latest.map(\.responseID).sorted())
      let byID = Dictionary(uniqueKeysWithValues: latest.map { ($0.responseID, $0) })
      for response in stored {
        let revision = try #require(byID[response.responseID])
        #expect(response.revision == revision.revision && response.status == revision.status)
        #expect(response.answers == (try revision.answers(using: tool)))
      }
      // Packed, every response is the same, with the evidence left in the workspace.
      let packed = try workspace.latestPackedResponses(round: round, tool: tool)
      #expect(packed.map(\.responseID) == stored.map(\.responseID))
      for (small, full) in zip(packed, stored) {
        #expect(small.revision == full.revision && small.caseID == full.caseID)
        Self.expect(small.answers, equals: full.answers, tool: tool)
        for question in tool.questions
        where small.answers.hasEvidence(
          at: try #require(tool.index(ofQuestion: question.id)))
        {
          let text = try workspace.evidence(
            responseID: small.responseID, revision: small.revision, questionID: question.id)
          #expect(text == full.answers[question.id]?.evidence)
        }
      }
    }
    #expect(compared > 100)
    #expect(
      try workspace.database.scalarInt("SELECT count(*) FROM answer_values") ?? 0 > compared)
  }

  /// Opening a workspace of format 6 derives the rows of the revisions it already holds, the
  /// same rows the trigger wrote.
  @Test func migratingAnOlderWorkspaceDerivesTheSameRows() throws {
    let (directory, path) = try DemoWorkspace.make()
    defer { _ = directory }
    let select = "SELECT * FROM answer_values ORDER BY response_id, revision, question_id"
    func rows(_ database: Database) throws -> [[SQLiteValue]] {
      try database.query(select).map { row in (0..<8).map { row[$0] } }
    }
    let written: [[SQLiteValue]]
    do {
      let database = try Database(path: path)
      written = try rows(database)
      try database.executeScript(
        """
        DROP TRIGGER revisions_answer_values;
        DROP TABLE answer_values;
        PRAGMA user_version = 6;
        """)
    }
    let workspace = try Workspace.open(at: path, actor: "test")
    #expect(try workspace.database.userVersion == Workspace.currentFormatVersion)
    #expect(!written.isEmpty)
    #expect(try rows(workspace.database) == written)
  }

  /// Generated answers of every question type, na and evidence included, written as a
  /// response and read back from the typed rows, equal the answers read from the JSON.
  @Test func generatedAnswersOfEveryTypeReadBackEqual() throws {
    let tool = try #require(
      try? AuditToolLoader.load(text: Self.toolJSON, fileName: "t.json").get())
    let temp = try TemporaryWorkspace()
    let workspace = temp.workspace
    let asOf = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    _ = try workspace.saveSnapshot(
      asOf: asOf, format: "annex-a", sources: [],
      records: CaseRecords([
        CaseRecord(id: "C1", stage: .childInNeed, neglectStatus: .confirmed)
      ]), actor: "t")
    _ = try ToolCatalog.install(tool, definition: Self.toolJSON, workspace: workspace, actor: "t")
    let (round, _) = try RoundSetup.create(
      name: "R", toolID: tool.id, toolVersion: tool.version, purpose: .routine, training: nil,
      snapshotID: nil, auditDate: nil, workspace: workspace, actor: "t")
    _ = try workspace.importAuditors(
      [Auditor(id: "A1", name: "Ann", agency: "Health", team: nil, role: .auditor)],
      source: "roster.csv", actor: "t")
    var random = Xoshiro256StarStar(seed: 15)
    let evidence = [
      "", "Seen in the plan.", "Quote: \"no food\" — café\n2nd line", "na", " \t\n ",
      "\u{00A0}\u{2003}", "\u{00A0}é",
    ]
    for _ in 0..<60 {
      var answers = AnswerSet()
      for question in tool.questions where random.uniform(below: 5) != 0 {
        let value: AnswerValue
        if random.uniform(below: 6) == 0 {
          value = .notApplicable
        } else {
          switch question.type {
          case .grade(let scale):
            value = .level(scale.levels[random.uniform(below: scale.levels.count)].code)
          case .choice(let options):
            value = .choice(options[random.uniform(below: options.count)].code)
          case .multiChoice(let options):
            value = .choices(options.map(\.code).filter { _ in random.uniform(below: 2) == 0 })
          case .number: value = .number(Double(random.uniform(below: 2000)) / 8 - 50)
          case .date:
            value = .date(
              try #require(
                CalendarDate(
                  iso: "2026-0\(1 + random.uniform(below: 9))-1\(random.uniform(below: 10))"))
            )
          case .text:
            value = .text(["na ", "Long text ünïcode ✓", "", "x\ty"][random.uniform(below: 4)])
          }
        }
        let note = evidence[random.uniform(below: evidence.count)]
        answers[question.id] = Answer(value, evidence: note.isEmpty ? nil : note)
      }
      let json = answers.canonicalJSON()
      let revision = try workspace.recordResponse(
        round: round, caseID: "C1", caseReference: "CA-1", auditorID: "A1", kind: .audit,
        status: .draft, answersJSON: json, rationale: nil, unallocated: false, actor: "t")
      let responseID = try #require(try workspace.responseRevisions(round: round).last?.responseID)
      let typed = try workspace.storedAnswers(
        responseID: responseID, revision: revision, tool: tool)
      let (read, problems) = tool.readAnswers(json: Array(json.utf8), fileName: "stored")
      #expect(problems.isEmpty)
      #expect(typed == read)
      #expect(typed.canonicalJSON() == json)
      // Packed, the values are the same and the evidence marks say which answers have some.
      let packed = try #require(
        try workspace.latestPackedResponses(round: round, tool: tool).first)
      #expect(packed.revision == revision)
      Self.expect(packed.answers, equals: read, tool: tool)
    }
    let latest = try #require(try workspace.latestResponses(round: round, tool: tool).first)
    #expect(latest.revision == 60)
  }

  /// Packed answers hold the same values as `full`, and mark evidence exactly where
  /// `Answer.hasEvidence` holds; unpacked with `full`'s evidence they are `full` again.
  static func expect(
    _ packed: PackedAnswers, equals full: AnswerSet, tool: AuditTool,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(packed.answeredCount == full.count, sourceLocation: sourceLocation)
    for (position, question) in tool.questions.enumerated() {
      let answer = full[question.id]
      #expect(packed.value(at: position) == answer?.value, sourceLocation: sourceLocation)
      #expect(
        packed.hasEvidence(at: position) == (answer?.hasEvidence ?? false),
        "\(question.id): \(String(reflecting: answer?.evidence))", sourceLocation: sourceLocation)
    }
    let unpacked = packed.answerSet { full[tool.questions[$0].id]?.evidence }
    let withoutBlank = AnswerSet(
      full.answers.mapValues { Answer($0.value, evidence: $0.hasEvidence ? $0.evidence : nil) })
    #expect(unpacked == withoutBlank, sourceLocation: sourceLocation)
  }

  /// A tool with a question of every type.
  static let toolJSON = """
    {"id": "typed-answers", "version": "1.0.0", "title": "Typed answers", "description": "Test.",
     "themes": [{"id": "t", "title": "T", "description": "T"}],
     "sections": [{"id": "s", "title": "S", "questions": [
       {"id": "g", "type": "grade", "scale": "ofsted4", "text": "?", "themes": ["t"],
        "allowNotApplicable": true},
       {"id": "c", "type": "choice", "text": "?", "allowNotApplicable": true,
        "options": [{"code": "a", "label": "A"}, {"code": "b", "label": "B"}]},
       {"id": "m", "type": "multiChoice", "text": "?", "allowNotApplicable": true,
        "options": [{"code": "x", "label": "X"}, {"code": "y", "label": "Y"}, {"code": "z", "label": "Z"}]},
       {"id": "n", "type": "number", "text": "?", "allowNotApplicable": true},
       {"id": "d", "type": "date", "text": "?", "allowNotApplicable": true},
       {"id": "w", "type": "text", "text": "?", "allowNotApplicable": true},
       {"id": "a.second", "type": "grade", "scale": "yesPartlyNo", "text": "?"}]}]}
    """
}
