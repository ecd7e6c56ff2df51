/// How cases are split into "trained worker" and "untrained worker" for a
/// difference-in-differences.
public enum TrainingGrouping: String, Sendable, Hashable, Codable, CaseIterable {
  /// Each round's cases by whether the case's worker had attended the course on or before that
  /// round's audit date (the definition). When the training fell between the rounds,
  /// nobody is trained in the earlier round, that cell is empty, and the estimate is undefined;
  /// use `cohort` then.
  case atAuditDate
  /// Both rounds' cases by the worker's cohort: "trained" workers attended after the earlier
  /// round's date and on or before the later one's; "untrained" had not attended by the later
  /// date; workers already trained by the earlier date are left out (they were trained in both
  /// rounds). This is the classic two-group, two-period design.
  case cohort
}
