public import AuditStore
internal import CaseList
public import Formats
public import Sampling

/// A small CSV file (a roster, training attendance) with problems, each
/// `file:line:column: message`: nothing was imported.
public struct RowsRejected: Error, Sendable, Equatable {
  /// Every problem, in file order.
  public let problems: [Diagnostic]
}

/// Importing the audit day's roster: one row per auditor (id, name, agency, team, role).
public enum RosterImport {
  /// Reads the roster CSV `bytes` (named `file` in problems) and adds or updates its auditors.
  ///
  /// Returns the auditors read and how many were added and updated; fails with `RowsRejected` on
  /// a missing column, an empty or repeated id, an empty name or agency, or an unknown role.
  public static func run(file: String, bytes: [UInt8], workspace: Workspace, actor: String)
    throws -> (auditors: [Auditor], added: Int, updated: Int)
  {
    let roster = NamedColumnTable(
      file: file, bytes: bytes, required: ["id", "name", "agency", "team", "role"])
    var problems = roster.problems
    var auditors: [Auditor] = []
    if problems.isEmpty {
      var seen: [String: Int] = [:]
      for row in roster.table.rows {
        func field(_ name: String) -> String { roster.field(name, in: row).text }
        func column(_ name: String) -> Int { roster.field(name, in: row).column }
        let id = field("id")
        let roleText = field("role")
        if id.isEmpty {
          problems.append(
            NamedColumnTable.problem(
              file, line: row.line, column: column("id"), code: "invalid", "the auditor id is empty"
            ))
        } else if let first = seen[id] {
          problems.append(
            NamedColumnTable.problem(
              file, line: row.line, column: column("id"), code: "invalid",
              "auditor id repeats the one on line \(first)"))
        } else {
          seen[id] = row.line
        }
        if field("name").isEmpty {
          problems.append(
            NamedColumnTable.problem(
              file, line: row.line, column: column("name"), code: "invalid", "the name is empty"))
        }
        if field("agency").isEmpty {
          problems.append(
            NamedColumnTable.problem(
              file, line: row.line, column: column("agency"), code: "invalid", "the agency is empty"
            ))
        }
        let role = AuditorRole(rawValue: roleText.lowercased())
        if role == nil {
          problems.append(
            NamedColumnTable.problem(
              file, line: row.line, column: column("role"), code: "invalid",
              "unknown role '\(roleText)' "
                + "(expected auditor, moderator or lead)"))
        }
        if let role, !id.isEmpty {
          let team = field("team")
          auditors.append(
            Auditor(
              id: id, name: field("name"), agency: field("agency"),
              team: team.isEmpty ? nil : team, role: role))
        }
      }
    }
    guard problems.isEmpty else { throw RowsRejected(problems: problems) }
    let (added, updated) = try workspace.importAuditors(auditors, source: file, actor: actor)
    return (auditors, added, updated)
  }
}
