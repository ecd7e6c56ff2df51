import CaseList
import Formats

/// Date helpers for the Northbridge generator: fixed dates, day arithmetic and the ways case
/// lists write dates.
enum NorthbridgeDates {
  /// The horizon the population is generated to: every episode starts before it.
  static let asOf = iso("2027-03-31")
  /// The day the baseline round's case lists were exported, two weeks before its audit day.
  static let baselineAsOf = iso("2026-10-01")
  /// The day the follow-up round's case lists were exported, before its audit day.
  static let followUpAsOf = iso("2027-03-01")

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
