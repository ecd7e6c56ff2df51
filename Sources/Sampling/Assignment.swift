/// The auditors given one case.
public struct Assignment: Sendable, Hashable, Codable {
  /// The case id.
  public var caseId: String
  /// The ids of the case's auditors, in byte-wise id order; never the same person twice.
  public var auditors: [String]
  /// Whether the case has the extra rater of the double-rated fraction.
  public var isDoubleRated: Bool

  /// Creates an assignment.
  public init(caseId: String, auditors: [String], isDoubleRated: Bool) {
    self.caseId = caseId
    self.auditors = auditors
    self.isDoubleRated = isDoubleRated
  }
}
