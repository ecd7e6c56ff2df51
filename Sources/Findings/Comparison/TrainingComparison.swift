public import CaseList

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
  /// How cases were split.
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
