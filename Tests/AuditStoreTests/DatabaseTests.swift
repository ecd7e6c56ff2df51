import AuditStore
import CaseList
import Formats
import Foundation
import TestSupport
import Testing

@Suite struct DatabaseTests {
  private func freshDatabase() throws -> (TemporaryDirectory, Database) {
    let directory = try TemporaryDirectory()
    let database = try Database(path: directory.file("t.db"))
    try database.executeScript(
      "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT;")
    return (directory, database)
  }

  @Test func opensInWALWithForeignKeysAndNormalSync() throws {
    let (_, database) = try freshDatabase()
    #expect(try database.query("PRAGMA journal_mode").first?[0].string == "wal")
    #expect(try database.scalarInt("PRAGMA foreign_keys") == 1)
    // sqlite.org/pragma.html#pragma_synchronous: NORMAL is 1.
    #expect(try database.scalarInt("PRAGMA synchronous") == 1)
  }

  @Test func doubleQuotedStringLiteralsAreRejected() throws {
    let (_, database) = try freshDatabase()
    // With DQS off, "oops" is an identifier that does not exist, not a string.
    #expect(throws: SQLiteError.self) {
      try database.execute("INSERT INTO items(name) VALUES (\"oops\")")
    }
    #expect(try database.scalarInt("SELECT count(*) FROM items") == 0)
  }

  @Test func boundValuesRoundTrip() throws {
    let (_, database) = try freshDatabase()
    try database.executeScript(
      "CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, n INTEGER) STRICT;")
    try database.execute(
      "INSERT INTO v VALUES (?, ?, ?, ?, ?)",
      [Int64.max, 0.25, "Zoë's \"file\"; DROP TABLE v", SQLiteValue.blob([0, 1, 255]), Int?.none])
    let row = try #require(try database.query("SELECT * FROM v").first)
    #expect(row[0] == .integer(Int64.max))
    #expect(row[1] == .real(0.25))
    #expect(row[2] == .text("Zoë's \"file\"; DROP TABLE v"))
    #expect(row[3] == .blob([0, 1, 255]))
    #expect(row[4] == .null)
  }

  /// Row counts either side of the 64-row group (none, part of one, exactly one, one and a bit,
  /// several and a remainder): every row lands once, each with its own values in its own
  /// columns, compared with the values computed independently here.
  @Test(arguments: [0, 1, 63, 64, 65, 200])
  func insertManyStoresEveryRowOfEveryGroup(count: Int) throws {
    let (_, database) = try freshDatabase()
    try database.executeScript(
      "CREATE TABLE m (k INTEGER PRIMARY KEY, t TEXT, d TEXT, n INTEGER) STRICT;")
    let date = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    try database.insertMany("INSERT INTO m(k, t, d, n)", columns: 4, count: count) { index, row in
      try row.bind(index, at: 1)
      try row.bind(index % 3 == 0 ? nil : "row \(index)", at: 2)
      try row.bind(isoDate: index % 2 == 0 ? date : nil, at: 3)
      try row.bind(index * 7, at: 4)
    }
    let rows = try database.query("SELECT k, t, d, n FROM m ORDER BY k")
    #expect(rows.count == count)
    for (position, row) in rows.enumerated() {
      #expect(row[0].int64 == Int64(position))
      #expect(row[1].string == (position % 3 == 0 ? nil : "row \(position)"))
      #expect(row[2].string == (position % 2 == 0 ? "2027-03-31" : nil))
      #expect(row[3].int64 == Int64(position * 7))
    }
  }

  /// A failing row (a duplicate key in the third group) rolls the whole transaction back.
  @Test func insertManyFailureInsideATransactionLeavesNothing() throws {
    let (_, database) = try freshDatabase()
    try database.executeScript("CREATE TABLE m (k INTEGER PRIMARY KEY) STRICT;")
    #expect(throws: SQLiteError.self) {
      try database.writeTransaction {
        try database.insertMany("INSERT INTO m(k)", columns: 1, count: 150) { index, row in
          try row.bind(index == 140 ? 3 : index, at: 1)
        }
      }
    }
    #expect(try database.scalarInt("SELECT count(*) FROM m") == 0)
  }

  @Test func wrongNumberOfBoundValuesIsAnError() throws {
    let (_, database) = try freshDatabase()
    let error = try #require(throws: SQLiteError.self) {
      try database.execute("INSERT INTO items(name) VALUES (?)", ["a", "b"])
    }
    #expect(error.primaryCode == 25)  // SQLITE_RANGE
  }

  @Test func transactionRollsBackOnThrownErrorAndRethrowsIt() throws {
    struct Boom: Error, Equatable {}
    let (_, database) = try freshDatabase()
    #expect(throws: Boom.self) {
      try database.writeTransaction {
        try database.execute("INSERT INTO items(name) VALUES (?)", ["first"])
        try database.execute("INSERT INTO items(name) VALUES (?)", ["second"])
        throw Boom()
      }
    }
    #expect(try database.scalarInt("SELECT count(*) FROM items") == 0)
    #expect(!database.isInTransaction)
  }

  @Test func constraintViolationCarriesExtendedCodeMessageAndSQLButNoValues() throws {
    let (_, database) = try freshDatabase()
    try database.execute("INSERT INTO items(name) VALUES (?)", ["secret-child-name"])
    let error = try #require(throws: SQLiteError.self) {
      try database.writeTransaction {
        try database.execute("INSERT INTO items(name) VALUES (?)", ["secret-child-name"])
      }
    }
    // sqlite.org/rescode.html#constraint_unique: SQLITE_CONSTRAINT_UNIQUE = 2067.
    #expect(error.extendedCode == 2067)
    #expect(error.codeName == "SQLITE_CONSTRAINT_UNIQUE")
    #expect(error.message.contains("UNIQUE constraint failed: items.name"))
    #expect(error.sql == "INSERT INTO items(name) VALUES (?)")
    #expect(!error.description.contains("secret-child-name"))
  }

  @Test func strictTablesRejectWrongTypes() throws {
    let (_, database) = try freshDatabase()
    try database.executeScript("CREATE TABLE counts (n INTEGER NOT NULL) STRICT;")
    let error = try #require(throws: SQLiteError.self) {
      try database.execute("INSERT INTO counts(n) VALUES (?)", ["not a number"])
    }
    // SQLITE_CONSTRAINT_DATATYPE = 3091 (sqlite.org/rescode.html), raised by STRICT tables.
    #expect(error.extendedCode == 3091)
  }

  @Test func savepointRollsBackOnlyTheInnerUnit() throws {
    struct Inner: Error {}
    let (_, database) = try freshDatabase()
    try database.writeTransaction {
      try database.execute("INSERT INTO items(name) VALUES (?)", ["outer"])
      #expect(throws: Inner.self) {
        try database.savepoint {
          try database.execute("INSERT INTO items(name) VALUES (?)", ["inner"])
          throw Inner()
        }
      }
      // A nested writeTransaction is a savepoint too.
      try database.writeTransaction {
        try database.execute("INSERT INTO items(name) VALUES (?)", ["nested"])
      }
    }
    let names = try database.query("SELECT name FROM items ORDER BY name").compactMap {
      $0[0].string
    }
    #expect(names == ["nested", "outer"])
  }

  @Test func aTextFileIsRefusedAndLeftUnchanged() throws {
    let directory = try TemporaryDirectory()
    let original = "Child list, do not touch\n"
    let path = try directory.write(original, to: "notes.db")
    let error = try #require(throws: SQLiteError.self) { try Database(path: path) }
    #expect(error.primaryCode == 26)  // SQLITE_NOTADB
    #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
  }

  @Test func migratorAppliesInOrderAndRecordsUserVersion() throws {
    let directory = try TemporaryDirectory()
    let database = try Database(path: directory.file("m.db"))
    let migrator = Migrator([
      Migration(version: 1, name: "one", sql: "CREATE TABLE a (x INTEGER) STRICT;"),
      Migration(version: 2, name: "two", sql: "CREATE TABLE b (y INTEGER) STRICT;"),
    ])
    #expect(try migrator.migrate(database).map(\.version) == [1, 2])
    #expect(try database.userVersion == 2)
    #expect(try migrator.migrate(database).isEmpty)
    let older = Migrator([migrator.migrations[0]])
    #expect(throws: Migrator.Failure.newerThanSupported(found: 2, supported: 1)) {
      try older.migrate(database)
    }
  }

  @Test func aFailingMigrationLeavesTheVersionAndSchemaUnchanged() throws {
    let directory = try TemporaryDirectory()
    let database = try Database(path: directory.file("m.db"))
    let migrator = Migrator([
      Migration(version: 1, name: "one", sql: "CREATE TABLE a (x INTEGER) STRICT;"),
      Migration(
        version: 2, name: "broken",
        sql: "CREATE TABLE b (y INTEGER) STRICT; CREATE TABLE a (z INTEGER) STRICT;"),
    ])
    #expect(throws: SQLiteError.self) { try migrator.migrate(database) }
    #expect(try database.userVersion == 1)
    #expect(try !database.tableExists("b"))
  }
}
