/// A plain-English sentence about one of a round's weakest or strongest criteria or themes,
/// with its count, denominator, percentage and interval, evidence and reference.
///
/// How they are chosen: a grade question (criterion) or theme is eligible when its denominator
/// is at least `minimumDenominator` (5) — with fewer, a ranking is noise. Criteria are ranked
/// by their acceptable proportion, themes by their share of cases acceptable throughout; ties
/// go to the larger denominator, then to tool order. Of m eligible, the weakest list takes
/// min(k, ⌈m/2⌉) and the strongest min(k, the rest), k being the number asked for (3 by
/// default), so nothing appears in both lists. Findings resting on fewer than 10 cases say
/// "indicative only" in the sentence and in `indicativeOnly`. Each carries up to three evidence
/// quotes in case order — from answers below acceptable for the weakest, from acceptable
/// answers for the strongest — and the criterion's published reference.
public struct KeyFinding: Sendable, Hashable, Codable {
  /// The smallest denominator a key finding may rest on.
  public static let minimumDenominator = 5

  /// Which list a key finding belongs to.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A question with one of the lowest acceptable proportions; counts cases below acceptable.
    case weakestCriterion
    /// A question with one of the highest acceptable proportions; counts acceptable cases.
    case strongestCriterion
    /// A theme with one of the highest shares of cases below acceptable; counts those cases.
    case weakestTheme
    /// A theme with one of the lowest shares below acceptable; counts cases where every judged
    /// criterion was acceptable.
    case strongestTheme
  }

  /// Which list it belongs to.
  public var kind: Kind
  /// The question's or theme's id.
  public var id: String
  /// The sentence, for example "In 18 of 40 cases (45%, 95% CI 31–60%) practice was rated below
  /// “Good” for: How well did the assessment take account of family history?".
  public var text: String
  /// The count the sentence states, out of its denominator, with the interval.
  public var finding: ProportionFinding
  /// Whether it rests on fewer than 10 cases.
  public var indicativeOnly: Bool
  /// Up to three quotations from the evidence behind the answers counted.
  public var evidence: [EvidenceQuote]
  /// The question's published reference figure, when the tool gives one.
  public var reference: ReferenceComparison?

  /// Creates a key finding from its parts.
  public init(
    kind: Kind, id: String, text: String, finding: ProportionFinding, indicativeOnly: Bool,
    evidence: [EvidenceQuote], reference: ReferenceComparison?
  ) {
    self.kind = kind
    self.id = id
    self.text = text
    self.finding = finding
    self.indicativeOnly = indicativeOnly
    self.evidence = evidence
    self.reference = reference
  }

  private enum CodingKeys: String, CodingKey {
    case kind, id, text, finding, indicativeOnly, evidence, reference
  }

  /// Encodes every field, writing `null` for a missing reference.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encode(finding, forKey: .finding)
    try container.encode(indicativeOnly, forKey: .indicativeOnly)
    try container.encode(evidence, forKey: .evidence)
    try container.encode(reference, forKey: .reference)
  }
}
