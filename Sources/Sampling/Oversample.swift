public import CaseList

/// A group of special interest given a fixed share of the sample, for example children with a
/// repeat child-protection plan (`previousPlans>=1`) given 30 % of it.
///
/// The group and the rest are drawn as separate strata (crossed with any other
/// stratification), so inclusion probabilities differ between them and every sampled case
/// records its own; findings weight each case by the inverse of its inclusion probability
/// (Horvitz and Thompson, 1952), so partnership-wide figures stay unbiased.
public struct Oversample: Sendable, Hashable, Codable {
  /// The attribute the group is defined on.
  public enum Field: String, Sendable, Hashable, CaseIterable {
    /// The number of previous child-protection plans (a case with none recorded is outside).
    case previousPlans
    /// The age in whole years (a case with no age is outside).
    case age
    /// Whole months open.
    case monthsOpen
    /// The stage (`=` only).
    case stage
    /// The neglect status (`=` only).
    case neglectStatus
    /// The category of abuse of an open plan (`=` only).
    case abuseCategory
    /// Open twelve months or more (`=true` or `=false`).
    case longTerm
    /// The allocated team, ignoring case (`=` only).
    case team
  }

  /// A comparison.
  public enum Comparison: String, Sendable, Hashable, CaseIterable {
    /// At least.
    case atLeast = ">="
    /// At most.
    case atMost = "<="
    /// More than.
    case above = ">"
    /// Less than.
    case below = "<"
    /// Equal to.
    case equal = "="
  }

  /// The attribute.
  public var field: Field
  /// How it is compared.
  public var comparison: Comparison
  /// The value it is compared with, as written.
  public var value: String
  /// The share of the sample the group gets, strictly between 0 and 1.
  public var share: Double

  /// The group's definition as written: `previousPlans>=1`.
  public var key: String { "\(field.rawValue)\(comparison.rawValue)\(value)" }

  /// Parses `KEY=SHARE`, such as `previousPlans>=1=0.3` or `stage=childProtection=0.25`.
  public static func parse(_ text: String) -> Oversample? {
    guard let split = text.lastIndex(of: "="),
      let share = Double(text[text.index(after: split)...]),
      share > 0, share < 1
    else { return nil }
    let key = String(text[..<split])
    for comparison in [Comparison.atLeast, .atMost, .above, .below, .equal] {
      guard let range = key.firstRange(of: comparison.rawValue),
        let field = Field(rawValue: String(key[..<range.lowerBound])),
        !key[range.upperBound...].isEmpty
      else { continue }
      let candidate = Oversample(
        field: field, comparison: comparison, value: String(key[range.upperBound...]),
        share: share)
      return candidate.isWellFormed ? candidate : nil
    }
    return nil
  }

  /// Whether the comparison suits the field and the value reads as the field's kind.
  var isWellFormed: Bool {
    switch field {
    case .previousPlans, .age, .monthsOpen: Int(value) != nil
    case .stage: comparison == .equal && Stage(rawValue: value) != nil
    case .neglectStatus: comparison == .equal && NeglectStatus(rawValue: value) != nil
    case .abuseCategory: comparison == .equal && AbuseCategory(rawValue: value) != nil
    case .longTerm: comparison == .equal && (value == "true" || value == "false")
    case .team: comparison == .equal
    }
  }

  /// Whether a case is in the group.
  public func contains(_ record: CaseRecord) -> Bool {
    switch field {
    case .previousPlans: compare(record.previousPlans)
    case .age: compare(record.age)
    case .monthsOpen: compare(record.monthsOpen)
    case .stage: record.stage.rawValue == value
    case .neglectStatus: record.neglectStatus.rawValue == value
    case .abuseCategory: record.abuseCategory?.rawValue == value
    case .longTerm: String(record.isLongTerm) == value
    case .team: TextKey.folded(record.team ?? "") == TextKey.folded(value)
    }
  }

  private func compare(_ number: Int?) -> Bool {
    guard let number, let bound = Int(value) else { return false }
    return switch comparison {
    case .atLeast: number >= bound
    case .atMost: number <= bound
    case .above: number > bound
    case .below: number < bound
    case .equal: number == bound
    }
  }

  /// The stratum-key part of a case: `previousPlans>=1=yes` or `…=no`.
  func keyPart(_ record: CaseRecord) -> String { "\(key)=\(contains(record) ? "yes" : "no")" }

  private enum CodingKeys: String, CodingKey { case group, share }

  /// Decodes `{"group": "previousPlans>=1", "share": 0.3}`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let group = try c.decode(String.self, forKey: .group)
    let share = try c.decode(Double.self, forKey: .share)
    guard let parsed = Oversample.parse("\(group)=\(share)") else {
      throw DecodingError.dataCorruptedError(
        forKey: .group, in: c, debugDescription: "not an oversampled group: \(group)")
    }
    self = parsed
  }

  /// Encodes `{"group": "previousPlans>=1", "share": 0.3}`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(key, forKey: .group)
    try c.encode(share, forKey: .share)
  }

  /// Creates a group.
  public init(field: Field, comparison: Comparison, value: String, share: Double) {
    self.field = field
    self.comparison = comparison
    self.value = value
    self.share = share
  }
}
