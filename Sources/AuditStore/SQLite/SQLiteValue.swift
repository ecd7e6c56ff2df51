/// A value bound to, or read from, an SQL statement: SQLite's five storage classes
/// (sqlite.org/datatype3.html §2).
public enum SQLiteValue: Sendable, Hashable {
  /// SQL `NULL`.
  case null
  /// A 64-bit signed integer.
  case integer(Int64)
  /// An IEEE 754 double.
  case real(Double)
  /// UTF-8 text.
  case text(String)
  /// Raw bytes.
  case blob([UInt8])

  /// The integer, when this is one.
  public var int64: Int64? {
    if case .integer(let value) = self { return value }
    return nil
  }

  /// The text, when this is text.
  public var string: String? {
    if case .text(let value) = self { return value }
    return nil
  }
}

/// A Swift value that can be bound as a statement parameter.
public protocol SQLiteBindable {
  /// The value as SQLite stores it.
  var sqliteValue: SQLiteValue { get }
}

extension Int: SQLiteBindable {
  /// The value as an SQLite integer.
  public var sqliteValue: SQLiteValue { .integer(Int64(self)) }
}

extension Int64: SQLiteBindable {
  /// The value as an SQLite integer.
  public var sqliteValue: SQLiteValue { .integer(self) }
}

extension Double: SQLiteBindable {
  /// The value as an SQLite real.
  public var sqliteValue: SQLiteValue { .real(self) }
}

extension String: SQLiteBindable {
  /// The value as SQLite text.
  public var sqliteValue: SQLiteValue { .text(self) }
}

extension Bool: SQLiteBindable {
  /// The value as SQLite integer 0 or 1.
  public var sqliteValue: SQLiteValue { .integer(self ? 1 : 0) }
}

extension SQLiteValue: SQLiteBindable {
  /// The value itself.
  public var sqliteValue: SQLiteValue { self }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
  /// The wrapped value, or `NULL`.
  public var sqliteValue: SQLiteValue {
    switch self {
    case .none: .null
    case .some(let value): value.sqliteValue
    }
  }
}
