internal import CSQLite
public import CaseList

/// Sets the values of one row of a bulk insert (see ``Database/insertMany(_:columns:count:bind:)``).
public struct RowBinder {
  let statement: Statement
  /// How many parameters come before this row's in a multi-row statement.
  var offset: Int32 = 0

  /// Binds a date as ISO 8601 text (`YYYY-MM-DD`), or NULL for `nil`, without building a
  /// string: the ten bytes are written on the stack.
  public mutating func bind(isoDate date: CalendarDate?, at index: Int32) throws {
    guard let date else { return try statement.bind(nil as String?, at: offset + index) }
    var bytes: (UInt64, UInt16) = (0, 0)
    let code = withUnsafeMutableBytes(of: &bytes) { raw -> Int32 in
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
      return sqlite3_bind_text(
        statement.handle, offset + index, raw.baseAddress?.assumingMemoryBound(to: CChar.self),
        10,
        csqlite_transient())
    }
    try statement.check(code)
  }

  /// Binds text, or NULL for `nil`, to the 1-based parameter `index`.
  public mutating func bind(_ text: String?, at index: Int32) throws {
    try statement.bind(text, at: offset + index)
  }

  /// Binds an integer, or NULL for `nil`, to the 1-based parameter `index`.
  public mutating func bind(_ number: Int?, at index: Int32) throws {
    try statement.bind(number, at: offset + index)
  }
}
