/// How many usable cases fell in each group of a difference-in-differences.
public struct TrainingGroupCounts: Sendable, Hashable, Codable {
  /// Trained workers' cases in the earlier round.
  public var trainedBefore: Int
  /// Untrained workers' cases in the earlier round.
  public var untrainedBefore: Int
  /// Trained workers' cases in the later round.
  public var trainedAfter: Int
  /// Untrained workers' cases in the later round.
  public var untrainedAfter: Int
  /// Cases left out because no worker is recorded.
  public var unknownWorker: Int
  /// Cases left out because their worker was already trained by the earlier round (cohort
  /// grouping only).
  public var alreadyTrained: Int

  /// Creates counts from their parts.
  public init(
    trainedBefore: Int, untrainedBefore: Int, trainedAfter: Int, untrainedAfter: Int,
    unknownWorker: Int, alreadyTrained: Int
  ) {
    self.trainedBefore = trainedBefore
    self.untrainedBefore = untrainedBefore
    self.trainedAfter = trainedAfter
    self.untrainedAfter = untrainedAfter
    self.unknownWorker = unknownWorker
    self.alreadyTrained = alreadyTrained
  }
}
