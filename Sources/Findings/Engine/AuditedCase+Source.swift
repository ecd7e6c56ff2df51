import AuditForms

extension AuditedCase {
  /// The answers the findings use: the moderated answers where the case was moderated (a draft
  /// moderation does not count), otherwise the first allocated auditor's final response.
  func usedAnswers() -> Result<UsedAnswers, NotAuditedReason> {
    let primaryID = allocatedAuditors.first
    let primary = primaryID.flatMap { id in responses.first { $0.auditorID == id } }
    if let moderated, moderated.status.isFinal {
      let agency = primary?.auditorAgency ?? moderated.auditorAgency
      return .success(UsedAnswers(answers: moderated.answers, isModerated: true, agency: agency))
    }
    if let primary, primary.status.isFinal {
      return .success(
        UsedAnswers(answers: primary.answers, isModerated: false, agency: primary.auditorAgency))
    }
    let othersFinal = responses.contains { $0.status.isFinal }
    return .failure(othersFinal ? .primaryNotFinal : .noFinalResponse)
  }

  /// The final responses of distinct auditors, in rater order.
  ///
  /// The allocated auditors come first, in allocation order, then any others by auditor id.
  /// Drafts are left out.
  func independentResponses() -> [AuditedResponse] {
    if responses.count <= 1 {
      return responses.filter(\.status.isFinal)
    }
    // Cases have a handful of responses: linear searches beat hashing here.
    var ordered: [AuditedResponse] = []
    for id in allocatedAuditors where !ordered.contains(where: { $0.auditorID == id }) {
      guard let response = responses.first(where: { $0.auditorID == id }), response.status.isFinal
      else { continue }
      ordered.append(response)
    }
    let others = responses.filter { response in
      response.status.isFinal && !allocatedAuditors.contains(response.auditorID)
    }.sorted { $0.auditorID < $1.auditorID }
    for response in others where !ordered.contains(where: { $0.auditorID == response.auditorID }) {
      ordered.append(response)
    }
    return ordered
  }
}
