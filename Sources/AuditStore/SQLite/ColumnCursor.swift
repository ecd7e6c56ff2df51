internal import CSQLite
import CaseList
public import Formats

/// Reads the current row of a query by column index (see ``Database/forEachCursor(_:_:_:)``).
public struct ColumnCursor {
  let statement: Statement

  /// The column as text, or `nil` when NULL.
  public func text(_ column: Int32) -> String? {
    isNull(column) ? nil : String(decoding: bytes(column), as: UTF8.self)
  }

  /// The column as an integer, or `nil` when NULL.
  public func int(_ column: Int32) -> Int? {
    guard sqlite3_column_type(statement.handle, column) != SQLITE_NULL else { return nil }
    return Int(sqlite3_column_int64(statement.handle, column))
  }

  /// The column as a floating-point number (0 for NULL; check ``isNull(_:)`` first).
  public func double(_ column: Int32) -> Double {
    sqlite3_column_double(statement.handle, column)
  }

  /// Whether the column is NULL.
  public func isNull(_ column: Int32) -> Bool {
    sqlite3_column_type(statement.handle, column) == SQLITE_NULL
  }

  /// The column as an integer, NULL reading as 0 (sqlite.org/c3ref/column_blob.html), in one
  /// call: for columns declared `NOT NULL`.
  func rawInt(_ column: Int32) -> Int {
    Int(sqlite3_column_int64(statement.handle, column))
  }

  /// The column's text bytes in place (valid until the cursor moves), or `nil` for NULL: one
  /// call for the text and one for its length (sqlite3_column_text returns NULL only for a
  /// NULL value or when out of memory, sqlite.org/c3ref/column_blob.html).
  func bytesUnlessNull(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
    guard let pointer = sqlite3_column_text(statement.handle, column) else { return nil }
    return UnsafeBufferPointer(
      start: pointer, count: Int(sqlite3_column_bytes(statement.handle, column)))
  }

  /// The column's text bytes in place (valid until the cursor moves), empty for NULL.
  func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
    guard let pointer = sqlite3_column_text(statement.handle, column) else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    return UnsafeBufferPointer(
      start: pointer, count: Int(sqlite3_column_bytes(statement.handle, column)))
  }

  /// The column read as a `YYYY-MM-DD` date straight from its bytes (no string is made);
  /// `.success(nil)` for NULL, `.failure` for text that is not such a date.
  public func isoDate(_ column: Int32) -> Result<CalendarDate?, ColumnDecodingFailure> {
    if isNull(column) { return .success(nil) }
    guard let date = CalendarDate(isoBytes: bytes(column)) else {
      return .failure(ColumnDecodingFailure(column: column))
    }
    return .success(date)
  }

  /// The column's text as one of `codes`' cases, matched on the raw value's bytes (no string
  /// is made); `.success(nil)` for NULL, `.failure` for any other text.
  public func code<Code: RawRepresentable & CaseIterable>(
    _ column: Int32, as codes: Code.Type
  ) -> Result<Code?, ColumnDecodingFailure> where Code.RawValue == String {
    if isNull(column) { return .success(nil) }
    let stored = bytes(column)
    for code in Code.allCases where code.rawValue.utf8.elementsEqual(stored) {
      return .success(code)
    }
    return .failure(ColumnDecodingFailure(column: column))
  }
}

/// A stored value that does not decode as its column's type (see ``ColumnCursor``).
public struct ColumnDecodingFailure: Error, Sendable, Equatable {
  /// The 0-based column of the query.
  public let column: Int32
}
