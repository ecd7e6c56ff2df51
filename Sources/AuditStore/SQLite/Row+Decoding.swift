internal import CaseList
import Formats

/// Strict reads of a stored row: a column that is NULL or of the wrong type is
/// `WorkspaceError.corruptRow` naming the table, the row and the column, never a default.
extension Row {
  /// The named column as text.
  func text(_ name: String, table: String, row place: String) throws -> String {
    guard let value = string(name) else { throw corrupt(name, table: table, row: place) }
    return value
  }

  /// The named column as an integer.
  func integer(_ name: String, table: String, row place: String) throws -> Int {
    guard let value = int(name) else { throw corrupt(name, table: table, row: place) }
    return value
  }

  /// The named column as one of `Code`'s raw values.
  func code<Code: RawRepresentable>(
    _ name: String, as _: Code.Type, table: String, row place: String
  ) throws -> Code where Code.RawValue == String {
    guard let value = string(name).flatMap(Code.init(rawValue:)) else {
      throw corrupt(name, table: table, row: place)
    }
    return value
  }

  /// The named column as a real number (an integer column reads as its value).
  func number(_ name: String, table: String, row place: String) throws -> Double {
    guard let value = self[name].real ?? self[name].int64.map(Double.init) else {
      throw corrupt(name, table: table, row: place)
    }
    return value
  }

  /// The named column as a `YYYY-MM-DD` date.
  func date(_ name: String, table: String, row place: String) throws -> CalendarDate {
    guard let value = string(name).flatMap({ CalendarDate(iso: $0) }) else {
      throw corrupt(name, table: table, row: place)
    }
    return value
  }

  /// The named column as a `YYYY-MM-DD` date, or `nil` when NULL; text that is not a date is
  /// an error, not `nil`.
  func optionalDate(_ name: String, table: String, row place: String) throws -> CalendarDate? {
    guard let text = string(name) else { return nil }
    guard let value = CalendarDate(iso: text) else { throw corrupt(name, table: table, row: place) }
    return value
  }

  private func corrupt(_ column: String, table: String, row place: String) -> WorkspaceError {
    .corruptRow(table: table, detail: "\(place), column \(column)")
  }
}
