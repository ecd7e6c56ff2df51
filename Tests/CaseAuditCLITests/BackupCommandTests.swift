import AuditStore
import Foundation
import TestSupport
import Testing

/// `caseaudit backup` and `caseaudit restore` as a user runs them.
@Suite struct BackupCommandTests {
  @Test func aBackupIsMadeOnceAndRestoredWithTheCurrentStateKept() throws {
    let temp = try TemporaryWorkspace()
    let ws = ["--workspace", temp.path]
    let path = temp.directory.file("backup.db")
    let first = InProcessCLI.run(["backup", path] + ws)
    #expect(first.exitCode == 0, "\(first.stderr)")
    #expect(first.stdout.contains("integrity checked"))
    let again = InProcessCLI.run(["backup", path] + ws)
    #expect(again.exitCode == 1)
    #expect(again.stderr.contains("already exists"))
    let roster = try temp.directory.write(
      "id,name,agency,team,role\nA1,Ann,Health,,auditor\n", to: "roster.csv")
    #expect(InProcessCLI.run(["auditors", "import", roster] + ws).exitCode == 0)
    let restore = InProcessCLI.run(["restore", path, "--json"] + ws)
    #expect(restore.exitCode == 0, "\(restore.stderr)")
    let output = try #require(
      try JSONSerialization.jsonObject(with: Data(restore.stdout.utf8)) as? [String: Any])
    let safety = try #require((output["safetyCopy"] as? [String: Any])?["path"] as? String)
    #expect(try temp.workspace.auditors().isEmpty)
    let kept = InProcessCLI.run(["auditors", "list", "--workspace", safety])
    #expect(kept.stdout.contains("A1"))
  }
}
