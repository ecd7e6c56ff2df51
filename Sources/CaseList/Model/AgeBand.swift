/// The age bands used for stratification and breakdowns: 0–4, 5–10, 11–15 and 16+.
public enum AgeBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// Under five.
  case under5 = "0-4"
  /// Five to ten (the ages Ofsted's 2014 thematic sample covered).
  case from5to10 = "5-10"
  /// Eleven to fifteen.
  case from11to15 = "11-15"
  /// Sixteen and over.
  case over16 = "16+"
  /// No age is known.
  case unknown = "unknown"

  /// The band for an age in whole years, or `.unknown` when there is none.
  public init(age: Int?) {
    guard let age else {
      self = .unknown
      return
    }
    switch age {
    case ..<5: self = .under5
    case 5...10: self = .from5to10
    case 11...15: self = .from11to15
    default: self = .over16
    }
  }

  private var order: Int {
    switch self {
    case .under5: 0
    case .from5to10: 1
    case .from11to15: 2
    case .over16: 3
    case .unknown: 4
    }
  }

  /// Orders bands from youngest to oldest, with `unknown` last.
  public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.order < rhs.order }
}
