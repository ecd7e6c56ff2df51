import Foundation
import TestSupport
import Testing

@testable import AuditStore

/// A laptop lid closed mid-import, fifty times: `cases import` killed with SIGKILL at moments
/// spread over the whole import leaves a workspace that opens, passes `PRAGMA integrity_check`
/// and holds the whole snapshot or none of it, its event log agreeing (issue 17).
@Suite struct KillDuringImportTests {
  private static let children = 6_000
  private static let header =
    "Child Unique ID,Family ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
    + "Does the Child have a Disability,CIN Start Date,Primary Need Code,Case Status,"
    + "CIN Closure Date,Allocated Team,Allocated Worker"

  @Test func everyKillLeavesTheWholeSnapshotOrNone() throws {
    let directory = try TemporaryDirectory()
    let rows = (0..<Self.children).map { index in
      "C\(100_000 + index),,Female,WBRI,05/06/2015,,No,01/04/2026,N\(1 + index % 9),"
        + "c) Child in need plan,,Team \(index % 7),Worker \(index % 40)"
    }
    let list = try directory.write(
      ([Self.header] + rows).joined(separator: "\n") + "\n", to: "list6.csv")
    let blank = directory.file("blank.db")
    _ = try Workspace.create(at: blank, actor: "test")
    func fresh(_ name: String) throws -> String {
      let path = directory.file(name)
      try FileManager.default.copyItem(atPath: blank, toPath: path)
      return path
    }
    func importing(into path: String) -> [String] {
      ["cases", "import", list, "--as-of", "2027-03-31", "--workspace", path]
    }
    // How long an import runs uninterrupted, to spread the kills over it.
    let timed = try fresh("timed.db")
    let started = Date()
    let full = try CommandRunner.run(importing(into: timed))
    try #require(full.exitCode == 0, "\(full.stderr)")
    let duration = Date().timeIntervalSince(started)

    var generator = TestRandom.forTest(seed: 17)
    var outcomes: [String: Int] = [:]
    for kill in 0..<50 {
      let path = try fresh("kill-\(kill).db")
      let delay = Double.random(in: 0...(duration * 1.1), using: &generator)
      let process = try CommandRunner.start(importing(into: path))
      Thread.sleep(forTimeInterval: delay)
      process.send(signal: SIGKILL)
      _ = process.wait()
      let workspace = try Workspace.open(at: path)
      #expect(try workspace.database.integrityProblem() == nil, "kill \(kill)")
      #expect(try workspace.status().formatVersion == Workspace.currentFormatVersion)
      let snapshots = try workspace.snapshots()
      let imported = try workspace.events().filter { $0.action == "snapshot.imported" }
      #expect(snapshots.count == imported.count, "kill \(kill): log and data disagree")
      #expect(snapshots.count <= 1)
      if let snapshot = snapshots.first {
        #expect(snapshot.cases == Self.children, "kill \(kill): half a snapshot")
        #expect(try workspace.cases(inSnapshot: snapshot.id).count == Self.children)
      }
      #expect(try workspace.status().snapshots == snapshots.count)
      let key = snapshots.isEmpty ? "none" : "whole"
      outcomes[key, default: 0] += 1
    }
    // The kills fell both before the commit and after it (the delays span 110 % of an import).
    #expect(outcomes["none", default: 0] > 0 && outcomes["whole", default: 0] > 0, "\(outcomes)")
  }
}
