import CaseList
public import Formats

/// One worker's attendance at one training course, from the imported training roster.
public struct TrainingRecord: Sendable, Hashable, Codable {
  /// The worker as the case list names them (`CaseRecord.worker`), matched exactly after
  /// trimming surrounding whitespace.
  public var worker: String
  /// The course, for example "Neglect: using the Graded Care Profile 2".
  public var course: String
  /// The day the worker attended (or completed) the course.
  public var date: CalendarDate

  /// Creates a training record.
  public init(worker: String, course: String, date: CalendarDate) {
    self.worker = worker
    self.course = course
    self.date = date
  }
}
