public import CaseList

/// One sampled case of a round with everything the aggregator needs about it.
///
/// `caseID` is the authority's real identifier and never appears in anything the aggregator
/// outputs: findings, quotes and lists name the case by its pseudonymous `reference`.
public struct AuditedCase: Sendable, Hashable, Codable {
  /// The authority's real case identifier; used only to recognise the case (for example, the
  /// same child audited in two rounds) and to redact it from quoted evidence.
  public var caseID: String
  /// The pseudonymous reference every output uses.
  public var reference: String
  /// The case's record from the population snapshot.
  public var record: CaseRecord
  /// The ids of the auditors allocated to the case, in rater order: the first is the primary
  /// auditor.
  public var allocatedAuditors: [String]
  /// The latest revision of each auditor's own response; the agreed answers of moderation
  /// belong in `moderated`, not here.
  public var responses: [AuditedResponse]
  /// The moderator's agreed answers, if the case was moderated.
  public var moderated: AuditedResponse?
  /// The case's design weight, 1 / its inclusion probability in the draw; `nil` when unknown
  /// (findings are then unweighted).
  public var weight: Double?

  /// Creates a case.
  public init(
    caseID: String, reference: String, record: CaseRecord, allocatedAuditors: [String],
    responses: [AuditedResponse], moderated: AuditedResponse? = nil, weight: Double? = nil
  ) {
    self.caseID = caseID
    self.reference = reference
    self.record = record
    self.allocatedAuditors = allocatedAuditors
    self.responses = responses
    self.moderated = moderated
    self.weight = weight
  }
}
