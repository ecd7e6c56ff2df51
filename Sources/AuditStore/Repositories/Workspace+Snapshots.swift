public import CaseList
public import Formats

extension Workspace {
  /// Stores a population snapshot with its sources' fingerprints, every case and the
  /// data-quality warnings the import let through, and logs it.
  ///
  /// One transaction (``Database/bulkWriteTransaction(_:)``): all of it lands or none does.
  /// Returns the new snapshot's id.
  ///
  /// - Complexity: O(n) inserts through one prepared statement.
  public func saveSnapshot(
    asOf: CalendarDate, format: String, sources: [SnapshotRecord.Source], records: CaseRecords,
    warnings: [CaseListProblem] = [], actor: String
  ) throws -> Int {
    let openCases = records.openCount
    return try database.bulkWriteTransaction {
      try database.execute(
        """
        INSERT INTO snapshots(imported_at, as_of, format, cases, open_cases)
        VALUES (?, ?, ?, ?, ?)
        """,
        [Workspace.timestamp(now()), asOf.description, format, records.count, openCases])
      let id = Int(database.lastInsertedRowID)
      try database.executeMany(
        """
        INSERT INTO snapshot_sources(snapshot_id, position, file, sha256, kind, encoding, rows)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        rows: sources.enumerated().map { position, source in
          [id, position, source.file, source.sha256, source.kind, source.encoding, source.rows]
        })
      // The records are built a chunk ahead on a second core while SQLite writes.
      try records.forEachChunk(of: 4096) { chunk in
        try database.insertMany(
          """
          INSERT INTO cases(snapshot_id, case_id, family_key, stage, neglect_status, team,
            worker, age, gender, ethnicity, disability, start_date, months_open, previous_plans,
            abuse_category, unborn, end_date)
          """, columns: 17, count: chunk.count
        ) { index, row in
          // Fields are read in place: copying a whole record would retain and release its
          // strings once per row.
          try chunk.withUnsafeBufferPointer { chunk in
            try row.bind(id, at: 1)
            try row.bind(chunk[index].id, at: 2)
            try row.bind(chunk[index].familyKey, at: 3)
            try row.bind(chunk[index].stage.rawValue, at: 4)
            try row.bind(chunk[index].neglectStatus.rawValue, at: 5)
            try row.bind(chunk[index].team, at: 6)
            try row.bind(chunk[index].worker, at: 7)
            try row.bind(chunk[index].age, at: 8)
            try row.bind(chunk[index].gender, at: 9)
            try row.bind(chunk[index].ethnicity, at: 10)
            try row.bind(chunk[index].disability.map { $0 ? 1 : 0 }, at: 11)
            try row.bind(isoDate: chunk[index].startDate, at: 12)
            try row.bind(chunk[index].monthsOpen, at: 13)
            try row.bind(chunk[index].previousPlans, at: 14)
            try row.bind(chunk[index].abuseCategory?.rawValue, at: 15)
            try row.bind(chunk[index].isUnborn ? 1 : 0, at: 16)
            try row.bind(isoDate: chunk[index].endDate, at: 17)
          }
        }
      }
      try database.executeMany(
        """
        INSERT INTO snapshot_warnings(snapshot_id, position, file, line, col, kind, message,
          detail, case_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows: warnings.enumerated().map { position, warning in
          [
            id, position, warning.file, warning.line, warning.column, warning.kind.rawValue,
            warning.message, warning.detail, warning.childID,
          ]
        })
      try recordEvent(
        actor: actor, action: "snapshot.imported", subject: "snapshot \(id)",
        details: [
          "asOf": asOf.description, "format": format, "cases": String(records.count),
          "open": String(openCases), "sha256": sources.map(\.sha256).joined(separator: ","),
          "warnings": String(warnings.count),
        ])
      return id
    }
  }

  /// Every snapshot, newest first (without their cases).
  public func snapshots() throws -> [SnapshotRecord] {
    try database.query(
      "SELECT id, imported_at, as_of, format, cases, open_cases FROM snapshots ORDER BY id DESC"
    ).map { row in try snapshot(from: row) }
  }

  /// One snapshot, or `nil`.
  public func snapshot(id: Int) throws -> SnapshotRecord? {
    try database.query(
      "SELECT id, imported_at, as_of, format, cases, open_cases FROM snapshots WHERE id = ?", [id]
    ).first.map { try snapshot(from: $0) }
  }

  /// The newest snapshot, or `nil` when none has been imported.
  public func latestSnapshot() throws -> SnapshotRecord? {
    guard let id = try database.scalarInt("SELECT max(id) FROM snapshots") else { return nil }
    return try snapshot(id: id)
  }

  private func snapshot(from row: Row) throws -> SnapshotRecord {
    let id = try row.integer("id", table: "snapshots", row: "a snapshot")
    let place = "snapshot \(id)"
    let sources = try database.query(
      """
      SELECT file, sha256, kind, encoding, rows FROM snapshot_sources
      WHERE snapshot_id = ? ORDER BY position
      """, [id]
    ).map { source in
      let table = "snapshot_sources"
      let place = "a source of snapshot \(id)"
      return SnapshotRecord.Source(
        file: try source.text("file", table: table, row: place),
        sha256: try source.text("sha256", table: table, row: place),
        kind: try source.text("kind", table: table, row: place),
        encoding: try source.text("encoding", table: table, row: place),
        rows: try source.integer("rows", table: table, row: place))
    }
    return SnapshotRecord(
      id: id, importedAt: try row.text("imported_at", table: "snapshots", row: place),
      asOf: try row.date("as_of", table: "snapshots", row: place),
      format: try row.text("format", table: "snapshots", row: place),
      cases: try row.integer("cases", table: "snapshots", row: place),
      openCases: try row.integer("open_cases", table: "snapshots", row: place), sources: sources)
  }

  /// The cases of a snapshot, in canonical order (case id, byte-wise).
  ///
  /// - Complexity: O(n).
  public func cases(inSnapshot snapshotID: Int) throws -> [CaseRecord] {
    // The stored count sizes the array once: growing it by doubling would, at the last step,
    // hold the old and the new buffer together (1.5× the records) and leave up to half unused.
    let expected = try database.scalarInt(
      "SELECT cases FROM snapshots WHERE id = ?", [snapshotID])
    return try readCases(
      Workspace.selectCases + " WHERE snapshot_id = ? ORDER BY case_id", [snapshotID],
      expectedCount: expected ?? 0)
  }

  /// One case of a snapshot by its id, read by the primary key (no other row is read).
  ///
  /// - Complexity: O(log N).
  public func caseRecord(id: String, inSnapshot snapshotID: Int) throws -> CaseRecord? {
    try readCases(
      Workspace.selectCases + " WHERE snapshot_id = ? AND case_id = ?", [snapshotID, id]
    ).first
  }

  /// The case ids of a snapshot in canonical order, without the rest of each record.
  ///
  /// - Complexity: O(N).
  public func caseIDs(inSnapshot snapshotID: Int) throws -> [String] {
    var ids: [String] = []
    try database.forEachCursor(
      "SELECT case_id FROM cases WHERE snapshot_id = ? ORDER BY case_id", [snapshotID]
    ) { row in
      if let id = row.text(0) { ids.append(id) }
    }
    return ids
  }

  /// The cases of a snapshot at `stages` (all when empty) and of one neglect status (any when
  /// `nil`), in canonical order, at most `limit`: the filter runs in SQL, so rows that do not
  /// match are never decoded and a limit stops the read.
  ///
  /// - Complexity: O(N) rows examined by SQLite, O(m) decoded for m matches.
  public func cases(
    inSnapshot snapshotID: Int, stages: Set<Stage>, neglect: NeglectStatus?, limit: Int?
  ) throws -> [CaseRecord] {
    let (sql, values) = Workspace.filteredCases(
      snapshotID: snapshotID, stages: stages, neglect: neglect, limit: limit)
    return try readCases(sql, values)
  }

  /// Calls `body` with each case of a snapshot that `cases(inSnapshot:stages:neglect:limit:)`
  /// would return, in the same order, as it is read: memory stays flat however many match.
  public func forEachCase(
    inSnapshot snapshotID: Int, stages: Set<Stage>, neglect: NeglectStatus?, limit: Int?,
    _ body: (CaseRecord) throws -> Void
  ) throws {
    let (sql, values) = Workspace.filteredCases(
      snapshotID: snapshotID, stages: stages, neglect: neglect, limit: limit)
    try forEachCase(sql, values, body)
  }

  /// The widest text of each of `columns` among the cases a filtered read would return.
  ///
  /// `columns` are columns of `cases`, widths in characters, with the number of cases
  /// `cases(inSnapshot:stages:neglect:limit:)` would return — so a table can be laid out
  /// before its rows are streamed. `nil` when any of the values is not
  /// ASCII, whose width in characters SQLite's `length()` (code points) cannot give exactly.
  public func textWidths(
    of columns: [String], inSnapshot snapshotID: Int, stages: Set<Stage>,
    neglect: NeglectStatus?, limit: Int?
  ) throws -> (count: Int, widths: [Int])? {
    precondition(columns.allSatisfy(Workspace.caseColumns.contains), "not a column of cases")
    let (sql, values) = Workspace.filteredCases(
      snapshotID: snapshotID, stages: stages, neglect: neglect, limit: limit)
    let widest = columns.map { "coalesce(max(length(\($0))), 0)" }
    // length() counts characters in text and bytes in a blob: equal only for ASCII
    // (sqlite.org/lang_corefunc.html#length).
    let nonASCII = columns.map {
      "coalesce(max(length(CAST(\($0) AS BLOB)) - length(\($0))), 0)"
    }
    let row = try database.query(
      "SELECT count(*), " + (widest + nonASCII).joined(separator: ", ") + " FROM (" + sql + ")",
      values
    ).first
    guard let row else { return nil }
    let numbers = (0...(2 * columns.count)).map { row[$0].int64.map(Int.init) ?? 0 }
    guard numbers.suffix(columns.count).allSatisfy({ $0 == 0 }) else { return nil }
    return (numbers[0], Array(numbers[1...columns.count]))
  }

  /// The query of `cases(inSnapshot:stages:neglect:limit:)`.
  private static func filteredCases(
    snapshotID: Int, stages: Set<Stage>, neglect: NeglectStatus?, limit: Int?
  ) -> (String, [any SQLiteBindable]) {
    var sql = Workspace.selectCases + " WHERE snapshot_id = ?"
    var values: [any SQLiteBindable] = [snapshotID]
    if !stages.isEmpty {
      let ordered = stages.map(\.rawValue).sorted()
      sql += " AND stage IN (" + ordered.map { _ in "?" }.joined(separator: ", ") + ")"
      values += ordered.map { $0 as any SQLiteBindable }
    }
    if let neglect {
      sql += " AND neglect_status = ?"
      values.append(neglect.rawValue)
    }
    sql += " ORDER BY case_id"
    if let limit {
      sql += " LIMIT ?"
      values.append(limit)
    }
    return (sql, values)
  }

  /// The records of the cases in a round's sample, in case-id order, read without loading the
  /// rest of the population.
  ///
  /// - Complexity: O(n log N) for n sampled cases in a population of N.
  public func sampledCases(inRound round: RoundRecord) throws -> [CaseRecord] {
    try readCases(
      "SELECT " + Workspace.caseColumns.map { "c." + $0 }.joined(separator: ", ")
        + " FROM sample_cases s JOIN cases c ON c.snapshot_id = ? AND c.case_id = s.case_id"
        + " WHERE s.round_id = ? ORDER BY c.case_id", [round.snapshotID, round.id])
  }

  /// The columns every case query selects, in the order `readCases` decodes them.
  private static let caseColumns = [
    "case_id", "family_key", "stage", "neglect_status", "team", "worker", "age", "gender",
    "ethnicity", "disability", "start_date", "months_open", "previous_plans", "abuse_category",
    "unborn", "end_date",
  ]

  /// `SELECT` of `caseColumns` from `cases`, for a `WHERE` clause to follow.
  private static let selectCases =
    "SELECT " + caseColumns.joined(separator: ", ") + " FROM cases"

  /// Reads case rows selected as the queries above select them (`caseColumns`, in order).
  ///
  /// A stored row is decoded exactly or refused with `WorkspaceError.corruptRow`, naming the
  /// column: a silent default (a stage of "closed", no date) would change a sample without a
  /// word.
  private func readCases(
    _ sql: String, _ values: [any SQLiteBindable], expectedCount: Int = 0
  ) throws -> [CaseRecord] {
    var records: [CaseRecord] = []
    records.reserveCapacity(max(0, min(expectedCount, 50_000_000)))
    try forEachCase(sql, values) { records.append($0) }
    return records
  }

  /// Reads case rows as `readCases` does, handing each record to `body` as it is decoded.
  private func forEachCase(
    _ sql: String, _ values: [any SQLiteBindable], _ body: (CaseRecord) throws -> Void
  ) throws {
    var read = 0
    var interned: [String: String] = [:]
    // Teams, workers and codes repeat across a population: keep one copy of each string.
    func shared(_ text: String?) -> String? {
      guard let text else { return nil }
      if let existing = interned[text] { return existing }
      interned[text] = text
      return text
    }
    func corrupt(_ column: Int32) -> WorkspaceError {
      .corruptRow(
        table: "cases",
        detail: "row \(read + 1) of the query, column " + Workspace.caseColumns[Int(column)])
    }
    func decoded<T>(_ result: Result<T?, ColumnDecodingFailure>) throws -> T? {
      switch result {
      case .success(let value): return value
      case .failure(let failure): throw corrupt(failure.column)
      }
    }
    func required<T>(_ result: Result<T?, ColumnDecodingFailure>, _ column: Int32) throws -> T {
      guard let value = try decoded(result) else { throw corrupt(column) }
      return value
    }
    try database.forEachCursor(sql, values) { row in
      guard let id = row.text(0) else { throw corrupt(0) }
      try body(
        CaseRecord(
          id: id, familyKey: row.text(1), stage: try required(row.code(2, as: Stage.self), 2),
          neglectStatus: try required(row.code(3, as: NeglectStatus.self), 3),
          team: shared(row.text(4)), worker: shared(row.text(5)), age: row.int(6),
          gender: shared(row.text(7)), ethnicity: shared(row.text(8)),
          disability: row.int(9).map { $0 != 0 },
          startDate: try decoded(row.isoDate(10)),
          monthsOpen: row.int(11), previousPlans: row.int(12),
          abuseCategory: try decoded(row.code(13, as: AbuseCategory.self)),
          isUnborn: row.int(14) == 1, endDate: try decoded(row.isoDate(15))))
      read += 1
    }
  }

  /// The data-quality warnings kept with a snapshot, in file order; only those that flag the
  /// child `caseID` when it is given.
  public func warnings(inSnapshot snapshotID: Int, caseID: String? = nil) throws
    -> [CaseListProblem]
  {
    let sql =
      """
      SELECT file, line, col, kind, message, detail, case_id FROM snapshot_warnings
      WHERE snapshot_id = ?\(caseID == nil ? "" : " AND case_id = ?") ORDER BY position
      """
    let values: [any SQLiteBindable] = caseID.map { [snapshotID, $0] } ?? [snapshotID]
    return try database.query(sql, values).map { row in
      guard let file = row.string("file"), let line = row.int("line"),
        let column = row.int("col"), let kindText = row.string("kind"),
        let kind = CaseListProblemKind(rawValue: kindText), let message = row.string("message")
      else {
        throw WorkspaceError.corruptRow(
          table: "snapshot_warnings", detail: "snapshot \(snapshotID)")
      }
      return CaseListProblem(
        file: file, line: line, column: column, message: message, severity: .warning,
        kind: kind, detail: row.string("detail"), childID: row.string("case_id"))
    }
  }

  /// The number of data-quality warnings kept with a snapshot.
  public func warningCount(inSnapshot snapshotID: Int) throws -> Int {
    try database.scalarInt(
      "SELECT count(*) FROM snapshot_warnings WHERE snapshot_id = ?", [snapshotID]) ?? 0
  }
}
