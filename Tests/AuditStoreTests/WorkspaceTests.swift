import CaseList
import Formats
import Foundation
import TestSupport
import Testing

@testable import AuditStore

@Suite struct WorkspaceTests {
  @Test func createRecordsMetadataAndAnEvent() throws {
    let temp = try TemporaryWorkspace()
    let status = try temp.workspace.status()
    #expect(status.formatVersion == Workspace.currentFormatVersion)
    #expect(status.createdAt == "2027-01-15T08:00:00.000Z")
    #expect(status.events == 1)
    #expect(try temp.workspace.events().first?.action == "workspace.created")
    #expect(try temp.workspace.pseudonymSecret() == Array(repeating: 7, count: 32))
  }

  @Test func createOnAnExistingWorkspaceChangesNothing() throws {
    let temp = try TemporaryWorkspace()
    let before = try Data(contentsOf: URL(fileURLWithPath: temp.path))
    let outcome = try Workspace.create(at: temp.path, actor: "someone")
    #expect(outcome == .alreadyExists(formatVersion: Workspace.currentFormatVersion))
    #expect(try temp.workspace.status().events == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: temp.path)) == before)
  }

  @Test(
    arguments: [
      ("text", Array("Northbridge case notes\n".utf8)),
      ("empty", []),
      ("binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ] as [(String, [UInt8])])
  func createRefusesAFileThatIsNotAWorkspace(name: String, bytes: [UInt8]) throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(bytes: bytes, to: "\(name).db")
    #expect {
      try Workspace.create(at: path, actor: "test")
    } throws: { error in
      guard case .notAWorkspace = error as? WorkspaceError else { return false }
      return true
    }
    #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
  }

  @Test func anotherProgramsSQLiteDatabaseIsRefusedAndUntouched() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("other.db")
    do {
      let other = try Database(path: path)
      try other.executeScript("PRAGMA journal_mode=DELETE; CREATE TABLE t (x INTEGER);")
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: WorkspaceError.self) { try Workspace.create(at: path, actor: "test") }
    #expect(throws: WorkspaceError.self) { try Workspace.open(at: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func aNewerWorkspaceIsRefusedWithAClearMessage() throws {
    let temp = try TemporaryWorkspace()
    try temp.workspace.database.execute("PRAGMA user_version = 999")
    #expect(
      throws: WorkspaceError.newerFormat(
        path: temp.path, found: 999, supported: Workspace.currentFormatVersion)
    ) {
      try Workspace.open(at: temp.path)
    }
    let message = WorkspaceError.newerFormat(path: "w.db", found: 999, supported: 1).description
    #expect(message.contains("upgrade CaseAudit"))
  }

  @Test func aMissingWorkspaceIsAClearError() throws {
    let directory = try TemporaryDirectory()
    #expect(throws: WorkspaceError.missing(path: directory.file("none.db"))) {
      try Workspace.open(at: directory.file("none.db"))
    }
    #expect(!FileManager.default.fileExists(atPath: directory.file("none.db")))
  }

  @Test func theEventIsWrittenInTheSameTransactionAsTheChange() throws {
    struct Refused: Error {}
    let temp = try TemporaryWorkspace()
    let database = temp.workspace.database
    try database.executeScript("CREATE TABLE things (name TEXT NOT NULL) STRICT;")
    try temp.workspace.write(actor: "ana", action: "thing.added", subject: "a") { db in
      try db.execute("INSERT INTO things(name) VALUES (?)", ["a"])
    }
    #expect(throws: Refused.self) {
      try temp.workspace.write(actor: "ana", action: "thing.added", subject: "b") { db in
        try db.execute("INSERT INTO things(name) VALUES (?)", ["b"])
        throw Refused()
      }
    }
    #expect(try database.scalarInt("SELECT count(*) FROM things") == 1)
    let actions = try temp.workspace.events().map(\.action)
    #expect(actions == ["thing.added", "workspace.created"])
    // A failure in the event insert itself also undoes the change: a trigger refuses it here.
    try database.executeScript(
      """
      CREATE TRIGGER refuse BEFORE INSERT ON events WHEN new.action = 'thing.vetoed'
      BEGIN SELECT RAISE(ABORT, 'vetoed'); END;
      """)
    #expect(throws: SQLiteError.self) {
      try temp.workspace.write(actor: "ana", action: "thing.vetoed", subject: "c") { db in
        try db.execute("INSERT INTO things(name) VALUES (?)", ["c"])
      }
    }
    #expect(try database.scalarInt("SELECT count(*) FROM things") == 1)
  }

  @Test func theEventLogIsAppendOnly() throws {
    let temp = try TemporaryWorkspace()
    let database = temp.workspace.database
    let update = try #require(throws: SQLiteError.self) {
      try database.execute("UPDATE events SET actor = ?", ["mallory"])
    }
    #expect(update.message.contains("append-only"))
    #expect(throws: SQLiteError.self) { try database.execute("DELETE FROM events") }
    #expect(try temp.workspace.events().count == 1)
  }

  @Test func eventsComeNewestFirstWithLimitAndJSONDetails() throws {
    let temp = try TemporaryWorkspace()
    for index in 1...5 {
      try temp.workspace.write(
        actor: "ana", action: "test.step", subject: "step \(index)",
        details: ["index": String(index)]
      ) { _ in }
    }
    let latest = try temp.workspace.events(limit: 2)
    #expect(latest.map(\.subject) == ["step 5", "step 4"])
    #expect(latest.first?.details == #"{"index":"5"}"#)
    #expect(try temp.workspace.events().count == 6)
  }
}

/// Stored case rows decode exactly or are refused with the table and column.
@Suite struct StoredCaseDecodingTests {
  private func workspaceWithTwoCases() throws -> TemporaryWorkspace {
    let temp = try TemporaryWorkspace()
    let asOf = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    let records = [
      CaseRecord(
        id: "C1", stage: .childProtection, neglectStatus: .confirmed, team: "East",
        startDate: CalendarDate(year: 2026, month: 9, day: 1), abuseCategory: .neglect),
      CaseRecord(id: "C2", stage: .closed, neglectStatus: .none),
    ]
    _ = try temp.workspace.saveSnapshot(
      asOf: asOf, format: "annex-a", sources: [], records: CaseRecords(records), actor: "test")
    return temp
  }

  @Test func savedCasesReadBackAsSaved() throws {
    let temp = try workspaceWithTwoCases()
    let read = try temp.workspace.cases(inSnapshot: 1)
    #expect(read.map(\.id) == ["C1", "C2"])
    #expect(read[0].stage == .childProtection && read[0].abuseCategory == .neglect)
    #expect(read[0].startDate == CalendarDate(year: 2026, month: 9, day: 1))
    #expect(read[1].startDate == nil && read[1].stage == .closed)
  }

  @Test(arguments: [
    ("stage", "'bogus'"), ("neglect_status", "'maybe'"), ("start_date", "'31/03/2027'"),
    ("end_date", "'2027-02-30'"), ("abuse_category", "'unknown'"),
  ])
  func anUndecodableColumnIsAnErrorNamingIt(column: String, value: String) throws {
    let temp = try workspaceWithTwoCases()
    try temp.workspace.database.execute(
      "UPDATE cases SET \(column) = \(value) WHERE case_id = 'C1'")
    #expect {
      try temp.workspace.cases(inSnapshot: 1)
    } throws: { error in
      guard case .corruptRow(let table, let detail) = error as? WorkspaceError else { return false }
      return table == "cases" && detail.hasSuffix("column \(column)")
    }
  }
}
