import AuditStore
import CaseList
import Formats
import TestSupport
import Testing
import Workflows

/// Importing a snapshot in-process: dry run, import, the same files again, an empty list and
/// a strict import with warnings.
@Suite struct SnapshotImportTests {
  private let header =
    "Child Unique ID,Family ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
    + "Does the Child have a Disability,CIN Start Date,Primary Need Code,Case Status,"
    + "CIN Closure Date,Allocated Team,Allocated Worker"

  private func list(_ rows: [String]) -> CaseListSource {
    CaseListSource(name: "list6.csv", text: ([header] + rows).joined(separator: "\n") + "\n")
  }

  private func run(
    _ source: CaseListSource, strict: Bool = false, again: Bool = false, workspace: Workspace?
  ) throws -> SnapshotImport.Outcome {
    let asOf = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    return try SnapshotImport.run(
      sources: [source], format: .annexA, asOf: asOf, strict: strict, again: again,
      fingerprints: { [String(repeating: "ab", count: 32)] }, workspace: workspace, actor: "t")
  }

  private let good = [
    "C1,,Female,WBRI,05/06/2015,,No,01/04/2026,N1,c) Child in need plan,,Team A,W A",
    "C2,,Male,WBRI,05/06/2016,,No,01/04/2026,N5,b) Child Protection plan,,Team B,W B",
  ]

  @Test func aListIsImportedOnceAndTheSameFilesAgainAreNamed() throws {
    let temp = try TemporaryWorkspace()
    guard case .imported(nil, let dry, let sources) = try run(list(good), workspace: nil) else {
      Issue.record("a dry run imports nothing")
      return
    }
    #expect(dry.records.count == 2 && sources.first?.kind == "list6")
    #expect(try temp.workspace.snapshots().isEmpty)
    guard case .imported(let id?, _, _) = try run(list(good), workspace: temp.workspace) else {
      Issue.record("the import should store a snapshot")
      return
    }
    guard case .alreadyImported(let same) = try run(list(good), workspace: temp.workspace) else {
      Issue.record("the same files again should be named, not imported")
      return
    }
    #expect(same.id == id)
    guard
      case .imported(let second?, _, _) = try run(
        list(good), again: true, workspace: temp.workspace)
    else {
      Issue.record("--again imports a second copy")
      return
    }
    #expect(second == id + 1)
  }

  @Test func aListWithNoChildIsRefusedAndStrictRefusesWarnings() throws {
    let temp = try TemporaryWorkspace()
    let empty = #expect(throws: SnapshotImport.NoChildren.self) {
      try run(list([]), workspace: temp.workspace)
    }
    #expect(empty?.files == ["list6.csv"])
    // An age that disagrees with the date of birth is a data-quality warning.
    let warned = list(
      good + ["C3,,Female,WBRI,05/06/2015,2,No,01/04/2026,N1,c) Child in need plan,,Team A,W A"])
    guard case .refused(let result, _) = try run(warned, strict: true, workspace: temp.workspace)
    else {
      Issue.record("strict refuses warnings")
      return
    }
    #expect(!result.warnings.isEmpty && result.isValid)
    #expect(try temp.workspace.snapshots().isEmpty)
    guard case .imported(_?, let kept, _) = try run(warned, workspace: temp.workspace) else {
      Issue.record("without strict, warnings are kept with the snapshot")
      return
    }
    #expect(try temp.workspace.warnings(inSnapshot: 1).count == kept.warnings.count)
  }
}
