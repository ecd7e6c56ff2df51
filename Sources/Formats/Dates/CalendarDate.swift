/// A date on the proleptic Gregorian calendar with no time of day and no time zone.
///
/// Case lists carry dates, not instants; keeping them as plain year-month-day values avoids the
/// off-by-one errors that time zones bring to `Date`.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// `year · 512 + month · 32 + day` in four bytes (a case record holds two dates, and a
  /// snapshot a million records): integer order is chronological order, and equal dates have
  /// equal values.
  private let packed: Int32

  /// The year, such as 2027.
  public var year: Int { Int(packed >> 9) }
  /// The month, 1–12.
  public var month: Int { Int((packed >> 5) & 0xF) }
  /// The day of the month, 1–31.
  public var day: Int { Int(packed & 0x1F) }

  /// A date from its parts, already checked (or computed) to exist.
  private init(checkedYear year: Int, month: Int, day: Int) {
    packed = Int32(year * 512 + month * 32 + day)
  }

  /// Creates a date, or returns `nil` when the day does not exist (31 April, 29 Feb 2027).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= CalendarDate.daysIn(month: month, year: year)
    else { return nil }
    self.init(checkedYear: year, month: month, day: day)
  }

  /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`.
  public init?(iso string: some StringProtocol) {
    var utf8 = String(string)
    guard let date = utf8.withUTF8({ CalendarDate(isoBytes: $0) }) else { return nil }
    self = date
  }

  /// Reads exactly `YYYY-MM-DD` (ISO 8601 calendar date, extended format, ASCII digits) from
  /// UTF-8 bytes, or `nil` for anything else or an impossible date — the byte-level reader for
  /// stored dates, with no string splitting.
  public init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  /// The number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Whether the year is a Gregorian leap year.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// Days since 1970-01-01 (negative before it).
  ///
  /// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", `days_from_civil`.
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date a number of days after 1970-01-01 (Hinnant's `civil_from_days`).
  public init(daysSinceEpoch days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(checkedYear: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// Whole years from `self` to `later` (an age on a birthday counts the new year).
  public func wholeYears(until later: CalendarDate) -> Int {
    var years = later.year - year
    if (later.month, later.day) < (month, day) { years -= 1 }
    return years
  }

  /// Whole calendar months from `self` to `later` (a month counts once its day is reached).
  public func wholeMonths(until later: CalendarDate) -> Int {
    var months = (later.year - year) * 12 + (later.month - month)
    if later.day < day { months -= 1 }
    return months
  }

  /// The ISO 8601 form, `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Orders dates chronologically.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    lhs.packed < rhs.packed
  }

  /// Decodes a date from its ISO 8601 form, `YYYY-MM-DD`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not an ISO 8601 date (YYYY-MM-DD)")
    }
    self = date
  }

  /// Encodes the date in its ISO 8601 form, `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
