/// Why a sampled case has no answers the findings can use.
enum NotAuditedReason: Error {
  /// Nobody has a final (submitted or moderated) response for the case.
  case noFinalResponse
  /// Another auditor has submitted, but the first allocated auditor has not, and the case was
  /// not moderated.
  case primaryNotFinal
}
