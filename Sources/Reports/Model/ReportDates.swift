/// Dates as a board paper writes them (en-GB): "20 March 2027".
public enum ReportDates {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The date at the start of an ISO 8601 date or timestamp ("2027-03-20",
  /// "2026-12-03T10:27:07.580Z") in words: "20 March 2027" (the timestamp's UTC date); text
  /// that does not start with a date is returned as it is.
  public static func long(_ iso: String) -> String {
    let parts = iso.prefix(10).split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), parts[0].count == 4, (1...12).contains(month), (1...31).contains(day)
    else { return iso }
    return "\(day) \(months[month - 1]) \(year)"
  }
}
