public import CaseList
public import Formats
internal import Foundation

/// A small CSV roster (auditors, training) read by column name.
///
/// Column names match ignoring case and surrounding spaces. Syntax problems and missing columns
/// come back as diagnostics (`file:line:column: message`); rows are only worth reading when
/// there are none.
public struct NamedColumnTable: Sendable {
  /// The file name problems are reported against.
  public let file: String
  /// The parsed rows.
  public let table: CSVTable
  private let columns: [String: Int]
  /// Syntax problems and missing required columns.
  public let problems: [Diagnostic]

  /// Reads `bytes` as a CSV file named `file` that must have the `required` columns.
  public init(file: String, bytes: [UInt8], required: [String]) {
    self.file = file
    table = CSVTable.read(CaseListSource(name: file, bytes: bytes))
    columns = Dictionary(
      table.header.enumerated().map {
        ($1.trimmingCharacters(in: .whitespaces).lowercased(), $0)
      }, uniquingKeysWith: { first, _ in first })
    var problems = table.problems.map(\.diagnostic)
    let columns = self.columns
    let missing = required.filter { columns[$0] == nil }
    if !missing.isEmpty {
      problems.append(
        NamedColumnTable.problem(
          file, line: 1, column: 1, code: "header",
          "missing column\(missing.count == 1 ? "" : "s") "
            + missing.map { "'\($0)'" }.joined(separator: ", ")))
    }
    self.problems = problems
  }

  /// An error in a row of a roster file.
  public static func problem(
    _ file: String, line: Int, column: Int, code: String, _ message: String
  ) -> Diagnostic {
    Diagnostic(
      location: Diagnostic.Location(file: file, line: line, column: column), code: code,
      message: message)
  }

  /// The named field of a row, trimmed, and the character column it starts at.
  public func field(_ name: String, in row: CSVTable.Row) -> (text: String, column: Int) {
    let index = columns[name] ?? 0
    let text = index < row.fields.count ? row.fields[index] : ""
    let column = index < row.columns.count ? row.columns[index] : index + 1
    return (text.trimmingCharacters(in: .whitespaces), column)
  }
}
