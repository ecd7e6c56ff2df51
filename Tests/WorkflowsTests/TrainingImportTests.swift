import AuditStore
import CaseList
import Formats
import TestSupport
import Testing
import Workflows

/// Training attendance read in-process: good rows kept once, each bad row named.
@Suite struct TrainingImportTests {
  @Test func attendanceIsAddedOnceAndBadRowsAreNamed() throws {
    let temp = try TemporaryWorkspace()
    let good = "worker,course,date\nW A,Neglect,12/01/2027\nW B,Neglect,2027-01-12\n"
    let first = try TrainingImport.run(
      file: "training.csv", bytes: Array(good.utf8), referenceYear: 2027,
      workspace: temp.workspace, actor: "t")
    #expect(first.added == 2)
    #expect(first.records.map(\.date.description) == ["2027-01-12", "2027-01-12"])
    let again = try TrainingImport.run(
      file: "training.csv", bytes: Array(good.utf8), referenceYear: 2027,
      workspace: temp.workspace, actor: "t")
    #expect(again.added == 0)
    let bad = "worker,course,date\n,Neglect,12/01/2027\nW C,,12/01/2027\nW D,Neglect,31/02/2027\n"
    let rejected = #expect(throws: RowsRejected.self) {
      try TrainingImport.run(
        file: "training.csv", bytes: Array(bad.utf8), referenceYear: 2027,
        workspace: temp.workspace, actor: "t")
    }
    #expect(
      rejected?.problems.map(\.description) == [
        "training.csv:2:1: the worker is empty", "training.csv:3:5: the course is empty",
        "training.csv:4:13: '31/02/2027' is not a date (dd/mm/yyyy or YYYY-MM-DD)",
      ])
    #expect(try temp.workspace.trainingRecords().count == 2)
  }
}
