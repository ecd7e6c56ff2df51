import AuditStore
import Formats
import Sampling
import TestSupport
import Testing
import Workflows

/// The roster read in-process: each kind of bad row named with its place, nothing imported.
@Suite struct RosterImportTests {
  private let header = "id,name,agency,team,role"

  @Test func aRosterIsAddedThenUpdated() throws {
    let temp = try TemporaryWorkspace()
    let text = [header, "A1,Ann,Health,,auditor", "M1,Mo,Police,East,Moderator"]
      .joined(separator: "\n")
    let first = try RosterImport.run(
      file: "roster.csv", bytes: Array(text.utf8), workspace: temp.workspace, actor: "t")
    #expect(first.added == 2 && first.updated == 0)
    #expect(first.auditors.map(\.role) == [.auditor, .moderator])
    #expect(first.auditors[0].team == nil && first.auditors[1].team == "East")
    let again = try RosterImport.run(
      file: "roster.csv", bytes: Array(text.utf8), workspace: temp.workspace, actor: "t")
    #expect(again.added == 0 && again.updated == 2)
  }

  @Test func everyBadRowIsNamedAndNothingIsImported() throws {
    let temp = try TemporaryWorkspace()
    let text = [
      header, "A1,Ann,Health,,auditor", "A1,Bo,Police,,auditor", ",Cy,Housing,,auditor",
      "A4,,Housing,,auditor", "A5,Di,,,auditor", "A6,Ed,Health,,boss",
    ].joined(separator: "\n")
    let rejected = #expect(throws: RowsRejected.self) {
      try RosterImport.run(
        file: "roster.csv", bytes: Array(text.utf8), workspace: temp.workspace, actor: "t")
    }
    #expect(
      rejected?.problems.map(\.description) == [
        "roster.csv:3:1: auditor id repeats the one on line 2",
        "roster.csv:4:1: the auditor id is empty",
        "roster.csv:5:4: the name is empty",
        "roster.csv:6:7: the agency is empty",
        "roster.csv:7:15: unknown role 'boss' (expected auditor, moderator or lead)",
      ])
    #expect(try temp.workspace.auditors().isEmpty)
    let missing = #expect(throws: RowsRejected.self) {
      try RosterImport.run(
        file: "roster.csv", bytes: Array("id,name\nA1,Ann\n".utf8), workspace: temp.workspace,
        actor: "t")
    }
    #expect(
      missing?.problems.map(\.description) == [
        "roster.csv:1:1: missing columns 'agency', 'team', 'role'"
      ])
  }
}
