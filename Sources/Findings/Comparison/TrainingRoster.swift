import CaseList
import Formats

/// Which side of a difference-in-differences a case falls on.
enum TrainingSide {
  /// The worker counts as trained.
  case trained
  /// The worker counts as untrained.
  case untrained
  /// No worker is recorded.
  case unknownWorker
  /// The worker was trained before the earlier round (cohort grouping only).
  case alreadyTrained
}

/// The earliest date each worker attended one course.
struct TrainingRoster: Sendable {
  private let earliest: [String: CalendarDate]
  let grouping: TrainingGrouping
  let beforeDate: CalendarDate
  let afterDate: CalendarDate

  /// The roster for `course` from the training records (course names matched exactly after
  /// trimming whitespace, as are worker names).
  init(
    records: [TrainingRecord], course: String, grouping: TrainingGrouping,
    beforeDate: CalendarDate, afterDate: CalendarDate
  ) {
    let wanted = Trimming.trimmed(course)
    var earliest: [String: CalendarDate] = [:]
    for record in records where Trimming.trimmed(record.course) == wanted {
      let worker = Trimming.trimmed(record.worker)
      guard !worker.isEmpty else { continue }
      if let known = earliest[worker], known <= record.date { continue }
      earliest[worker] = record.date
    }
    self.earliest = earliest
    self.grouping = grouping
    self.beforeDate = beforeDate
    self.afterDate = afterDate
  }

  /// The side a case falls on in the round audited on `roundDate`.
  func side(worker: String?, roundDate: CalendarDate) -> TrainingSide {
    let name = Trimming.trimmed(worker ?? "")
    guard !name.isEmpty else { return .unknownWorker }
    let attended = earliest[name]
    switch grouping {
    case .atAuditDate:
      guard let attended, attended <= roundDate else { return .untrained }
      return .trained
    case .cohort:
      guard let attended, attended <= afterDate else { return .untrained }
      return attended <= beforeDate ? .alreadyTrained : .trained
    }
  }
}
