import CaseList
public import Formats

/// One attendance of a worker at a training course.
public struct StoredTraining: Sendable, Hashable, Codable {
  /// The worker's name as the case list's "Allocated Worker" column writes it.
  public let worker: String
  /// The course.
  public let course: String
  /// The day attended.
  public let date: CalendarDate

  /// Creates a record.
  public init(worker: String, course: String, date: CalendarDate) {
    self.worker = worker
    self.course = course
    self.date = date
  }
}

extension Workspace {
  /// Adds training attendances (repeats are ignored) and logs how many were new.
  public func importTraining(_ records: [StoredTraining], source: String, actor: String) throws
    -> Int
  {
    try database.writeTransaction {
      var added = 0
      for record in records {
        try database.execute(
          """
          INSERT INTO training_records(worker, course, attended_on) VALUES (?, ?, ?)
          ON CONFLICT DO NOTHING
          """, [record.worker, record.course, record.date.description])
        added += database.changes
      }
      try recordEvent(
        actor: actor, action: "training.imported", subject: source,
        details: ["records": String(records.count), "added": String(added)])
      return added
    }
  }

  /// Every training attendance, by worker, course and date.
  public func trainingRecords() throws -> [StoredTraining] {
    try database.query(
      "SELECT worker, course, attended_on FROM training_records ORDER BY worker, course, attended_on"
    ).map { row in
      let place = "a training record"
      return StoredTraining(
        worker: try row.text("worker", table: "training_records", row: place),
        course: try row.text("course", table: "training_records", row: place),
        date: try row.date("attended_on", table: "training_records", row: place))
    }
  }
}
