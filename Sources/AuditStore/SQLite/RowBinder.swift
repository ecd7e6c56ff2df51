internal import CSQLite
import CaseList
public import Formats

/// Sets the values of one row of a bulk insert (see ``Database/insertMany(_:columns:count:bind:)``).
public struct RowBinder {
  let statement: Statement
  /// How many parameters come before this row's in a multi-row statement.
  var offset: Int32 = 0
  /// Where the texts (and dates) of the current group of rows are copied.
  ///
  /// They are bound with `SQLITE_STATIC`: SQLite reads them in place until the group's step, instead of allocating
  /// a copy of each value (`SQLITE_TRANSIENT`) and freeing it at the next bind
  /// (sqlite.org/c3ref/bind_blob.html). The owner reuses it only after stepping and resetting
  /// the statement.
  let arena: UnsafeMutableRawBufferPointer
  /// How many bytes of `arena` the current group's texts use.
  var arenaUsed = 0

  init(statement: Statement, arena: UnsafeMutableRawBufferPointer) {
    self.statement = statement
    self.arena = arena
  }

  /// Binds a date as ISO 8601 text (`YYYY-MM-DD`), or NULL for `nil`, without building a
  /// string: the ten bytes are written straight into the arena (bound in place), or on the
  /// stack (copied by SQLite) when the arena is full.
  public mutating func bind(isoDate date: CalendarDate?, at index: Int32) throws {
    guard let date else { return try statement.bind(nil as String?, at: offset + index) }
    let code: Int32
    if let base = arena.baseAddress, arena.count - arenaUsed >= 10 {
      let start = base + arenaUsed
      arenaUsed += 10
      RowBinder.writeISO(date, to: UnsafeMutableRawBufferPointer(start: start, count: 10))
      code = sqlite3_bind_text(
        statement.handle, offset + index, start.assumingMemoryBound(to: CChar.self), 10, nil)
    } else {
      var bytes: (UInt64, UInt16) = (0, 0)
      code = withUnsafeMutableBytes(of: &bytes) { raw -> Int32 in
        RowBinder.writeISO(date, to: raw)
        return sqlite3_bind_text(
          statement.handle, offset + index,
          raw.baseAddress?.assumingMemoryBound(to: CChar.self), 10, csqlite_transient())
      }
    }
    try statement.check(code)
  }

  /// Writes `date` as `YYYY-MM-DD` into the first ten bytes of `raw`.
  private static func writeISO(_ date: CalendarDate, to raw: UnsafeMutableRawBufferPointer) {
    var value = date.year
    for position in stride(from: 3, through: 0, by: -1) {
      raw[position] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
      value /= 10
    }
    raw[4] = UInt8(ascii: "-")
    raw[5] = UInt8(truncatingIfNeeded: 0x30 + date.month / 10)
    raw[6] = UInt8(truncatingIfNeeded: 0x30 + date.month % 10)
    raw[7] = UInt8(ascii: "-")
    raw[8] = UInt8(truncatingIfNeeded: 0x30 + date.day / 10)
    raw[9] = UInt8(truncatingIfNeeded: 0x30 + date.day % 10)
  }

  /// Binds text, or NULL for `nil`, to the 1-based parameter `index`.
  public mutating func bind(_ text: String?, at index: Int32) throws {
    guard var text, !text.isEmpty else { return try statement.bind(text, at: offset + index) }
    let code = text.withUTF8 { bytes -> Int32? in
      guard bytes.count <= arena.count - arenaUsed, let base = arena.baseAddress,
        let source = bytes.baseAddress
      else { return nil }
      let start = base + arenaUsed
      start.copyMemory(from: source, byteCount: bytes.count)
      arenaUsed += bytes.count
      // A nil destructor is SQLITE_STATIC: the bytes stay put until the group is stepped.
      return sqlite3_bind_text(
        statement.handle, offset + index, start.assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), nil)
    }
    guard let code else { return try statement.bind(text, at: offset + index) }
    try statement.check(code)
  }

  /// Binds an integer, or NULL for `nil`, to the 1-based parameter `index`.
  public mutating func bind(_ number: Int?, at index: Int32) throws {
    try statement.bind(number, at: offset + index)
  }
}
