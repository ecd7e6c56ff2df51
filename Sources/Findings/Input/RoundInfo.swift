/// What the aggregator needs to know about an audit round besides its cases.
public struct RoundInfo: Sendable, Hashable, Codable {
  /// The round's name, for example "Neglect thematic audit, March 2027".
  public var name: String
  /// Why the round was run: `routine`, `baseline`, `postTraining` or `calibration`.
  public var purpose: String
  /// The id of the audit tool the round used.
  public var toolID: String
  /// The version of the audit tool the round used.
  public var toolVersion: String
  /// The training the round evaluates, if any.
  public var training: String?
  /// The sample's filters and strata in words; comparisons warn when two rounds differ here.
  public var sampleDescription: String

  /// Creates round information.
  public init(
    name: String, purpose: String, toolID: String, toolVersion: String, training: String? = nil,
    sampleDescription: String
  ) {
    self.name = name
    self.purpose = purpose
    self.toolID = toolID
    self.toolVersion = toolVersion
    self.training = training
    self.sampleDescription = sampleDescription
  }
}
