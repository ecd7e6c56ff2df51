/// How often one auditor's grades differed from the moderated (agreed) grades.
public struct AuditorConsistency: Sendable, Hashable, Codable {
  /// The auditor's id.
  public var auditorID: String
  /// The auditor's agency.
  public var agency: String
  /// Grades compared: grade questions both the auditor and the moderation graded (N/A and
  /// unanswered left out), over the auditor's moderated cases.
  public var compared: Int
  /// Of those, grades at a different level from the moderated one.
  public var differed: Int
  /// `differed` out of `compared`, with its interval.
  public var proportion: ProportionFinding

  /// Creates a record.
  public init(auditorID: String, agency: String, compared: Int, differed: Int) {
    self.auditorID = auditorID
    self.agency = agency
    self.compared = compared
    self.differed = differed
    proportion = ProportionFinding(count: differed, n: compared)
  }
}
