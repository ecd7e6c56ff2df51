public import Statistics

/// What a round's used answers say about one question.
///
/// `answered` counts every recorded answer to the question in the cases it applied to, N/A
/// and unusable answers included; the acceptable proportion's `n` counts only the grades that
/// can be judged: answered minus N/A, minus answers with an unknown code, minus levels left out
/// of the denominator (the challenge scale's "not needed", counted in `excluded`).
public struct QuestionFinding: Sendable, Hashable, Codable {
  /// The question's stable id.
  public var id: String
  /// The question as the auditor read it.
  public var text: String
  /// The question type: `grade`, `choice`, `multiChoice`, `number`, `date` or `text`.
  public var type: String
  /// The id of the section it belongs to.
  public var sectionID: String
  /// The themes it feeds.
  public var themes: [String]
  /// The cases it applied to (by its stages and condition, given each case's used answers).
  public var applicable: Int
  /// Applicable cases with a recorded answer, N/A included.
  public var answered: Int
  /// Answers of "not applicable".
  public var notApplicable: Int
  /// Answers per level or option code (multi-choice: cases that ticked each option).
  public var levels: [String: Int]
  /// The same counts in the scale's or question's order, with labels.
  public var distribution: [LevelCount]
  /// For a grade question, the cases judged acceptable out of those judged.
  public var acceptable: ProportionFinding?
  /// Grades left out of the acceptable denominator (the challenge scale's "not needed").
  public var excluded: Int
  /// For a grade question, the lower median level (by rank, best first) of the judged grades.
  public var median: String?
  /// For a number question, a summary of the numbers.
  public var numbers: NumberSummary?
  /// Whether the finding rests on fewer than 10 cases (the acceptable denominator for a grade
  /// question, otherwise the usable answers).
  public var indicativeOnly: Bool
  /// The tool's published reference figure beside the round's figure for the same answers.
  public var reference: ReferenceComparison?
  /// The partnership-wide estimate of the acceptable share, each case weighted by the inverse
  /// of its inclusion probability; present only when the sample's probabilities differ (an
  /// oversampled group, or strata given more than their proportional share).
  public var weightedAcceptable: WeightedProportion?

  /// Creates a finding from its parts.
  public init(
    id: String, text: String, type: String, sectionID: String, themes: [String],
    applicable: Int, answered: Int, notApplicable: Int, levels: [String: Int],
    distribution: [LevelCount], acceptable: ProportionFinding?, excluded: Int, median: String?,
    numbers: NumberSummary?, indicativeOnly: Bool, reference: ReferenceComparison?
  ) {
    self.id = id
    self.text = text
    self.type = type
    self.sectionID = sectionID
    self.themes = themes
    self.applicable = applicable
    self.answered = answered
    self.notApplicable = notApplicable
    self.levels = levels
    self.distribution = distribution
    self.acceptable = acceptable
    self.excluded = excluded
    self.median = median
    self.numbers = numbers
    self.indicativeOnly = indicativeOnly
    self.reference = reference
  }

  private enum CodingKeys: String, CodingKey {
    case id, text, type, sectionID, themes, applicable, answered, notApplicable, levels
    case distribution, acceptable, excluded, median, numbers, indicativeOnly, reference
    case weightedAcceptable
  }

  /// Encodes every field, writing `null` for missing values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encode(type, forKey: .type)
    try container.encode(sectionID, forKey: .sectionID)
    try container.encode(themes, forKey: .themes)
    try container.encode(applicable, forKey: .applicable)
    try container.encode(answered, forKey: .answered)
    try container.encode(notApplicable, forKey: .notApplicable)
    try container.encode(levels, forKey: .levels)
    try container.encode(distribution, forKey: .distribution)
    try container.encode(acceptable, forKey: .acceptable)
    try container.encode(excluded, forKey: .excluded)
    try container.encode(median, forKey: .median)
    try container.encode(numbers, forKey: .numbers)
    try container.encode(indicativeOnly, forKey: .indicativeOnly)
    try container.encode(reference, forKey: .reference)
    try container.encodeIfPresent(weightedAcceptable, forKey: .weightedAcceptable)
  }
}
