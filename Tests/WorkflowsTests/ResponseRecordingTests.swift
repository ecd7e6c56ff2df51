import AuditForms
import AuditStore
import Foundation
import Sampling
import TestSupport
import Testing
import Workflows

/// Recording answers in-process, on a demo workspace of its own (these tests write to it).
@Suite(.serialized) struct ResponseRecordingTests {
  private static let demo = Result { try DemoWorkspace.make() }

  private func opened() throws -> (Workspace, RoundContext) {
    let workspace = try Workspace.open(at: try Self.demo.get().1, actor: "test")
    return (workspace, try RoundContext(roundName: DemoWorkspace.followUp, workspace: workspace))
  }

  private func revisions(_ workspace: Workspace, _ context: RoundContext) throws -> Int {
    try workspace.responseRevisions(round: context.round, latestOnly: false).count
  }

  @Test func aDraftIsSavedAndResumedAndAnIncompleteSubmissionSavesNothing() throws {
    let (workspace, context) = try opened()
    let caseID = try #require(context.allocation.keys.sorted().first)
    let auditor = try #require(context.allocation[caseID]?.first)
    let session = try ResponseRecording.AuditSession(
      round: context.round.name, caseID: context.pseudonyms.reference(for: caseID),
      auditor: auditor, allowUnallocated: false, workspace: workspace)
    // The first graded question, answered with its scale's first level and some evidence.
    let (question, level) = try #require(
      context.tool.questions.lazy.compactMap { question -> (Question, String)? in
        guard case .grade(let scale) = question.type, let level = scale.levels.first else {
          return nil
        }
        return (question, level.code)
      }.first)
    let partial = AnswerSet([
      question.id: Answer(
        .level(level),
        evidence: "The plan names the child's lived experience and the home conditions seen.")
    ])
    let before = try revisions(workspace, context)
    let rejected = #expect(throws: AnswersRejected.self) {
      try session.submit(partial, workspace: workspace, actor: "test")
    }
    #expect(rejected?.problems.isEmpty == false)
    #expect(try revisions(workspace, context) == before)
    let revision = try session.saveDraft(partial, workspace: workspace, actor: "test")
    #expect(try revisions(workspace, context) == before + 1)
    let resumed = try ResponseRecording.AuditSession(
      round: context.round.name, caseID: caseID, auditor: auditor, allowUnallocated: false,
      workspace: workspace)
    #expect(resumed.previous?.revision == revision)
    #expect(resumed.previous?.status == .draft)
    #expect(try resumed.resumedAnswers().answers.keys.sorted() == [question.id])
  }

  @Test func answersThatAreNotJSONAreRejectedWithTheirPlace() throws {
    let (workspace, context) = try opened()
    let caseID = try #require(context.allocation.keys.sorted().last)
    let auditor = try #require(context.allocation[caseID]?.first)
    let before = try revisions(workspace, context)
    let rejected = #expect(throws: AnswersRejected.self) {
      try ResponseRecording.recordAudit(
        round: context.round.name, caseID: caseID, auditor: auditor,
        answers: Array("{\"answers\": [".utf8), fileName: "answers.json", draft: true,
        allowUnallocated: false, workspace: workspace, actor: "test")
    }
    #expect(rejected?.problems.first?.description.hasPrefix("answers.json:") == true)
    #expect(try revisions(workspace, context) == before)
  }

  @Test func anAuditorWhoIsNotAllocatedNeedsToSaySo() throws {
    let (workspace, context) = try opened()
    let caseID = try #require(context.allocation.keys.sorted().first)
    let allocated = Set(context.allocation[caseID] ?? [])
    let outsider = try #require(
      context.auditors.values.map(\.id).sorted().first { !allocated.contains($0) })
    let failure = #expect(throws: WorkflowFailure.self) {
      try ResponseRecording.AuditSession(
        round: context.round.name, caseID: caseID, auditor: outsider, allowUnallocated: false,
        workspace: workspace)
    }
    #expect(failure?.message.contains("--unallocated") == true)
    let session = try ResponseRecording.AuditSession(
      round: context.round.name, caseID: caseID, auditor: outsider, allowUnallocated: true,
      workspace: workspace)
    #expect(session.unallocated)
  }

  @Test func onlyAModeratorWhoDidNotAuditTheCaseMayModerateIt() throws {
    let (workspace, context) = try opened()
    let caseID = try #require(context.allocation.keys.sorted().first)
    let auditor = try #require(context.allocation[caseID]?.first)
    let notModerator = #expect(throws: WorkflowFailure.self) {
      try ResponseRecording.recordModeration(
        round: context.round.name, caseID: caseID, moderator: auditor,
        answers: Array("{}".utf8), fileName: "agreed.json", rationale: nil,
        workspace: workspace, actor: "test")
    }
    let role = try #require(context.auditors[auditor]?.role)
    if role == .auditor {
      #expect(notModerator?.message.contains("not a moderator or lead") == true)
    } else {
      #expect(notModerator?.message.contains("cannot also moderate it") == true)
    }
  }
}
