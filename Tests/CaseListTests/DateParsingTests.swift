import CaseList
import Formats
import Testing

/// Dates as case lists write them.
struct DateParsingTests {
  @Test(arguments: [
    ("31/03/2027", "2027-03-31"),
    ("1/4/2027", "2027-04-01"),
    ("01/04/2027", "2027-04-01"),
    ("31-03-2027", "2027-03-31"),
    ("31.03.2027", "2027-03-31"),
    ("29/02/2028", "2028-02-29"),
    ("2027-03-31", "2027-03-31"),
    ("31-Mar-2027", "2027-03-31"),
    ("31 March 2027", "2027-03-31"),
    ("5 sept 2026", "2026-09-05"),
    ("31/03/2027 00:00", "2027-03-31"),
    ("31/03/2027 00:00:00", "2027-03-31"),
    ("2027-03-31T00:00:00.000", "2027-03-31"),
    ("  31/03/2027 ", "2027-03-31"),
  ])
  func dayFirstForms(text: String, iso: String) {
    let date = CalendarDate(parsing: text, referenceYear: 2027)
    #expect(date?.description == iso)
  }

  /// Two-digit years fall within `referenceYear − 89 … referenceYear + 10`.
  @Test(arguments: [
    ("31/03/27", 2027, "2027-03-31"),
    ("01/01/00", 2027, "2000-01-01"),
    ("01/01/37", 2027, "2037-01-01"),
    ("01/01/38", 2027, "1938-01-01"),
    ("01/01/99", 2027, "1999-01-01"),
    ("01/01/40", 2030, "2040-01-01"),
    ("01/01/41", 2030, "1941-01-01"),
  ])
  func twoDigitYearPivot(text: String, referenceYear: Int, iso: String) {
    #expect(CalendarDate(parsing: text, referenceYear: referenceYear)?.description == iso)
  }

  @Test(arguments: [
    "", "31/02/2027", "29/02/2027", "31/13/2027", "00/01/2027", "2027/03/31", "31/03/202",
    "31/03/20271", "31/03-2027", "31/03/2027x", "31 Marchy 2027", "abc", "31/03", "2027-3",
    "31/03/2027 noon", "-1/03/2027",
  ])
  func notDates(text: String) {
    #expect(CalendarDate(parsing: text, referenceYear: 2027) == nil)
  }

  @Test func monthFirstFormat() {
    #expect(
      CalendarDate(parsing: "03/31/2027", format: .monthDayYear, referenceYear: 2027)?
        .description == "2027-03-31")
    #expect(CalendarDate(parsing: "31/03/2027", format: .monthDayYear, referenceYear: 2027) == nil)
    #expect(
      CalendarDate(parsing: "2027-03-31", format: .monthDayYear, referenceYear: 2027)?
        .description == "2027-03-31")
  }

  @Test func isoFormatAcceptsOnlyISO() {
    #expect(
      CalendarDate(parsing: "2027-03-31", format: .iso, referenceYear: 2027)?.description
        == "2027-03-31")
    #expect(CalendarDate(parsing: "31/03/2027", format: .iso, referenceYear: 2027) == nil)
  }
}

/// The byte-level reader of stored `YYYY-MM-DD` dates.
struct ISODateBytesTests {
  private func read(_ text: String) -> CalendarDate? {
    var text = text
    return text.withUTF8 { CalendarDate(isoBytes: $0) }
  }

  /// Every day of 1999–2029 (leap days, month ends, the century rule of 2000), written by an
  /// independent formatter from the day number, reads back as the same day.
  @Test func everyDayOfThreeDecadesRoundTrips() throws {
    let first = try #require(CalendarDate(year: 1999, month: 1, day: 1)).daysSinceEpoch
    let last = try #require(CalendarDate(year: 2029, month: 12, day: 31)).daysSinceEpoch
    for day in first...last {
      let date = CalendarDate(daysSinceEpoch: day)
      let text =
        String(repeating: "0", count: 4 - String(date.year).count) + String(date.year) + "-"
        + (date.month < 10 ? "0" : "") + String(date.month) + "-"
        + (date.day < 10 ? "0" : "") + String(date.day)
      #expect(read(text) == date, "\(text)")
      #expect(CalendarDate(iso: text) == date)
    }
  }

  @Test(arguments: [
    "2027-02-29", "2027-04-31", "2027-13-01", "2027-00-10", "2027-3-31", "2027-03-3a",
    "+027-03-31", "2027/03/31", "2027-03-311", "", "0000-01-01", "２０２７-03-31",
  ])
  func refusesAnythingElse(_ text: String) {
    #expect(read(text) == nil)
    #expect(CalendarDate(iso: text) == nil)
  }
}
