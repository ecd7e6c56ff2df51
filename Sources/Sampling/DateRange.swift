import CaseList
public import Formats

/// An inclusive range of calendar dates, for the `--opened-between` and `--closed-between`
/// filters.
public struct DateRange: Sendable, Hashable, Codable {
  /// The first date in the range.
  public var from: CalendarDate
  /// The last date in the range.
  public var to: CalendarDate

  /// Creates a range; `from` must not be after `to` (see ``SampleSpec/validate()``).
  public init(from: CalendarDate, to: CalendarDate) {
    self.from = from
    self.to = to
  }

  /// Whether `date` is in the range; a missing date never is.
  public func contains(_ date: CalendarDate?) -> Bool {
    guard let date else { return false }
    return from <= date && date <= to
  }

  private enum CodingKeys: String, CodingKey { case from, to }

  /// Decodes `{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let texts = (try c.decode(String.self, forKey: .from), try c.decode(String.self, forKey: .to))
    guard let from = CalendarDate(iso: texts.0), let to = CalendarDate(iso: texts.1) else {
      throw DecodingError.dataCorruptedError(
        forKey: .from, in: c, debugDescription: "dates must be YYYY-MM-DD")
    }
    self.init(from: from, to: to)
  }

  /// Encodes `{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(from.description, forKey: .from)
    try c.encode(to.description, forKey: .to)
  }
}
