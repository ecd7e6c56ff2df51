import AuditForms

/// A question's published reference figure set beside the round's own figure for the same
/// answers.
public struct ReferenceComparison: Sendable, Hashable, Codable {
  /// Where the figure comes from.
  public var source: String
  /// The published finding in words.
  public var wording: String
  /// The published proportion, 0…1.
  public var proportion: Double
  /// How many cases the published proportion is of, when the source says.
  public var outOf: Int?
  /// The answer codes the published proportion counts; empty when only the wording says.
  public var answers: [String]
  /// What the published proportion counts, relative to the acceptable levels.
  public var direction: ReferenceDirection
  /// The round's own share of the same answers, or `nil` when `answers` is empty.
  public var local: ProportionFinding?
  /// The comparison in words.
  public var text: String

  /// Creates a comparison from its parts.
  public init(
    source: String, wording: String, proportion: Double, outOf: Int?, answers: [String],
    direction: ReferenceDirection, local: ProportionFinding?, text: String
  ) {
    self.source = source
    self.wording = wording
    self.proportion = proportion
    self.outOf = outOf
    self.answers = answers
    self.direction = direction
    self.local = local
    self.text = text
  }

  /// Sets a published reference beside the local count of the same answers.
  init(
    _ reference: PublishedReference, direction: ReferenceDirection, local: ProportionFinding?
  ) {
    let outOf = reference.outOf.map { " of \($0) cases" } ?? ""
    var text =
      "Published figure: \(ProportionFinding.percent(reference.proportion))\(outOf) "
      + "(\(reference.source)): \(reference.wording)."
    if let local {
      text += " The same answers here: \(local.phrase)."
    } else {
      text +=
        " The source does not define it by this question's answers, so it is not directly "
        + "comparable."
    }
    self.init(
      source: reference.source, wording: reference.wording, proportion: reference.proportion,
      outOf: reference.outOf, answers: reference.answers, direction: direction, local: local,
      text: text)
  }

  private enum CodingKeys: String, CodingKey {
    case source, wording, proportion, outOf, answers, direction, local, text
  }

  /// Encodes every field, writing `null` for missing values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(wording, forKey: .wording)
    try container.encode(proportion, forKey: .proportion)
    try container.encode(outOf, forKey: .outOf)
    try container.encode(answers, forKey: .answers)
    try container.encode(direction, forKey: .direction)
    try container.encode(local, forKey: .local)
    try container.encode(text, forKey: .text)
  }
}
