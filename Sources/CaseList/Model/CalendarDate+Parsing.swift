public import Formats

extension CalendarDate {
  /// Parses a date as case lists write it, or returns `nil` when it is not a real date.
  ///
  /// Accepted: the slash form of `format` with one- or two-digit day and month, `/`, `-` or `.`
  /// between them, and a four- or two-digit year; a month name (`31-Mar-2027`,
  /// `31 March 2027`); ISO 8601 `yyyy-mm-dd`; and any of these followed by a time of day
  /// (`31/03/2027 00:00`), which is ignored. A two-digit year is read as the year ending in those
  /// digits within `referenceYear − 89 … referenceYear + 10`: with 2027, `27` is 2027, `37` is
  /// 2037 and `38` is 1938.
  public init?(
    parsing text: some StringProtocol, format: CaseListDateFormat = .dayMonthYear,
    referenceYear: Int
  ) {
    let utf8 = Array(text.utf8)
    let reader = DateReader(format: format, referenceYear: referenceYear)
    let packed = utf8.withUnsafeBufferPointer { reader.read(CSVFieldValue.trimmed($0)) }
    guard let packed else { return nil }
    self = PackedDate.unpack(packed)
  }
}

/// Dates packed into an `Int32` as `yyyymmdd`, so rows stay small and compare as integers.
enum PackedDate {
  /// The packed form of "no date".
  static let none: Int32 = 0

  /// Packs a date.
  @inline(__always)
  static func pack(_ date: CalendarDate) -> Int32 {
    Int32(date.year * 10_000 + date.month * 100 + date.day)
  }

  /// Unpacks a date packed by `pack(_:)`.
  @inline(__always)
  static func unpack(_ packed: Int32) -> CalendarDate {
    let value = Int(packed)
    return CalendarDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
      ?? CalendarDate(daysSinceEpoch: 0)
  }
}

/// Reads dates from bytes without building strings.
struct DateReader: Sendable {
  /// The order of day and month in slash dates.
  var format: CaseListDateFormat
  /// The year two-digit years are read near (the as-of year).
  var referenceYear: Int

  /// The packed date in `bytes` (already trimmed), or `nil` when it is not a date.
  func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    var cursor = ByteCursor(bytes: bytes)
    let year: Int
    let month: Int
    let day: Int
    if let iso = DateReader.readISO(&cursor) {
      (year, month, day) = iso
    } else {
      guard format != .iso else { return nil }
      cursor = ByteCursor(bytes: bytes)
      guard let first = cursor.digits(maximum: 2), let separator = cursor.separator() else {
        return nil
      }
      if let second = cursor.digits(maximum: 2) {
        guard cursor.take(separator) else { return nil }
        (day, month) = format == .monthDayYear ? (second, first) : (first, second)
      } else if let named = cursor.monthName() {
        guard cursor.separator() != nil else { return nil }
        (day, month) = (first, named)
      } else {
        return nil
      }
      let start = cursor.index
      guard let digits = cursor.digits(maximum: 4) else { return nil }
      switch cursor.index - start {
      case 4: year = digits
      case 2: year = twoDigitYear(digits)
      default: return nil
      }
    }
    guard cursor.isAtTimeOrEnd(), let date = CalendarDate(year: year, month: month, day: day)
    else { return nil }
    return PackedDate.pack(date)
  }

  fileprivate static func readISO(_ cursor: inout ByteCursor) -> (Int, Int, Int)? {
    let start = cursor.index
    guard let year = cursor.digits(maximum: 4), cursor.index - start == 4,
      cursor.take(UInt8(ascii: "-")), let month = cursor.digits(maximum: 2),
      cursor.take(UInt8(ascii: "-")), let day = cursor.digits(maximum: 2)
    else { return nil }
    return (year, month, day)
  }

  /// The year ending in `digits` within `referenceYear − 89 … referenceYear + 10`.
  private func twoDigitYear(_ digits: Int) -> Int {
    let top = referenceYear + 10
    return top - ((top % 100 - digits + 100) % 100)
  }
}

/// A read position in a byte string, with the few token readers dates need.
private struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// One to `maximum` ASCII digits as a number.
  mutating func digits(maximum: Int) -> Int? {
    var value = 0
    let start = index
    while index < bytes.count, index - start < maximum {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { break }
      value = value * 10 + Int(digit)
      index += 1
    }
    return index > start ? value : nil
  }

  /// One of the separators dates use between day, month and year.
  mutating func separator() -> UInt8? {
    guard index < bytes.count else { return nil }
    let byte = bytes[index]
    switch byte {
    case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), ASCII.space:
      index += 1
      return byte
    default:
      return nil
    }
  }

  /// Consumes `byte` when it is next.
  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// An English month name or its three-letter abbreviation, any case.
  mutating func monthName() -> Int? {
    let start = index
    var letters: [UInt8] = []
    while index < bytes.count, letters.count < 10 {
      let lower = bytes[index] | 0x20
      guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { break }
      letters.append(lower)
      index += 1
    }
    let word = String(decoding: letters, as: UTF8.self)
    for (offset, name) in ByteCursor.months.enumerated()
    where word == name || word == name.prefix(3) || (name == "september" && word == "sept") {
      return offset + 1
    }
    index = start
    return nil
  }

  /// Whether only a time of day (`00:00`, `T00:00:00.000`) or nothing is left.
  func isAtTimeOrEnd() -> Bool {
    guard index < bytes.count else { return true }
    guard bytes[index] == ASCII.space || bytes[index] == UInt8(ascii: "T"),
      index + 1 < bytes.count
    else { return false }
    for byte in bytes[(index + 1)...] {
      let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      guard isDigit || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") else {
        return false
      }
    }
    return true
  }

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]
}
