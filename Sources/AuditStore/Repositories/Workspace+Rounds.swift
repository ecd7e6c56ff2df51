import CaseList
public import Formats

extension Workspace {
  /// Creates a round and logs it; a duplicate name is an error.
  public func createRound(
    name: String, toolID: String, toolVersion: String?, purpose: RoundPurpose, training: String?,
    snapshotID: Int, auditDate: CalendarDate?, actor: String
  ) throws -> RoundRecord {
    if try round(named: name) != nil {
      throw WorkspaceDataError.duplicate("a round named '\(name)' already exists")
    }
    guard try snapshot(id: snapshotID) != nil else {
      throw WorkspaceDataError.notFound("there is no snapshot \(snapshotID)")
    }
    try write(
      actor: actor, action: "round.created", subject: name,
      details: [
        "tool": toolID, "toolVersion": toolVersion ?? "", "purpose": purpose.rawValue,
        "training": training ?? "", "snapshot": String(snapshotID),
        "auditDate": auditDate?.description ?? "",
      ]
    ) { database in
      try database.execute(
        """
        INSERT INTO rounds(name, tool_id, tool_version, purpose, training, snapshot_id, created_at,
          audit_date)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          name, toolID, toolVersion, purpose.rawValue, training, snapshotID,
          Workspace.timestamp(now()), auditDate?.description,
        ])
    }
    guard let created = try round(named: name) else {
      throw WorkspaceDataError.notFound("the round '\(name)' was not saved")
    }
    return created
  }

  /// The round with a name, or `nil`.
  public func round(named name: String) throws -> RoundRecord? {
    try database.query(
      """
      SELECT id, name, tool_id, tool_version, purpose, training, snapshot_id, created_at,
        audit_date
      FROM rounds WHERE name = ?
      """, [name]
    ).first.map(Self.round(from:))
  }

  /// The round with a name, or a not-found error naming the rounds there are.
  public func requireRound(named name: String) throws -> RoundRecord {
    if let found = try round(named: name) { return found }
    let names = try rounds().map { "'\($0.name)'" }
    let known =
      names.isEmpty ? "there are no rounds yet" : "rounds: " + names.joined(separator: ", ")
    throw WorkspaceDataError.notFound("there is no round named '\(name)' (\(known))")
  }

  /// Every round, oldest first.
  public func rounds() throws -> [RoundRecord] {
    try database.query(
      """
      SELECT id, name, tool_id, tool_version, purpose, training, snapshot_id, created_at,
        audit_date
      FROM rounds ORDER BY id
      """
    ).map(Self.round(from:))
  }

  /// A stored round; a column that does not read is `WorkspaceError.corruptRow`.
  private static func round(from row: Row) throws -> RoundRecord {
    let id = try row.integer("id", table: "rounds", row: "a round")
    let place = "round \(id)"
    return RoundRecord(
      id: id, name: try row.text("name", table: "rounds", row: place),
      toolID: try row.text("tool_id", table: "rounds", row: place),
      toolVersion: row.string("tool_version"),
      purpose: try row.code("purpose", as: RoundPurpose.self, table: "rounds", row: place),
      training: row.string("training"),
      snapshotID: try row.integer("snapshot_id", table: "rounds", row: place),
      createdAt: try row.text("created_at", table: "rounds", row: place),
      auditDate: try row.optionalDate("audit_date", table: "rounds", row: place))
  }
}

/// A request the workspace's contents cannot satisfy (exit 1 at the command line).
public enum WorkspaceDataError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Something named does not exist.
  case notFound(String)
  /// Something with that name already exists.
  case duplicate(String)
  /// The change is not allowed in the current state (for example the sample is locked).
  case conflict(String)

  public var description: String {
    switch self {
    case .notFound(let message), .duplicate(let message), .conflict(let message): message
    }
  }
}

extension Workspace {
  /// The criteria `round` declared primary, in declaration order, or `nil` when it declared
  /// none.
  public func primaryCriteria(round: RoundRecord) throws -> [String]? {
    let ids = try database.query(
      "SELECT question_id FROM round_primary_criteria WHERE round_id = ? ORDER BY position",
      [round.id]
    ).compactMap { $0.string("question_id") }
    return ids.isEmpty ? nil : ids
  }

  /// Records `ids` as `round`'s primary criteria and logs it; declaring the same list again
  /// does nothing, and a different list is a conflict (a pre-declared family never changes).
  ///
  /// - Returns: whether the list was recorded now (`false` when it already was).
  @discardableResult
  public func declarePrimaryCriteria(_ ids: [String], round: RoundRecord, actor: String) throws
    -> Bool
  {
    if let declared = try primaryCriteria(round: round) {
      guard declared == ids else {
        throw WorkspaceDataError.conflict(
          "the round '\(round.name)' already declared its primary criteria ("
            + declared.joined(separator: ", ")
            + "); a pre-declared family cannot change after the fact")
      }
      return false
    }
    let at = Workspace.timestamp(now())
    try write(
      actor: actor, action: "round.primaryDeclared", subject: round.name,
      details: ["criteria": ids.joined(separator: ",")]
    ) { database in
      for (position, id) in ids.enumerated() {
        try database.execute(
          """
          INSERT INTO round_primary_criteria(round_id, position, question_id, declared_at)
          VALUES (?, ?, ?, ?)
          """, [round.id, position, id, at])
      }
    }
    return true
  }
}
