public import AuditForms
internal import Dispatch
internal import Foundation
internal import Synchronization

/// A response's latest revision with its answers packed (``PackedAnswers``): the values, and
/// whether each has evidence, without the evidence text.
public typealias PackedResponse = LatestResponse<PackedAnswers>

extension Workspace {
  /// Every response of `round` at its latest revision, its answers packed for `tool` (the
  /// round's pinned tool), in response-id order.
  ///
  /// The aggregator's read, which holds about 100
  /// bytes per response where ``latestResponses(round:tool:)`` holds several kilobytes. The
  /// evidence text stays in the workspace; ``evidence(responseID:revision:questionID:)``
  /// reads one answer's.
  ///
  /// A row that does not read as an answer to one of the tool's questions is
  /// `WorkspaceError.corruptRow`, as for ``latestResponses(round:tool:)``.
  ///
  /// - Complexity: one pass over the round's latest answers; no JSON is parsed and no evidence
  ///   string is made.
  public func latestPackedResponses(round: RoundRecord, tool: AuditTool) throws
    -> [PackedResponse]
  {
    // Both reads see one snapshot, so every answer row belongs to a header read.
    try database.readTransaction { try packedResponses(round: round, tool: tool) }
  }

  private func packedResponses(round: RoundRecord, tool: AuditTool) throws -> [PackedResponse] {
    let headers = try latestRevisionHeaders(round: round)
    var position: [Int: Int] = [:]
    position.reserveCapacity(headers.count)
    for (offset, header) in headers.enumerated() { position[header.id] = offset }
    let keys = headers.map { (id: $0.id, revision: $0.revision) }
    let parts =
      headers.count >= Self.responsesPerReader
      ? min(ProcessInfo.processInfo.activeProcessorCount, headers.count / Self.responsesPerReader)
      : 1
    let packed: [PackedAnswers]
    if parts <= 1 {
      packed = try Self.packAnswers(
        of: keys[...], tool: tool, position: position, database: database)
    } else {
      packed = try Self.packInParallel(
        keys, parts: parts, tool: tool, position: position, path: database.path)
    }
    return headers.indices.map { PackedResponse(headers[$0], answers: packed[$0]) }
  }

  /// Below this many responses per reader, a second connection costs more than it saves.
  private static let responsesPerReader = 20_000

  /// Reads the answers of `keys` in `parts` ranges at once, each on a read-only connection of
  /// its own (SQLite connections in WAL mode read concurrently, sqlite.org/wal.html).
  ///
  /// Each range names the exact revisions the headers read, and revisions are never changed or
  /// deleted (the `revisions_no_update` and `answer_values_no_delete` triggers), so a reader
  /// whose snapshot is later than the headers' reads the same rows.
  private static func packInParallel(
    _ keys: [(id: Int, revision: Int)], parts: Int, tool: AuditTool, position: [Int: Int],
    path: String
  ) throws -> [PackedAnswers] {
    let results = Mutex<[Int: Result<[PackedAnswers], any Error>]>([:])
    let size = (keys.count + parts - 1) / parts
    let ranges = (0..<parts).map { part in
      keys[min(keys.count, part * size)..<min(keys.count, (part + 1) * size)]
    }
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let result = Result {
        let database = try Database(path: path, mode: .readOnly)
        return try packAnswers(
          of: ranges[part], tool: tool, position: position, database: database)
      }
      results.withLock { $0[part] = result }
    }
    var packed: [PackedAnswers] = []
    packed.reserveCapacity(keys.count)
    let done = results.withLock { $0 }
    for part in 0..<parts {
      // concurrentPerform returns once every iteration has run.
      guard let result = done[part] else { preconditionFailure("part \(part) did not run") }
      let slice = try result.get()
      packed += slice
    }
    return packed
  }

  /// The answers of the revisions `keys` names (a contiguous range of the round's responses,
  /// `position` giving each response's offset), packed, in the order of `keys`.
  private static func packAnswers(
    of keys: ArraySlice<(id: Int, revision: Int)>, tool: AuditTool, position: [Int: Int],
    database: Database
  ) throws -> [PackedAnswers] {
    let base = keys.startIndex
    let empty = PackedAnswers(layout: PackedAnswers.Layout(tool))
    var packed = [PackedAnswers](repeating: empty, count: keys.count)
    var decoder = AnswerRowDecoder(tool: tool)
    var current = -1
    var currentID = Int.min
    // The revisions as a JSON array of [response, revision] pairs, walked by json_each
    // (sqlite.org/json1.html) so each is one primary-key search of answer_values.
    var list = "["
    list.reserveCapacity(keys.count * 16)
    for key in keys {
      if list.utf8.count > 1 { list += "," }
      list += "[\(key.id),\(key.revision)]"
    }
    list += "]"
    try database.forEachCursor(
      """
      SELECT a.response_id, a.revision, a.question_id, a.code, a.number, a.codes,
        a.not_applicable, a.evidence
      FROM json_each(?) AS k JOIN answer_values a
        ON a.response_id = json_extract(k.value, '$[0]')
        AND a.revision = json_extract(k.value, '$[1]')
      """, [list]
    ) { cursor in
      let id = cursor.rawInt(0)  // response_id is NOT NULL
      if id != currentID {
        guard let offset = position[id], offset >= base, offset - base < packed.count else {
          throw WorkspaceError.corruptRow(
            table: "answer_values", detail: "response \(id) is not one of the round's")
        }
        current = offset - base
        currentID = id
      }
      try decoder.pack(at: cursor, into: &packed[current])
    }
    return packed
  }

  /// The evidence stored with one answer of one revision, or `nil` when it has none.
  ///
  /// - Complexity: one primary-key lookup in `answer_values`.
  public func evidence(responseID: Int, revision: Int, questionID: String) throws -> String? {
    var evidence: String?
    try database.forEachCursor(
      """
      SELECT evidence FROM answer_values
      WHERE response_id = ? AND revision = ? AND question_id = ?
      """, [responseID, revision, questionID]
    ) { cursor in evidence = cursor.text(0) }
    return evidence
  }
}
