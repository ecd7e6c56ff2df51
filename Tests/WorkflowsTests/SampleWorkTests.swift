import CaseList
import Formats
import Foundation
import Sampling
import TestSupport
import Testing
import Workflows

@testable import AuditStore

/// Drawing, storing, reading back and replacing a round's sample in-process.
@Suite struct SampleWorkTests {
  /// A workspace with 60 children (a third on a child-protection plan under neglect) and one
  /// round on them.
  private func workspaceWithRound() throws -> TemporaryWorkspace {
    let temp = try TemporaryWorkspace()
    let records = (0..<60).map { index in
      CaseRecord(
        id: "C\(100 + index)", stage: index % 3 == 0 ? .childProtection : .childInNeed,
        neglectStatus: index % 3 == 0 ? .confirmed : .possible, team: "Team \(index % 4)",
        age: index % 17, startDate: CalendarDate(year: 2026, month: 1 + index % 12, day: 1))
    }
    let asOf = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    let snapshot = try temp.workspace.saveSnapshot(
      asOf: asOf, format: "annex-a", sources: [], records: CaseRecords(records), actor: "test")
    _ = try temp.workspace.createRound(
      name: "R1", toolID: "neglect-thematic", toolVersion: nil, purpose: .routine,
      training: nil, snapshotID: snapshot, auditDate: nil, actor: "test")
    return temp
  }

  @Test func aDrawIsStoredAndReadBackAsDrawn() throws {
    let temp = try workspaceWithRound()
    let spec = SampleSpec(
      size: 8, neglect: .any, stratifyBy: [.stage], reservesPerStratum: 1, seed: 7)
    let (round, stored, draw) = try SampleWork.draw(
      round: "R1", spec: spec, now: Date(), replacingExisting: false, workspace: temp.workspace,
      actor: "test")
    #expect(stored == spec, "with nothing audited recently, nothing more is excluded")
    #expect(draw.cases.count == 8)
    let (readSpec, readDraw, _) = try SampleWork.load(round, workspace: temp.workspace)
    #expect(readSpec == spec && readDraw == draw)
    #expect(
      Set(try temp.workspace.sampleCases(forRound: round).map(\.caseID))
        == Set(draw.cases.map(\.caseId)))
    #expect(throws: WorkspaceDataError.self) {
      try SampleWork.draw(
        round: "R1", spec: spec, now: Date(), replacingExisting: false,
        workspace: temp.workspace, actor: "test")
    }
    #expect(try SampleWork.verifyAndRecord(round, workspace: temp.workspace, actor: "t") == [])
  }

  @Test func casesSampledRecentlyByAnotherRoundAreLeftOut() throws {
    let temp = try workspaceWithRound()
    let first = try SampleWork.draw(
      round: "R1", spec: SampleSpec(size: 20, neglect: .any, seed: 5), now: Date(),
      replacingExisting: false, workspace: temp.workspace, actor: "test")
    _ = try temp.workspace.createRound(
      name: "R2", toolID: "neglect-thematic", toolVersion: nil, purpose: .routine,
      training: nil, snapshotID: first.round.snapshotID, auditDate: nil, actor: "test")
    let earlier = first.draw.cases.map(\.caseId)
    let second = try SampleWork.draw(
      round: "R2", spec: SampleSpec(size: 30, neglect: .any, excludedCaseIds: ["C999"], seed: 6),
      excludeAuditedWithinDays: 30, now: Date(), replacingExisting: false,
      workspace: temp.workspace, actor: "test")
    #expect(Set(second.spec.excludedCaseIds) == Set(earlier + ["C999"]))
    #expect(second.spec.excludedCaseIds == second.spec.excludedCaseIds.sorted())
    #expect(Set(second.draw.cases.map(\.caseId)).isDisjoint(with: earlier))
    #expect(second.draw.cases.count == 30)
  }

  @Test func aReplacementSwapsInTheStratumsReserveAndIsLogged() throws {
    let temp = try workspaceWithRound()
    let spec = SampleSpec(
      size: 6, neglect: .any, stratifyBy: [.stage], reservesPerStratum: 2, seed: 11)
    let (round, _, draw) = try SampleWork.draw(
      round: "R1", spec: spec, now: Date(), replacingExisting: false, workspace: temp.workspace,
      actor: "test")
    let leaving = try #require(draw.cases.first)
    let (_, out, incoming) = try SampleWork.replace(
      caseID: leaving.caseId, round: "R1", reason: "file missing", workspace: temp.workspace,
      actor: "test")
    #expect(out == [leaving.caseId])
    #expect(incoming.count == 1)
    let (_, after, _) = try SampleWork.load(round, workspace: temp.workspace)
    #expect(after.cases.count == 6)
    #expect(!after.cases.contains { $0.caseId == leaving.caseId })
    #expect(after.cases.first { $0.caseId == incoming[0] }?.stratum == leaving.stratum)
    #expect(try SampleWork.verifyAndRecord(round, workspace: temp.workspace, actor: "t") == [])
  }

  @Test func aStoredSampleThatDoesNotDecodeFailsNamingTheRound() throws {
    let temp = try workspaceWithRound()
    let spec = SampleSpec(size: 4, neglect: .any, seed: 3)
    let (round, _, _) = try SampleWork.draw(
      round: "R1", spec: spec, now: Date(), replacingExisting: false, workspace: temp.workspace,
      actor: "test")
    try temp.workspace.database.execute("UPDATE samples SET draw = '{\"cases\": 3}'")
    #expect {
      try SampleWork.load(round, workspace: temp.workspace)
    } throws: { error in
      guard case .corruptRow(let table, let detail) = error as? WorkspaceError else { return false }
      return table == "samples" && detail.contains("round \(round.id) ('R1')")
    }
    // Findings do not read the draw (the weights are the sample's stored rows); whatever
    // decodes it — the report's methods — fails loudly.
    let audited = try AuditedRound(roundName: "R1", workspace: temp.workspace)
    #expect(throws: WorkspaceError.self) { try audited.sample() }
  }
}
