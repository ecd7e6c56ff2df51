/// One side of a comparison: the round and what it rests on.
public struct RoundSummary: Sendable, Hashable, Codable {
  /// The round's name.
  public var round: String
  /// The round's purpose.
  public var purpose: String
  /// The tool's id.
  public var toolID: String
  /// The tool's version.
  public var toolVersion: String
  /// The training the round evaluates, if any.
  public var training: String?
  /// The sample's filters and strata in words.
  public var sampleDescription: String
  /// Cases in the sample.
  public var sampledCases: Int
  /// Cases with usable answers.
  public var cases: Int
  /// Usable cases per stage code.
  public var stages: [String: Int]

  /// Creates a summary from its parts.
  public init(
    round: String, purpose: String, toolID: String, toolVersion: String, training: String?,
    sampleDescription: String, sampledCases: Int, cases: Int, stages: [String: Int]
  ) {
    self.round = round
    self.purpose = purpose
    self.toolID = toolID
    self.toolVersion = toolVersion
    self.training = training
    self.sampleDescription = sampleDescription
    self.sampledCases = sampledCases
    self.cases = cases
    self.stages = stages
  }

  private enum CodingKeys: String, CodingKey {
    case round, purpose, toolID, toolVersion, training, sampleDescription, sampledCases, cases
    case stages
  }

  /// Encodes every field, writing `null` for missing values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(round, forKey: .round)
    try container.encode(purpose, forKey: .purpose)
    try container.encode(toolID, forKey: .toolID)
    try container.encode(toolVersion, forKey: .toolVersion)
    try container.encode(training, forKey: .training)
    try container.encode(sampleDescription, forKey: .sampleDescription)
    try container.encode(sampledCases, forKey: .sampledCases)
    try container.encode(cases, forKey: .cases)
    try container.encode(stages, forKey: .stages)
  }
}
