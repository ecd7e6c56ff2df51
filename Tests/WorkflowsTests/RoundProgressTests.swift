import AuditForms
import CaseList
import Formats
import Foundation
import Sampling
import TestSupport
import Testing
import Workflows

@testable import AuditStore

/// A round set up, sampled, allocated and audited in-process, its progress followed at each
/// step.
@Suite struct RoundProgressTests {
  private func preparedRound() throws -> (TemporaryWorkspace, RoundRecord) {
    let temp = try TemporaryWorkspace()
    let records = (0..<40).map { index in
      CaseRecord(
        id: "C\(100 + index)", stage: .childProtection, neglectStatus: .confirmed,
        team: "Team \(index % 2)", age: 3 + index % 12,
        startDate: CalendarDate(year: 2026, month: 1 + index % 12, day: 1))
    }
    let asOf = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    _ = try temp.workspace.saveSnapshot(
      asOf: asOf, format: "annex-a", sources: [], records: CaseRecords(records), actor: "test")
    let (round, snapshot) = try RoundSetup.create(
      name: "R1", toolID: "neglect-thematic", toolVersion: nil, purpose: .routine, training: nil,
      snapshotID: nil, auditDate: asOf, workspace: temp.workspace, actor: "test")
    #expect(snapshot.id == round.snapshotID)
    _ = try temp.workspace.importAuditors(
      [
        Auditor(id: "A1", name: "Ann", agency: "Health", team: nil, role: .auditor),
        Auditor(id: "A2", name: "Bo", agency: "Police", team: nil, role: .auditor),
        Auditor(id: "A3", name: "Cy", agency: "Education", team: nil, role: .auditor),
        Auditor(id: "M1", name: "Di", agency: "Housing", team: nil, role: .moderator),
      ], source: "roster.csv", actor: "test")
    return (temp, round)
  }

  @Test func aRoundIsPinnedToItsToolAndItsNameIsTakenOnce() throws {
    let (temp, round) = try preparedRound()
    let tool = try ToolCatalog(workspace: temp.workspace).entry(
      id: "neglect-thematic", version: nil)
    #expect(round.toolVersion == tool.version)
    #expect(try temp.workspace.installedTools().contains { $0.id == "neglect-thematic" })
    #expect(throws: WorkspaceDataError.self) {
      try RoundSetup.create(
        name: "R1", toolID: "neglect-thematic", toolVersion: nil, purpose: .routine,
        training: nil, snapshotID: nil, auditDate: nil, workspace: temp.workspace,
        actor: "test")
    }
    #expect(throws: WorkflowFailure.self) {
      try RoundSetup.create(
        name: "R2", toolID: "no-such-tool", toolVersion: nil, purpose: .routine, training: nil,
        snapshotID: nil, auditDate: nil, workspace: temp.workspace, actor: "test")
    }
  }

  @Test func progressFollowsTheRoundFromDrawToModeration() throws {
    let (temp, _) = try preparedRound()
    let workspace = temp.workspace
    #expect(throws: WorkflowFailure.self) {
      try Allocation.allocate(
        round: "R1", raters: 1, doubleFraction: 0, seed: 1, workspace: workspace, actor: "t")
    }
    _ = try SampleWork.draw(
      round: "R1", spec: SampleSpec(size: 6, neglect: .any, seed: 9), now: Date(),
      replacingExisting: false, workspace: workspace, actor: "test")
    var progress = try RoundProgress(round: "R1", workspace: workspace)
    #expect(progress.byState == [.unallocated: 6])
    #expect(progress.auditors.isEmpty)

    let allocated = try Allocation.allocate(
      round: "R1", raters: 1, doubleFraction: 0.5, seed: 4, workspace: workspace, actor: "t")
    #expect(allocated.assignments.count == 6)
    // One case per single-rated assignment, two per double-rated one, every one counted.
    #expect(
      allocated.load.values.reduce(0, +)
        == allocated.assignments.count + allocated.assignments.count { $0.isDoubleRated })
    #expect(allocated.assignments.contains { $0.isDoubleRated })
    progress = try RoundProgress(round: "R1", workspace: workspace)
    #expect(progress.byState == [.notStarted: 6])
    #expect(progress.cases.allSatisfy { $0.reference.hasPrefix("CA-") })

    // One auditor saves a draft on a double-rated case, then both submit; then a moderator.
    let double = try #require(allocated.assignments.first { $0.auditors.count == 2 })
    let reference = try workspace.pseudonymizer().reference(for: double.caseId)
    let first = try ResponseRecording.AuditSession(
      round: "R1", caseID: double.caseId, auditor: double.auditors[0], allowUnallocated: false,
      workspace: workspace)
    _ = try first.saveDraft(AnswerSet(), workspace: workspace, actor: "t")
    progress = try RoundProgress(round: "R1", workspace: workspace)
    #expect(progress.cases.first { $0.reference == reference }?.state == .inProgress)
    #expect(progress.auditors.first { $0.id == double.auditors[0] }?.drafts == 1)

    let complete = try completeAnswers(first.tool, attributes: first.attributes)
    for auditor in double.auditors {
      let session = try ResponseRecording.AuditSession(
        round: "R1", caseID: double.caseId, auditor: auditor, allowUnallocated: false,
        workspace: workspace)
      _ = try session.submit(complete, workspace: workspace, actor: "t")
    }
    progress = try RoundProgress(round: "R1", workspace: workspace)
    #expect(progress.cases.first { $0.reference == reference }?.state == .awaitingModeration)
    #expect(progress.done == 1)

    let agreed = Array(complete.canonicalJSON().utf8)
    let moderation = try ResponseRecording.recordModeration(
      round: "R1", caseID: reference, moderator: "M1", answers: agreed,
      fileName: "agreed.json", rationale: "agreed at panel", workspace: workspace, actor: "t")
    #expect(moderation.independentResponses == 2)
    progress = try RoundProgress(round: "R1", workspace: workspace)
    #expect(progress.cases.first { $0.reference == reference }?.state == .moderated)
    #expect(progress.auditors.first { $0.id == "M1" }?.moderated == 1)
    #expect(progress.byState[.notStarted] == 5)
  }

  @Test func aStoredRevisionThatNoLongerReadsIsAnErrorNamingIt() throws {
    let (temp, round) = try preparedRound()
    let workspace = temp.workspace
    _ = try SampleWork.draw(
      round: "R1", spec: SampleSpec(size: 2, neglect: .any, seed: 9), now: Date(),
      replacingExisting: false, workspace: workspace, actor: "test")
    let allocated = try Allocation.allocate(
      round: "R1", raters: 1, doubleFraction: 0, seed: 4, workspace: workspace, actor: "t")
    let assignment = try #require(allocated.assignments.first)
    let session = try ResponseRecording.AuditSession(
      round: "R1", caseID: assignment.caseId, auditor: assignment.auditors[0],
      allowUnallocated: false, workspace: workspace)
    _ = try session.saveDraft(AnswerSet(), workspace: workspace, actor: "t")
    // The aggregator reads the typed answer rows: a damaged one (written past the trigger that
    // derives them) is an error naming the row, not an answer left out.
    try workspace.database.execute(
      """
      INSERT INTO answer_values(response_id, revision, question_id, code, not_applicable)
      SELECT response_id, revision, 'no.such.question', 'x', 0 FROM response_revisions
      """)
    #expect {
      try AuditedRound(roundName: "R1", workspace: workspace)
    } throws: { error in
      guard case .corruptRow(let table, let detail) = error as? WorkspaceError else { return false }
      return table == "answer_values" && detail.contains("'no.such.question'")
        && detail.contains("revision 1")
    }
    // Revisions are append-only; a damaged file is simulated past the trigger.
    try workspace.database.execute("DROP TRIGGER revisions_no_update")
    try workspace.database.execute(
      #"UPDATE response_revisions SET answers = '{"answers": {"no.such.question": "x"}}'"#)
    let tool = try RoundContext(roundName: "R1", workspace: workspace).tool
    let revision = try #require(try workspace.responseRevisions(round: round).first)
    #expect {
      try revision.answers(using: tool)
    } throws: { error in
      guard case .corruptRow(let table, let detail) = error as? WorkspaceError else { return false }
      return table == "response_revisions" && detail.contains("column answers")
    }
    try workspace.database.execute("PRAGMA ignore_check_constraints = ON")
    try workspace.database.execute("UPDATE response_revisions SET status = 'bogus'")
    #expect {
      try workspace.responseRevisions(round: round)
    } throws: { error in
      guard case .corruptRow(let table, let detail) = error as? WorkspaceError else { return false }
      return table == "response_revisions" && detail.hasSuffix("revision 1, column status")
    }
  }

  /// Answers to every question that applies, each with enough evidence: the first level or
  /// option, today's date, the lowest number, or a sentence.
  private func completeAnswers(_ tool: AuditTool, attributes: CaseAttributes) throws -> AnswerSet {
    var answers = AnswerSet()
    let evidence = String(
      repeating: "The file records the child's daily care and what was seen at home. ", count: 4)
    for _ in 0..<3 {
      for question in tool.questions {
        let value: AnswerValue
        switch question.type {
        case .grade(let scale): value = .level(try #require(scale.levels.first).code)
        case .choice(let options): value = .choice(try #require(options.first).code)
        case .multiChoice(let options): value = .choices([try #require(options.first).code])
        case .number(let bounds): value = .number(bounds.minimum ?? 0)
        case .date: value = .date(try #require(CalendarDate(iso: "2027-03-01")))
        case .text: value = .text(evidence)
        }
        answers.answers[question.id] = Answer(value, evidence: evidence)
      }
      answers = tool.keepingApplicable(answers, case: attributes)
    }
    #expect(tool.validate(answers, case: attributes, mode: .submit) == [])
    return answers
  }
}
