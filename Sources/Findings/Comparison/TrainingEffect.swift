public import Statistics

/// One criterion's difference-in-differences: the change in the trained workers' cases minus
/// the change in the untrained workers' cases.
public struct TrainingEffect: Sendable, Hashable, Codable {
  /// The kinds of flag on a training effect.
  public enum Flag: String, Sendable, Hashable, Codable, CaseIterable {
    /// A group has no judged cases, so the estimate is undefined.
    case emptyCell
    /// A group has fewer than 10 judged cases: counts only.
    case smallCell
    /// A group's cases come from fewer than 5 workers: any difference could be those workers'
    /// own habits, so counts and the case-level interval only, no cluster interval or verdict.
    case fewWorkers
  }

  /// The question's stable id.
  public var id: String
  /// Acceptable in trained workers' cases before.
  public var trainedBefore: ProportionFinding
  /// Acceptable in trained workers' cases after.
  public var trainedAfter: ProportionFinding
  /// Acceptable in untrained workers' cases before.
  public var untrainedBefore: ProportionFinding
  /// Acceptable in untrained workers' cases after.
  public var untrainedAfter: ProportionFinding
  /// (trained after − trained before) − (untrained after − untrained before), or `nil` when a
  /// group is empty.
  public var differenceInDifferences: Double?
  /// Its 95% interval by MOVER over the four Wilson intervals (Zou & Donner 2008), which
  /// treats every case as independent: too narrow when a worker holds several cases.
  public var interval: ConfidenceInterval?
  /// Its cluster-robust 95% interval.
  ///
  /// A bias-corrected percentile bootstrap resampling whole workers (each with all their cases in both rounds; Field and Welsh 2007, Cameron, Gelbach
  /// and Miller 2008), the seed in ``TrainingComparison/clusterBootstrap``. The verdict rests
  /// on this interval.
  public var clusterInterval: ConfidenceInterval?
  /// The two-sided p-value of the estimate over its cluster-bootstrap standard error (a Wald
  /// test), before Holm's adjustment across the criteria.
  public var clusterP: Double?
  /// What the interval supports: "improved" means the trained workers' cases improved more
  /// than the untrained workers'.
  public var verdict: ComparisonVerdict
  /// Flags, each with the group it concerns.
  public var flags: [TrainingFlag]

  /// Creates an effect from its parts.
  public init(
    id: String, trainedBefore: ProportionFinding, trainedAfter: ProportionFinding,
    untrainedBefore: ProportionFinding, untrainedAfter: ProportionFinding,
    differenceInDifferences: Double?, interval: ConfidenceInterval?,
    verdict: ComparisonVerdict, flags: [TrainingFlag]
  ) {
    self.id = id
    self.trainedBefore = trainedBefore
    self.trainedAfter = trainedAfter
    self.untrainedBefore = untrainedBefore
    self.untrainedAfter = untrainedAfter
    self.differenceInDifferences = differenceInDifferences
    self.interval = interval
    clusterInterval = nil
    clusterP = nil
    self.verdict = verdict
    self.flags = flags
  }

  private enum CodingKeys: String, CodingKey {
    case id, trainedBefore, trainedAfter, untrainedBefore, untrainedAfter
    case differenceInDifferences, ci, clusterCI, clusterP, verdict, flags
  }

  /// Decodes the JSON form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    trainedBefore = try container.decode(ProportionFinding.self, forKey: .trainedBefore)
    trainedAfter = try container.decode(ProportionFinding.self, forKey: .trainedAfter)
    untrainedBefore = try container.decode(ProportionFinding.self, forKey: .untrainedBefore)
    untrainedAfter = try container.decode(ProportionFinding.self, forKey: .untrainedAfter)
    differenceInDifferences = try container.decodeIfPresent(
      Double.self, forKey: .differenceInDifferences)
    interval = try IntervalCoding.interval(
      estimate: differenceInDifferences,
      pair: container.decodeIfPresent([Double].self, forKey: .ci))
    clusterInterval = try IntervalCoding.interval(
      estimate: differenceInDifferences,
      pair: container.decodeIfPresent([Double].self, forKey: .clusterCI))
    clusterP = try container.decodeIfPresent(Double.self, forKey: .clusterP)
    verdict = try container.decode(ComparisonVerdict.self, forKey: .verdict)
    flags = try container.decode([TrainingFlag].self, forKey: .flags)
  }

  /// Encodes the JSON form: the interval as `"ci": [low, high]`, `null` for missing values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(trainedBefore, forKey: .trainedBefore)
    try container.encode(trainedAfter, forKey: .trainedAfter)
    try container.encode(untrainedBefore, forKey: .untrainedBefore)
    try container.encode(untrainedAfter, forKey: .untrainedAfter)
    try container.encode(differenceInDifferences, forKey: .differenceInDifferences)
    try container.encode(IntervalCoding.pair(interval), forKey: .ci)
    try container.encode(IntervalCoding.pair(clusterInterval), forKey: .clusterCI)
    try container.encode(clusterP, forKey: .clusterP)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(flags, forKey: .flags)
  }
}
