import Foundation
import TestSupport
import Testing

@testable import AuditStore

/// A stored row that does not decode is an error naming its table, row and column — never a
/// default (an empty name, round purpose "routine", auditor role "auditor", the epoch for a
/// date) and never a row silently left out.
@Suite struct StrictRowsTests {
  /// One damaged column and the read that must refuse it.
  struct Damage: Sendable, CustomTestStringConvertible {
    let table: String
    let update: String
    let column: String
    let read: @Sendable (Workspace) throws -> Void
    var testDescription: String { "\(table).\(column)" }
  }

  static let damages: [Damage] = [
    Damage(
      table: "rounds", update: "UPDATE rounds SET purpose = 'bogus'", column: "purpose",
      read: { _ = try $0.rounds() }),
    Damage(
      table: "auditors", update: "UPDATE auditors SET role = 'chief'", column: "role",
      read: { _ = try $0.auditors() }),
    Damage(
      table: "snapshots", update: "UPDATE snapshots SET as_of = 'last March'", column: "as_of",
      read: { _ = try $0.latestSnapshot() }),
    Damage(
      table: "training_records", update: "UPDATE training_records SET attended_on = 'soon'",
      column: "attended_on", read: { _ = try $0.trainingRecords() }),
    Damage(
      table: "snapshot_sources", update: "UPDATE snapshot_sources SET sha256 = NULL",
      column: "sha256", read: { _ = try $0.latestSnapshot() }),
    Damage(
      table: "tools",
      update: "DROP TRIGGER tools_no_update; UPDATE tools SET title = NULL", column: "title",
      read: { _ = try $0.installedTools() }),
  ]

  @Test(arguments: damages)
  func aDamagedColumnIsAnErrorNamingIt(_ damage: Damage) throws {
    let (directory, path) = try DemoWorkspace.make()
    defer { _ = directory }
    do {
      let database = try Database(path: path, mode: .existingOnly)
      #expect(
        try database.scalarInt("SELECT count(*) FROM \(damage.table)") ?? 0 > 0,
        "the demo fills \(damage.table)")
      // Bypass the schema's own checks, as a tool editing the file outside CaseAudit could
      // (sqlite.org/pragma.html#pragma_ignore_check_constraints); NOT NULL columns are made
      // NULL by rebuilding without the constraint being looked at.
      try database.execute("PRAGMA ignore_check_constraints = ON")
      try database.execute("PRAGMA writable_schema = ON")
      if damage.update.contains("NULL") {
        try database.execute(
          "UPDATE sqlite_schema SET sql = replace(sql, '\(damage.column) TEXT NOT NULL', "
            + "'\(damage.column) TEXT') WHERE name = '\(damage.table)'")
      }
      try database.execute("PRAGMA writable_schema = OFF")
    }
    let database = try Database(path: path, mode: .existingOnly)
    try database.execute("PRAGMA ignore_check_constraints = ON")
    try database.executeScript(damage.update)
    let workspace = try Workspace.open(at: path, actor: "test")
    #expect {
      try damage.read(workspace)
    } throws: { error in
      guard case .corruptRow(let table, let detail) = error as? WorkspaceError else {
        return false
      }
      return table == damage.table && detail.contains("column \(damage.column)")
    }
  }
}
