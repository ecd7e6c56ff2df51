public import AuditStore
public import Findings

/// Comparing two rounds criterion by criterion: the training-impact use case.
///
/// Each round is gathered first (`AuditedRound`); the comparison reads the workspace only for
/// training attendance and the follow-up round's declared primary criteria.
public enum RoundComparisonAssembly {
  /// Compares two gathered rounds (the CLI's `compare` and `report --compare-with`).
  ///
  /// With a course, also splits each by training attendance. Where the follow-up round
  /// declared primary criteria, Holm's family is those.
  public static func compare(
    before: AuditedRound, after: AuditedRound, within: BreakdownDimension?, course: String?,
    design: TrainingGrouping = .cohort, workspace: Workspace
  ) throws -> RoundComparison {
    var result = try unadjusted(
      before: before, after: after, within: within, course: course, design: design,
      workspace: workspace)
    if let primary = try workspace.primaryCriteria(round: after.context.round) {
      result.declarePrimary(primary)
    }
    return result
  }

  private static func unadjusted(
    before: AuditedRound, after: AuditedRound, within: BreakdownDimension?, course: String?,
    design: TrainingGrouping, workspace: Workspace
  ) throws -> RoundComparison {
    guard let course else {
      return RoundComparison.compute(
        before: (before.info, before.cases), after: (after.info, after.cases),
        beforeTool: before.context.tool, afterTool: after.context.tool, within: within)
    }
    let training = try workspace.trainingRecords().map {
      TrainingRecord(worker: $0.worker, course: $0.course, date: $0.date)
    }
    guard training.contains(where: { $0.course == course }) else {
      let courses = Set(training.map(\.course)).sorted().map { "'\($0)'" }.joined(separator: ", ")
      throw WorkflowFailure(
        "no one attended a course called '\(course)'"
          + (courses.isEmpty
            ? "; import attendance with 'caseaudit training import'" : " (courses: \(courses))"))
    }
    guard let beforeDate = before.context.round.auditDate,
      let afterDate = after.context.round.auditDate
    else {
      throw WorkflowFailure(
        "both rounds need an audit date to tell who was trained by then; create rounds with "
          + "--audit-date")
    }
    return RoundComparison.compute(
      before: (before.info, before.cases), after: (after.info, after.cases),
      beforeTool: before.context.tool, afterTool: after.context.tool, within: within,
      training: training, course: course, beforeDate: beforeDate, afterDate: afterDate,
      grouping: design)
  }
}
