import CaseList
public import Formats

/// The difference-in-differences between trained and untrained workers' cases across two
/// rounds, per criterion.
///
/// A before/after difference alone cannot separate training from everything else that changed
/// between the rounds; comparing the change in trained workers' cases with the change in
/// untrained workers' cases removes what both groups shared. It still assumes the two groups
/// would have changed alike without the training (parallel trends), and workers were not
/// assigned to training at random: read it as evidence, not proof.
public struct TrainingComparison: Sendable, Hashable, Codable {
  /// The course.
  public var course: String
  /// How cases were split: the design (`design` in JSON).
  public var grouping: TrainingGrouping
  /// The earlier round's audit date.
  public var beforeDate: CalendarDate
  /// The later round's audit date.
  public var afterDate: CalendarDate
  /// Usable cases per group, and those left out.
  public var cases: TrainingGroupCounts
  /// Per criterion compared, in the later tool's order.
  public var questions: [TrainingEffect]
  /// Notes on reading the estimate.
  public var notes: [String]
  /// The clusters (workers) in each group, the units the cluster bootstrap resamples.
  public var clusters = TrainingClusters(trained: 0, untrained: 0)
  /// The cluster bootstrap's replicates and seed.
  public var clusterBootstrap = ClusterBootstrapRecord(replicates: 0, seed: "0")

  /// The workers whose cases make up each group.
  public struct TrainingClusters: Sendable, Hashable, Codable {
    /// Workers with cases in the trained group (in either round).
    public var trained: Int
    /// Workers with cases in the untrained group (in either round).
    public var untrained: Int

    /// Creates counts from their parts.
    public init(trained: Int, untrained: Int) {
      self.trained = trained
      self.untrained = untrained
    }
  }

  /// How the cluster-robust intervals were found.
  public struct ClusterBootstrapRecord: Sendable, Hashable, Codable {
    /// The replicates drawn (0 when there were fewer than 2 workers).
    public var replicates: Int
    /// The seed, as a decimal string.
    public var seed: String

    /// Creates a record from its parts.
    public init(replicates: Int, seed: String) {
      self.replicates = replicates
      self.seed = seed
    }
  }

  private enum CodingKeys: String, CodingKey {
    case course
    case grouping = "design"
    case beforeDate, afterDate, cases, questions, notes, clusters, clusterBootstrap
  }

  /// Creates a comparison from its parts.
  public init(
    course: String, grouping: TrainingGrouping, beforeDate: CalendarDate,
    afterDate: CalendarDate, cases: TrainingGroupCounts, questions: [TrainingEffect],
    notes: [String]
  ) {
    self.course = course
    self.grouping = grouping
    self.beforeDate = beforeDate
    self.afterDate = afterDate
    self.cases = cases
    self.questions = questions
    self.notes = notes
  }
}
