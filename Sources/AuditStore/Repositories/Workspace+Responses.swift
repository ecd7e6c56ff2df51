public import AuditForms

/// Whether a response is an auditor's own audit or a moderator's agreed answers.
public enum ResponseKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// An auditor's independent audit of a case.
  case audit
  /// The moderator's agreed answers after a blind double audit.
  case moderation
}

/// The state of one revision of a response.
public enum ResponseStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Work in progress: saved, not counted in findings.
  case draft
  /// Complete and validated.
  case submitted
  /// A moderator's agreed answers.
  case moderated
}

/// One revision of a response: the answers an auditor recorded at one moment.
public struct ResponseRevision: Sendable, Hashable, Codable {
  /// The response's row id (`responses.id`): with `revision`, where the revision is stored.
  public let responseID: Int
  /// The round's name.
  public let round: String
  /// The case id.
  public let caseID: String
  /// The auditor (or moderator) id.
  public let auditorID: String
  /// Audit or moderation.
  public let kind: ResponseKind
  /// The revision number, from 1.
  public let revision: Int
  /// Draft, submitted or moderated.
  public let status: ResponseStatus
  /// The answers, as canonical answers-file JSON.
  public let answersJSON: String
  /// The moderator's rationale, for a moderation.
  public let rationale: String?
  /// Whether it was recorded by an auditor not allocated to the case.
  public let unallocated: Bool
  /// When it was recorded, ISO 8601 UTC.
  public let recordedAt: String
  /// Who recorded it (the event-log actor).
  public let recordedBy: String
}

extension Workspace {
  /// Records a new revision of a response and logs it; every earlier revision is kept.
  ///
  /// The response is created with its first revision. `caseReference`, the case's pseudonym,
  /// goes in the event log instead of its id. Returns the new revision number.
  public func recordResponse(
    round: RoundRecord, caseID: String, caseReference: String, auditorID: String,
    kind: ResponseKind, status: ResponseStatus, answersJSON: String, rationale: String?,
    unallocated: Bool, actor: String
  ) throws -> Int {
    try database.writeTransaction {
      try database.execute(
        """
        INSERT INTO responses(round_id, case_id, auditor_id, kind) VALUES (?, ?, ?, ?)
        ON CONFLICT (round_id, case_id, auditor_id, kind) DO NOTHING
        """, [round.id, caseID, auditorID, kind.rawValue])
      guard
        let responseID = try database.scalarInt(
          """
          SELECT id FROM responses
          WHERE round_id = ? AND case_id = ? AND auditor_id = ? AND kind = ?
          """, [round.id, caseID, auditorID, kind.rawValue])
      else { throw WorkspaceDataError.notFound("the response could not be saved") }
      let revision =
        (try database.scalarInt(
          "SELECT max(revision) FROM response_revisions WHERE response_id = ?", [responseID])
          ?? 0) + 1
      try database.execute(
        """
        INSERT INTO response_revisions(response_id, revision, status, answers, rationale,
          unallocated, recorded_at, recorded_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          responseID, revision, status.rawValue, answersJSON, rationale, unallocated,
          Workspace.timestamp(now()), actor,
        ])
      var details = [
        "case": caseReference, "auditor": auditorID, "revision": String(revision),
        "status": status.rawValue,
      ]
      if unallocated { details["unallocated"] = "true" }
      try recordEvent(
        actor: actor, action: kind == .moderation ? "response.moderated" : "response.recorded",
        subject: round.name, details: details)
      return revision
    }
  }

  /// The revisions of a round's responses, oldest first.
  ///
  /// With `caseID`, only that case's; with `latestOnly`, only each response's newest revision.
  public func responseRevisions(
    round: RoundRecord, caseID: String? = nil, latestOnly: Bool = false
  ) throws -> [ResponseRevision] {
    let latestClause =
      latestOnly
      ? "AND v.revision = (SELECT max(revision) FROM response_revisions WHERE response_id = r.id)"
      : ""
    return try database.query(
      """
      SELECT r.id, r.case_id, r.auditor_id, r.kind, v.revision, v.status, v.answers, v.rationale,
        v.unallocated, v.recorded_at, v.recorded_by
      FROM responses r JOIN response_revisions v ON v.response_id = r.id
      WHERE r.round_id = ? AND (? IS NULL OR r.case_id = ?) \(latestClause)
      ORDER BY r.case_id, r.kind, r.auditor_id, v.revision
      """, [round.id, caseID, caseID]
    ).map { row in
      let responseID = try row.integer("id", table: "responses", row: "a response")
      let revision = try row.integer(
        "revision", table: "response_revisions", row: "a revision of response \(responseID)")
      let place = "response \(responseID) revision \(revision)"
      return ResponseRevision(
        responseID: responseID, round: round.name,
        caseID: try row.text("case_id", table: "responses", row: "response \(responseID)"),
        auditorID: try row.text("auditor_id", table: "responses", row: "response \(responseID)"),
        kind: try row.code(
          "kind", as: ResponseKind.self, table: "responses", row: "response \(responseID)"),
        revision: revision,
        status: try row.code(
          "status", as: ResponseStatus.self, table: "response_revisions", row: place),
        answersJSON: try row.text("answers", table: "response_revisions", row: place),
        rationale: row.string("rationale"),
        unallocated: try row.integer("unallocated", table: "response_revisions", row: place) != 0,
        recordedAt: try row.text("recorded_at", table: "response_revisions", row: place),
        recordedBy: try row.text("recorded_by", table: "response_revisions", row: place))
    }
  }
}

extension ResponseRevision {
  /// The revision's answers, read with `tool` (the round's pinned tool).
  ///
  /// Stored answers were checked when they were recorded, so answers that no longer read are
  /// `WorkspaceError.corruptRow` naming the revision and the first problem, never a silently
  /// shorter answer set.
  public func answers(using tool: AuditTool) throws -> AnswerSet {
    let (answers, problems) = tool.readAnswers(json: Array(answersJSON.utf8), fileName: "stored")
    if let first = problems.first {
      throw WorkspaceError.corruptRow(
        table: "response_revisions",
        detail: "response \(responseID) revision \(revision), column answers: \(first.message)")
    }
    return answers
  }
}
