internal import CSQLite

/// A prepared statement with bound values; finalized when released.
///
/// Values reach SQLite only through `sqlite3_bind_*` (sqlite.org/c3ref/bind_blob.html): no SQL
/// text is ever built from a value.
final class Statement {
  let handle: OpaquePointer
  let sql: String
  private unowned let database: Database

  init(database: Database, sql: String) throws {
    var handle: OpaquePointer?
    let code = sqlite3_prepare_v3(database.handle, sql, -1, 0, &handle, nil)
    guard code == SQLITE_OK, let handle else {
      throw database.error(code: code, sql: sql)
    }
    self.handle = handle
    self.sql = sql
    self.database = database
  }

  deinit {
    // sqlite.org/c3ref/finalize.html: safe on any statement, returns the last step's error.
    sqlite3_finalize(handle)
  }

  /// Binds the values to parameters 1…n, clearing earlier bindings.
  func bind(_ values: [any SQLiteBindable]) throws {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    let expected = Int(sqlite3_bind_parameter_count(handle))
    guard expected == values.count else {
      throw SQLiteError(
        extendedCode: SQLITE_RANGE,
        message: "the statement takes \(expected) value(s) but \(values.count) were given",
        sql: sql)
    }
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value.sqliteValue {
      case .null: code = sqlite3_bind_null(handle, index)
      case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
      case .real(let number): code = sqlite3_bind_double(handle, index, number)
      case .text(let text): code = sqlite3_bind_text(handle, index, text, -1, csqlite_transient())
      case .blob(let bytes):
        code = bytes.withUnsafeBytes { buffer in
          sqlite3_bind_blob64(
            handle, index, buffer.baseAddress, sqlite3_uint64(buffer.count), csqlite_transient())
        }
      }
      guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
    }
  }

  /// Binds text (or NULL) to a 1-based parameter without boxing, for bulk inserts.
  func bind(_ text: String?, at index: Int32) throws {
    let code: Int32
    if let text, text.isEmpty {
      // A NULL pointer would bind NULL: an empty text needs a real (empty) C string.
      code = sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
    } else if var text {
      // The UTF-8 bytes in place (no C-string bridging); SQLITE_TRANSIENT makes SQLite copy
      // them before the call returns (sqlite.org/c3ref/bind_blob.html).
      code = text.withUTF8 { bytes in
        sqlite3_bind_text(
          handle, index,
          bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
          Int32(bytes.count), csqlite_transient())
      }
    } else {
      code = sqlite3_bind_null(handle, index)
    }
    guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
  }

  /// Fails with the connection's error for a bind's result code, unless it is `SQLITE_OK`.
  func check(_ code: Int32) throws {
    guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
  }

  /// Binds an integer (or NULL) to a 1-based parameter without boxing, for bulk inserts.
  func bind(_ number: Int?, at index: Int32) throws {
    let code =
      number.map { sqlite3_bind_int64(handle, index, Int64($0)) }
      ?? sqlite3_bind_null(handle, index)
    guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
  }

  /// Steps once: `true` when a row is ready, `false` when the statement is done.
  func step() throws -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let error = database.error(code: code, sql: sql)
      sqlite3_reset(handle)
      throw error
    }
  }

  /// The current row's values.
  func currentRow() -> Row {
    let count = sqlite3_column_count(handle)
    var values: [SQLiteValue] = []
    values.reserveCapacity(Int(count))
    for column in 0..<count {
      values.append(value(at: column))
    }
    return Row(values: values, columns: columnNames)
  }

  private lazy var columnNames: [String: Int] = {
    var names: [String: Int] = [:]
    for column in 0..<sqlite3_column_count(handle) {
      if let name = sqlite3_column_name(handle, column) {
        names[String(cString: name)] = Int(column)
      }
    }
    return names
  }()

  private func value(at column: Int32) -> SQLiteValue {
    switch sqlite3_column_type(handle, column) {
    case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
    case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
    case SQLITE_TEXT:
      guard let text = sqlite3_column_text(handle, column) else { return .text("") }
      let length = Int(sqlite3_column_bytes(handle, column))
      return .text(
        String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
    case SQLITE_BLOB:
      let length = Int(sqlite3_column_bytes(handle, column))
      guard length > 0, let bytes = sqlite3_column_blob(handle, column) else { return .blob([]) }
      return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: length)))
    default: return .null
    }
  }
}

/// One row of a query result.
public struct Row: Sendable {
  /// The values, in column order.
  public let values: [SQLiteValue]
  private let columns: [String: Int]

  init(values: [SQLiteValue], columns: [String: Int]) {
    self.values = values
    self.columns = columns
  }

  /// The value in the named column, or `.null` when there is no such column.
  public subscript(_ name: String) -> SQLiteValue {
    guard let index = columns[name] else { return .null }
    return values[index]
  }

  /// The value at a column index.
  public subscript(_ index: Int) -> SQLiteValue { values[index] }

  /// The named column as text (`nil` when NULL or not text).
  public func string(_ name: String) -> String? { self[name].string }

  /// The named column as an integer (`nil` when NULL or not an integer).
  public func int(_ name: String) -> Int? { self[name].int64.map { Int($0) } }
}
