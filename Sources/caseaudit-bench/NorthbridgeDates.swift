import CaseList

/// Date helpers for the Northbridge generator: fixed dates, day arithmetic and the ways case
/// lists write dates.
enum NorthbridgeDates {
  /// The date the population is taken at.
  static let asOf = iso("2027-03-31")

  /// The date written `YYYY-MM-DD`; the generator's own constants only, so a bad one is a
  /// programming error.
  static func iso(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else {
      preconditionFailure("not an ISO date: \(text)")
    }
    return date
  }

  /// `date` moved by `days` days.
  static func adding(_ days: Int, to date: CalendarDate) -> CalendarDate {
    CalendarDate(daysSinceEpoch: date.daysSinceEpoch + days)
  }

  /// The number of days from `earlier` to `later`.
  static func days(from earlier: CalendarDate, to later: CalendarDate) -> Int {
    later.daysSinceEpoch - earlier.daysSinceEpoch
  }

  /// `dd/mm/yyyy`, as Annex A writes dates.
  static func dayMonthYear(_ date: CalendarDate) -> String {
    "\(twoDigits(date.day))/\(twoDigits(date.month))/\(date.year)"
  }

  /// `dd/mm/yy`, as some exports (and Excel) write them.
  static func dayMonthShortYear(_ date: CalendarDate) -> String {
    "\(twoDigits(date.day))/\(twoDigits(date.month))/\(twoDigits(date.year % 100))"
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }
}
