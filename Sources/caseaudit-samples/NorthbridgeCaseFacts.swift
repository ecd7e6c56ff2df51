import AuditForms
import CaseList
import Formats

/// What the answer model knows about one sampled case in one round.
struct NorthbridgeCaseFacts {
  /// The case as the import made it.
  let record: CaseRecord
  /// The attributes conditions and stage limits read, exactly as `audit record` derives them.
  let attributes: CaseAttributes
  /// The number of the child's siblings in the population (same family key).
  let siblings: Int
  /// Whether the round is the follow-up.
  let isFollowUp: Bool
  /// The round's audit date.
  let auditDate: CalendarDate
  /// How far the course had taken hold in the worker's practice by the audit: 0 when the worker
  /// had not attended before the audit date, rising linearly to 1 at 90 days after attending.
  let exposure: Double
  /// Whether the worker attended the course before the audit date (the comparison's split).
  let trained: Bool
  /// The case's practice quality, a standard normal draw shared by all its questions.
  let quality: Double
  /// Each calibrated question's own noise (standard normal), by question id.
  let noise: [String: Double]

  /// Facts for `record` in a round audited on `auditDate`.
  init(
    record: CaseRecord, siblings: Int, isFollowUp: Bool, auditDate: CalendarDate,
    quality: Double, noise: [String: Double]
  ) {
    self.record = record
    self.attributes = CaseAttributes(
      stage: record.stage.rawValue, age: record.age, longTerm: record.isLongTerm,
      neglectStatus: record.neglectStatus.rawValue)
    self.siblings = siblings
    self.isFollowUp = isFollowUp
    self.auditDate = auditDate
    self.quality = quality
    self.noise = noise
    if let attended = NorthbridgeRoster.attended(record.worker, before: auditDate) {
      trained = true
      exposure = min(1, Double(NorthbridgeDates.days(from: attended, to: auditDate)) / 90)
    } else {
      trained = false
      exposure = 0
    }
  }

  /// A day in the case's recorded history before the audit, for evidence ("Core group …").
  func recordDate(random: inout NorthbridgeRandom) -> CalendarDate {
    let latest = NorthbridgeDates.adding(-7, to: auditDate)
    let start = record.startDate ?? NorthbridgeDates.adding(-365, to: auditDate)
    let earliest = max(
      NorthbridgeDates.adding(-900, to: auditDate),
      min(NorthbridgeDates.adding(-60, to: start), NorthbridgeDates.adding(-120, to: latest)))
    let span = max(0, NorthbridgeDates.days(from: earliest, to: latest))
    return NorthbridgeDates.adding(random.int(in: 0...span), to: earliest)
  }
}
