/// A flag on one group of a training effect.
public struct TrainingFlag: Sendable, Hashable, Codable {
  /// What is wrong.
  public var flag: TrainingEffect.Flag
  /// The group: `trainedBefore`, `trainedAfter`, `untrainedBefore` or `untrainedAfter`.
  public var group: String

  /// Creates a flag.
  public init(flag: TrainingEffect.Flag, group: String) {
    self.flag = flag
    self.group = group
  }
}
