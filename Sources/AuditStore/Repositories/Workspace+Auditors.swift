public import Sampling

/// One stored allocation: a case and its auditors in rater order.
public struct StoredAllocation: Sendable, Hashable, Codable {
  /// The case id.
  public let caseID: String
  /// The auditors' ids, first rater first.
  public let auditorIDs: [String]
}

extension Workspace {
  /// Adds new auditors and updates existing ones (matched by id), logging what changed.
  ///
  /// Returns the number added and updated.
  public func importAuditors(_ auditors: [Auditor], source: String, actor: String) throws -> (
    added: Int, updated: Int
  ) {
    try database.writeTransaction {
      var added = 0
      var updated = 0
      for auditor in auditors {
        let exists =
          try database.scalarInt("SELECT count(*) FROM auditors WHERE id = ?", [auditor.id]) ?? 0
          > 0
        if exists {
          try database.execute(
            "UPDATE auditors SET name = ?, agency = ?, team = ?, role = ? WHERE id = ?",
            [auditor.name, auditor.agency, auditor.team, auditor.role.rawValue, auditor.id])
          updated += database.changes
        } else {
          try database.execute(
            "INSERT INTO auditors(id, name, agency, team, role) VALUES (?, ?, ?, ?, ?)",
            [auditor.id, auditor.name, auditor.agency, auditor.team, auditor.role.rawValue])
          added += 1
        }
      }
      try recordEvent(
        actor: actor, action: "auditors.imported", subject: source,
        details: ["added": String(added), "updated": String(updated)])
      return (added, updated)
    }
  }

  /// The roster, by id.
  public func auditors() throws -> [Auditor] {
    try database.query("SELECT id, name, agency, team, role FROM auditors ORDER BY id").map {
      row in
      let id = try row.text("id", table: "auditors", row: "an auditor")
      let place = "auditor \(id)"
      return Auditor(
        id: id, name: try row.text("name", table: "auditors", row: place),
        agency: try row.text("agency", table: "auditors", row: place), team: row.string("team"),
        role: try row.code("role", as: AuditorRole.self, table: "auditors", row: place))
    }
  }

  /// Stores a round's allocation, which locks its sample; refuses a second allocation.
  public func saveAllocation(
    round: RoundRecord, seed: UInt64, raters: Int, doubleFraction: Double,
    assignments: [Assignment], actor: String
  ) throws {
    try database.writeTransaction {
      if try isAllocated(round) {
        throw WorkspaceDataError.conflict(
          "round '\(round.name)' is already allocated; allocations are not silently changed")
      }
      try database.execute(
        """
        INSERT INTO allocation_runs(round_id, seed, raters, double_fraction, allocated_at)
        VALUES (?, ?, ?, ?, ?)
        """, [round.id, String(seed), raters, doubleFraction, Workspace.timestamp(now())])
      try database.executeMany(
        "INSERT INTO allocations(round_id, case_id, position, auditor_id) VALUES (?, ?, ?, ?)",
        rows: assignments.flatMap { assignment in
          assignment.auditors.enumerated().map { position, auditor -> [any SQLiteBindable] in
            [round.id, assignment.caseId, position + 1, auditor]
          }
        })
      try recordEvent(
        actor: actor, action: "round.allocated", subject: round.name,
        details: [
          "seed": String(seed), "raters": String(raters),
          "doubleFraction": String(doubleFraction), "cases": String(assignments.count),
          "doubleRated": String(assignments.count { $0.isDoubleRated }),
        ])
    }
  }

  /// The round's allocation, by case id.
  public func allocations(forRound round: RoundRecord) throws -> [StoredAllocation] {
    var byCase: [(String, [String])] = []
    try database.forEachRow(
      """
      SELECT case_id, auditor_id FROM allocations WHERE round_id = ?
      ORDER BY case_id, position
      """, [round.id]
    ) { row in
      guard let caseID = row[0].string, let auditor = row[1].string else {
        throw WorkspaceError.corruptRow(
          table: "allocations", detail: "round \(round.id): a row without a case or an auditor")
      }
      if byCase.last?.0 == caseID {
        byCase[byCase.count - 1].1.append(auditor)
      } else {
        byCase.append((caseID, [auditor]))
      }
    }
    return byCase.map { StoredAllocation(caseID: $0.0, auditorIDs: $0.1) }
  }

  /// The parameters the round was allocated with, or `nil` before allocation.
  public func allocationRun(forRound round: RoundRecord) throws -> (
    seed: String, raters: Int, doubleFraction: Double
  )? {
    try database.query(
      "SELECT seed, raters, double_fraction FROM allocation_runs WHERE round_id = ?", [round.id]
    ).first.map { row in
      let place = "round \(round.id)"
      return (
        try row.text("seed", table: "allocation_runs", row: place),
        try row.integer("raters", table: "allocation_runs", row: place),
        try row.number("double_fraction", table: "allocation_runs", row: place)
      )
    }
  }
}
