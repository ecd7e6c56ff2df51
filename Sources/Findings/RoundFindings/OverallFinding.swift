public import Statistics

/// The distribution of the tool's overall judgement over a round.
public struct OverallFinding: Sendable, Hashable, Codable {
  /// The id of the overall-judgement question.
  public var questionID: String
  /// Each level, best first, as a share of the cases graded (N/A and unusable answers left
  /// out).
  public var levels: [LevelShare]
  /// The cases judged acceptable overall.
  public var acceptable: ProportionFinding
  /// The lower median level, or `nil` when nothing was graded.
  public var median: String?
  /// The partnership-wide estimate of the acceptable share (see
  /// ``QuestionFinding/weightedAcceptable``), when the sample's probabilities differ.
  public var weightedAcceptable: WeightedProportion?

  /// Creates a finding from its parts.
  public init(
    questionID: String, levels: [LevelShare], acceptable: ProportionFinding, median: String?
  ) {
    self.questionID = questionID
    self.levels = levels
    self.acceptable = acceptable
    self.median = median
  }

  private enum CodingKeys: String, CodingKey {
    case questionID, levels, acceptable, median, weightedAcceptable
  }

  /// Encodes every field, writing `null` for a missing median.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(questionID, forKey: .questionID)
    try container.encode(levels, forKey: .levels)
    try container.encode(acceptable, forKey: .acceptable)
    try container.encode(median, forKey: .median)
    try container.encodeIfPresent(weightedAcceptable, forKey: .weightedAcceptable)
  }
}
