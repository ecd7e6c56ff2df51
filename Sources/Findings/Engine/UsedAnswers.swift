import AuditForms

/// The answers the findings use for one case, and whose they are.
struct UsedAnswers {
  /// The answers.
  let answers: ResponseAnswers
  /// Whether they are the moderated (agreed) answers rather than the primary auditor's.
  let isModerated: Bool
  /// The agency the answers are attributed to (see `BreakdownDimension.auditorAgency`).
  let agency: String
}
