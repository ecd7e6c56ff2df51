public import AuditStore
internal import CaseList
import Formats

/// Importing training attendance: one row per worker and course (worker, course, date), so a
/// comparison can split cases by whether their worker was trained before the audit.
public enum TrainingImport {
  /// Reads the attendance CSV `bytes` (named `file` in problems), two-digit years read near
  /// `referenceYear`, and adds the records not already held.
  ///
  /// Returns the records read and how many were new; fails with `RowsRejected` on a missing
  /// column, an empty worker or course, or a date that does not read.
  public static func run(
    file: String, bytes: [UInt8], referenceYear: Int, workspace: Workspace, actor: String
  ) throws -> (records: [StoredTraining], added: Int) {
    let roster = NamedColumnTable(file: file, bytes: bytes, required: ["worker", "course", "date"])
    var problems = roster.problems
    var records: [StoredTraining] = []
    if problems.isEmpty {
      let year = referenceYear
      for row in roster.table.rows {
        func field(_ name: String) -> (text: String, column: Int) { roster.field(name, in: row) }
        let worker = field("worker")
        let course = field("course")
        let date = field("date")
        if worker.text.isEmpty {
          problems.append(
            NamedColumnTable.problem(
              file, line: row.line, column: worker.column, code: "invalid", "the worker is empty"))
        }
        if course.text.isEmpty {
          problems.append(
            NamedColumnTable.problem(
              file, line: row.line, column: course.column, code: "invalid", "the course is empty"))
        }
        let parsed = CalendarDate(parsing: date.text, referenceYear: year)
        if parsed == nil {
          problems.append(
            NamedColumnTable.problem(
              file, line: row.line, column: date.column, code: "invalid",
              "'\(date.text)' is not a date (dd/mm/yyyy or YYYY-MM-DD)"
            ))
        }
        if let parsed, !worker.text.isEmpty, !course.text.isEmpty {
          records.append(StoredTraining(worker: worker.text, course: course.text, date: parsed))
        }
      }
    }
    guard problems.isEmpty else { throw RowsRejected(problems: problems) }
    let added = try workspace.importTraining(records, source: file, actor: actor)
    return (records, added)
  }
}
