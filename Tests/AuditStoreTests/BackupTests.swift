import CaseList
import Formats
import Foundation
import TestSupport
import Testing

@testable import AuditStore

/// Backups through SQLite's online backup API, restores, and the copy taken before a
/// migration.
@Suite struct BackupTests {
  private func events(_ path: String) throws -> [String] {
    try Workspace.open(at: path).events().map(\.action)
  }

  @Test func aBackupIsConsistentWhileAnotherConnectionIsMidWrite() throws {
    let temp = try TemporaryWorkspace()
    try temp.workspace.write(actor: "t", action: "test.before", subject: nil) { _ in }
    // Another connection in the middle of a write: its rows are not committed, so a
    // consistent copy holds none of them.
    let writer = try Database(path: temp.path, mode: .existingOnly)
    try writer.execute("BEGIN IMMEDIATE")
    try writer.execute(
      "INSERT INTO events(at, actor, action, details) VALUES ('x', 't', 'test.uncommitted', '{}')")
    let path = temp.directory.file("backup.db")
    // The copy itself (logging the backup waits for the writer, as every write does).
    let pages = try Workspace.copyChecked(from: temp.workspace.database, to: path)
    try writer.execute("ROLLBACK")
    #expect(pages > 0)
    let copied = try events(path)
    #expect(copied.contains("test.before"))
    #expect(!copied.contains("test.uncommitted"))
    #expect(try Database(path: path, mode: .readOnly).integrityProblem() == nil)
    let logged = try temp.workspace.backup(to: temp.directory.file("second.db"), actor: "t")
    #expect(logged.formatVersion == Workspace.currentFormatVersion)
    #expect(try events(temp.path).first == "workspace.backedUp")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: temp.directory.path)
        .allSatisfy { !$0.contains(".partial-") })
  }

  @Test func aBackupNeverOverwritesAFile() throws {
    let temp = try TemporaryWorkspace()
    let path = try temp.directory.write("keep me", to: "taken.db")
    #expect(throws: WorkspaceDataError.self) {
      try temp.workspace.backup(to: path, actor: "t")
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
  }

  @Test func aRestorePutsTheBackupBackAndKeepsWhatWasThere() throws {
    let temp = try TemporaryWorkspace()
    try temp.workspace.write(actor: "t", action: "test.kept", subject: nil) { _ in }
    let path = temp.directory.file("backup.db")
    _ = try temp.workspace.backup(to: path, actor: "t")
    try temp.workspace.write(actor: "t", action: "test.after-backup", subject: nil) { _ in }
    let (restored, safety) = try Workspace.restore(from: path, to: temp.path, actor: "t")
    #expect(restored.path == path)
    let now = try events(temp.path)
    #expect(now.first == "workspace.restored")
    #expect(now.contains("test.kept") && !now.contains("test.after-backup"))
    // The connection opened before the restore sees the restored workspace too.
    #expect(try temp.workspace.events().first?.action == "workspace.restored")
    #expect(try events(safety.path).contains("test.after-backup"))
  }

  @Test func aDamagedOrForeignBackupIsRefusedAndTheWorkspaceIsUntouched() throws {
    let temp = try TemporaryWorkspace()
    let foreign = try temp.directory.write("not a database", to: "notes.db")
    #expect(throws: WorkspaceError.self) {
      try Workspace.restore(from: foreign, to: temp.path, actor: "t")
    }
    let plain = temp.directory.file("plain.db")
    let database = try Database(path: plain)
    try database.execute("CREATE TABLE t(x)")
    #expect(throws: WorkspaceError.self) {
      try Workspace.restore(from: plain, to: temp.path, actor: "t")
    }
    #expect(try events(temp.path) == ["workspace.created"])
  }

  @Test func openingAnOlderWorkspaceCopiesItBeforeMigrating() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("old.db")
    do {
      let database = try Database(path: path)
      _ = try Migrator([WorkspaceSchema.migrator.migrations[0]]).migrate(database)
      try database.execute(
        "INSERT INTO workspace_meta(key, value) VALUES ('secret', 'x'), ('createdAt', 'x')")
    }
    let workspace = try Workspace.open(at: path, actor: "t")
    #expect(try workspace.database.userVersion == Workspace.currentFormatVersion)
    let copies = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasPrefix("old.db.before-format-") && $0.hasSuffix(".db") }
    #expect(copies.count == 1)
    let copy = try Database(path: directory.file(try #require(copies.first)), mode: .readOnly)
    #expect(try copy.userVersion == 1)
    #expect(try workspace.events().first?.action == "workspace.migrated")
  }
}

/// A write that meets a full disk: a clear error, nothing half-written, the workspace usable.
///
/// The disk is filled with SQLite's own page limit (`PRAGMA max_page_count`, sqlite.org/
/// pragma.html#pragma_max_page_count), which fails exactly as a full disk does (SQLITE_FULL).
@Suite struct DiskFullTests {
  @Test func anImportThatFillsTheDiskLeavesTheWorkspaceAsItWas() throws {
    let temp = try TemporaryWorkspace()
    let pages = try temp.workspace.database.query("PRAGMA page_count").first?[0].int64 ?? 0
    try temp.workspace.database.execute("PRAGMA max_page_count = \(pages + 4)")
    let records = (0..<20_000).map { index in
      CaseRecord(
        id: "C\(100_000 + index)", stage: .childInNeed, neglectStatus: .possible,
        team: "Team \(index % 7)", worker: "Worker \(index % 31)")
    }
    let asOf = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    let error = try #require(throws: SQLiteError.self) {
      try temp.workspace.saveSnapshot(
        asOf: asOf, format: "annex-a", sources: [], records: CaseRecords(records), actor: "t")
    }
    #expect(error.primaryCode == 13)
    #expect(
      error.description.hasPrefix("the disk holding the workspace is full: nothing was changed"))
    #expect(try temp.workspace.snapshots().isEmpty)
    #expect(try temp.workspace.database.integrityProblem() == nil)
    #expect(try temp.workspace.events().map(\.action) == ["workspace.created"])
    // Space again: the same import goes through.
    try temp.workspace.database.execute("PRAGMA max_page_count = 1073741823")
    _ = try temp.workspace.saveSnapshot(
      asOf: asOf, format: "annex-a", sources: [], records: CaseRecords(records), actor: "t")
    #expect(try temp.workspace.snapshots().first?.cases == 20_000)
  }

  @Test func aWriteToAReadOnlyWorkspaceSaysSoAndChangesNothing() throws {
    let temp = try TemporaryWorkspace()
    let readOnly = try Database(path: temp.path, mode: .readOnly)
    let error = try #require(throws: SQLiteError.self) {
      try readOnly.execute(
        "INSERT INTO events(at, actor, action, details) VALUES ('x', 't', 'test.no', '{}')")
    }
    #expect(error.primaryCode == 8)
    #expect(error.description.hasPrefix("the workspace cannot be written"))
    #expect(try temp.workspace.events().map(\.action) == ["workspace.created"])
  }
}
