public import AuditForms
import Formats
internal import Foundation

/// A response's latest revision with its answers, read from the typed answer rows
/// (`answer_values`) rather than by re-parsing the revision's JSON: in full (`StoredResponse`)
/// or packed (`PackedResponse`).
public struct LatestResponse<Answers: Sendable & Hashable>: Sendable, Hashable {
  /// The response's row id (`responses.id`).
  public let responseID: Int
  /// The case id.
  public let caseID: String
  /// The auditor (or moderator) id.
  public let auditorID: String
  /// Audit or moderation.
  public let kind: ResponseKind
  /// The latest revision's number.
  public let revision: Int
  /// The latest revision's status.
  public let status: ResponseStatus
  /// When the latest revision was recorded, ISO 8601 UTC.
  public let recordedAt: String
  /// The latest revision's answers.
  public let answers: Answers

  init(_ header: ResponseHeader, answers: Answers) {
    responseID = header.id
    caseID = header.caseID
    auditorID = header.auditorID
    kind = header.kind
    revision = header.revision
    status = header.status
    recordedAt = header.recordedAt
    self.answers = answers
  }
}

/// A response's latest revision with every answer and its evidence.
public typealias StoredResponse = LatestResponse<AnswerSet>

extension Workspace {
  /// Every response of `round` at its latest revision, with its answers read from the typed
  /// rows with `tool` (the round's pinned tool), in response-id order.
  ///
  /// Stored answers were checked when they were recorded, so a row that does not read as an
  /// answer to one of the tool's questions is `WorkspaceError.corruptRow` naming the response,
  /// revision and question — never an answer silently left out.
  ///
  /// - Complexity: one pass over the round's latest answers; no JSON is parsed.
  public func latestResponses(round: RoundRecord, tool: AuditTool) throws -> [StoredResponse] {
    // Both reads see one snapshot, so the answers are those of the revisions the headers name.
    try database.readTransaction { try storedResponses(round: round, tool: tool) }
  }

  private func storedResponses(round: RoundRecord, tool: AuditTool) throws -> [StoredResponse] {
    var responses: [StoredResponse] = []
    let headers = try latestRevisionHeaders(round: round)
    // The answers arrive grouped by response (the join walks each response's rows in turn);
    // a response met again is merged, so a different plan could not drop answers.
    var sets: [Int: [String: Answer]] = [:]
    sets.reserveCapacity(headers.count)
    var decoder = AnswerRowDecoder(tool: tool)
    var current: (id: Int, answers: [String: Answer])?
    func finish() {
      guard let done = current else { return }
      current = nil
      if sets[done.id] == nil {
        sets[done.id] = done.answers
      } else {
        sets[done.id]?.merge(done.answers) { _, new in new }
      }
    }
    try database.forEachCursor(
      """
      SELECT a.response_id, a.revision, a.question_id, a.code, a.number, a.codes,
        a.not_applicable, a.evidence
      FROM responses r JOIN answer_values a ON a.response_id = r.id
        AND a.revision = (SELECT max(revision) FROM response_revisions WHERE response_id = r.id)
      WHERE r.round_id = ?
      """, [round.id]
    ) { cursor in
      let id = cursor.int(0) ?? 0
      if current?.id != id {
        finish()
        current = (id, Dictionary(minimumCapacity: tool.questions.count))
      }
      let (questionID, answer) = try decoder.answer(at: cursor)
      current?.answers[questionID] = answer
    }
    finish()
    responses.reserveCapacity(headers.count)
    for header in headers {
      responses.append(
        StoredResponse(header, answers: AnswerSet(sets.removeValue(forKey: header.id) ?? [:])))
    }
    return responses
  }

  /// Every response of `round` with its latest revision's number, status and time, in
  /// response-id order.
  func latestRevisionHeaders(round: RoundRecord) throws -> [ResponseHeader] {
    var headers: [ResponseHeader] = []
    try database.forEachCursor(
      """
      SELECT r.id, r.case_id, r.auditor_id, r.kind, v.revision, v.status, v.recorded_at
      FROM responses r JOIN response_revisions v ON v.response_id = r.id
        AND v.revision = (SELECT max(revision) FROM response_revisions WHERE response_id = r.id)
      WHERE r.round_id = ?
      ORDER BY r.id
      """, [round.id]
    ) { row in
      let id = row.int(0) ?? 0
      func corrupt(_ column: String) -> WorkspaceError {
        .corruptRow(table: "responses", detail: "response \(id), column \(column)")
      }
      guard let caseID = row.text(1) else { throw corrupt("case_id") }
      guard let auditorID = row.text(2) else { throw corrupt("auditor_id") }
      guard case .success(let kind?) = row.code(3, as: ResponseKind.self) else {
        throw corrupt("kind")
      }
      guard let revision = row.int(4) else { throw corrupt("revision") }
      guard case .success(let status?) = row.code(5, as: ResponseStatus.self) else {
        throw corrupt("status")
      }
      guard let recordedAt = row.text(6) else { throw corrupt("recorded_at") }
      headers.append(
        ResponseHeader(
          id: id, caseID: caseID, auditorID: auditorID, kind: kind, revision: revision,
          status: status, recordedAt: recordedAt))
    }
    return headers
  }

  /// The answers of one stored revision as the typed rows hold them, read with `tool`.
  ///
  /// Equal to reading the revision's JSON with `tool`: the rows are derived from it by the
  /// workspace itself when the revision is written.
  public func storedAnswers(responseID: Int, revision: Int, tool: AuditTool) throws -> AnswerSet {
    var decoder = AnswerRowDecoder(tool: tool)
    var answers: [String: Answer] = [:]
    try database.forEachCursor(
      """
      SELECT response_id, revision, question_id, code, number, codes, not_applicable, evidence
      FROM answer_values WHERE response_id = ? AND revision = ?
      """, [responseID, revision]
    ) { cursor in
      let (questionID, answer) = try decoder.answer(at: cursor)
      answers[questionID] = answer
    }
    return AnswerSet(answers)
  }
}

/// A response and its latest revision, without the answers.
struct ResponseHeader {
  let id: Int
  let caseID: String
  let auditorID: String
  let kind: ResponseKind
  let revision: Int
  let status: ResponseStatus
  let recordedAt: String
}

/// Reads `answer_values` rows (columns: response id, revision, question id, code, number,
/// codes, not applicable, evidence) as answers to a tool's questions.
///
/// Question ids and level or option codes are matched on their stored bytes and the tool's own
/// strings reused, so reading a row makes no string but its evidence.
struct AnswerRowDecoder {
  /// A question as the decoder needs it: its id, and the codes or type that read its value.
  private struct Entry {
    enum Kind {
      case grade([String])
      case choice([String])
      case multiChoice([String])
      case number, date, text
    }
    let id: String
    let kind: Kind
    /// The question's position in the tool's asking order.
    let position: Int
  }
  private let entries: [Entry]
  /// The entries' ids, and their grade or choice codes one entry after another, as flat
  /// bytes: matching a row against them retains nothing.
  private let ids: ByteTable
  private let codes: ByteTable
  /// Where each entry's codes start in `codes`; one extra at the end.
  private let codeStart: [Int]
  /// Entries in the order the rows arrive (question ids in byte order, sqlite.org/datatype3.html
  /// BINARY collation), so the next row is usually the next entry.
  private var next = 0

  init(tool: AuditTool) {
    entries = tool.questions.enumerated().map { position, question in
      let kind: Entry.Kind =
        switch question.type {
        case .grade(let scale): .grade(scale.levels.map(\.code))
        case .choice(let options): .choice(options.map(\.code))
        case .multiChoice(let options): .multiChoice(options.map(\.code))
        case .number: .number
        case .date: .date
        case .text: .text
        }
      return Entry(id: question.id, kind: kind, position: position)
    }
    .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    // Only grades and single choices are packed by code position (see `pack(at:into:)`).
    let packedCodes = entries.map { entry -> [[UInt8]] in
      switch entry.kind {
      case .grade(let codes), .choice(let codes): codes.map { Array($0.utf8) }
      default: []
      }
    }
    ids = ByteTable(entries.map { Array($0.id.utf8) })
    codes = ByteTable(packedCodes.flatMap { $0 })
    var starts = [0]
    for list in packedCodes { starts.append(starts[starts.count - 1] + list.count) }
    codeStart = starts
  }

  mutating func answer(at cursor: ColumnCursor) throws -> (String, Answer) {
    let index = try entry(at: cursor)
    return (
      entries[index].id, Answer(try value(at: cursor, entry: index), evidence: cursor.text(7))
    )
  }

  /// Reads the row into `packed` (laid out for the same tool): its value, and whether its
  /// evidence is there and not only whitespace — without making a string of the evidence.
  mutating func pack(at cursor: ColumnCursor, into packed: inout PackedAnswers) throws {
    // A grade or choice with a listed code (nearly every row the aggregator reads) is matched
    // on its bytes and packed by position; anything else is read as a value.
    let index = try entry(at: cursor)
    let position = entries[index].position
    if cursor.rawInt(6) == 0, codeStart[index] < codeStart[index + 1],
      let code = cursor.bytesUnlessNull(3)
    {
      for slot in codeStart[index]..<codeStart[index + 1] where codes.matches(slot, code) {
        packed.setCode(
          slot - codeStart[index], hasEvidence: Self.hasEvidence(cursor, 7), at: position)
        return
      }
    }
    packed.set(
      try value(at: cursor, entry: index), hasEvidence: Self.hasEvidence(cursor, 7),
      at: position)
  }

  /// `Answer.hasEvidence` on a text column's bytes: any ASCII byte that is not white space
  /// (U+0009–U+000D, U+0020) decides it at once; only text of non-ASCII characters and white
  /// space is decoded to ask Unicode's White_Space property.
  static func hasEvidence(_ cursor: ColumnCursor, _ column: Int32) -> Bool {
    guard let bytes = cursor.bytesUnlessNull(column) else { return false }
    var sawNonASCII = false
    for byte in bytes {
      if byte >= 0x80 {
        sawNonASCII = true
      } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
        return true
      }
    }
    guard sawNonASCII else { return false }
    return Answer(.notApplicable, evidence: String(decoding: bytes, as: UTF8.self)).hasEvidence
  }

  /// The entry of the row's question: the next one in row order, else found by a scan.
  private mutating func entry(at cursor: ColumnCursor) throws -> Int {
    let bytes = cursor.bytes(2)
    if next < ids.count, ids.matches(next, bytes) {
      next += 1
      return next - 1
    }
    for index in 0..<ids.count where ids.matches(index, bytes) {
      next = index + 1
      return index
    }
    throw Self.corrupt(cursor, "not a question of the round's tool")
  }

  /// A row that does not read, named by its response, revision and question.
  private static func corrupt(_ cursor: ColumnCursor, _ problem: String) -> WorkspaceError {
    WorkspaceError.corruptRow(
      table: "answer_values",
      detail: "response \(cursor.rawInt(0)) revision \(cursor.rawInt(1)), question "
        + "'\(String(decoding: cursor.bytes(2), as: UTF8.self))': \(problem)")
  }

  /// The value of the row, whose question is entry `index`.
  private func value(at cursor: ColumnCursor, entry index: Int) throws -> AnswerValue {
    func corrupt(_ problem: String) -> WorkspaceError { Self.corrupt(cursor, problem) }
    if cursor.rawInt(6) == 1 { return .notApplicable }
    let value: AnswerValue
    switch entries[index].kind {
    case .grade(let codes):
      guard !cursor.isNull(3) else { throw corrupt("a grade without a level code") }
      value = .level(Self.code(cursor.bytes(3), among: codes))
    case .choice(let codes):
      guard !cursor.isNull(3) else { throw corrupt("a choice without an option code") }
      value = .choice(Self.code(cursor.bytes(3), among: codes))
    case .multiChoice(let known):
      guard let text = cursor.text(5), let codes = Self.codes(json: text) else {
        throw corrupt("a multiple choice without a list of codes")
      }
      value = .choices(codes.map { code in Self.code(Array(code.utf8), among: known) })
    case .number:
      guard !cursor.isNull(4) else { throw corrupt("a number question without a number") }
      value = .number(cursor.double(4))
    case .date:
      guard let text = cursor.text(3), let date = CalendarDate(iso: text) else {
        throw corrupt("a date question without a YYYY-MM-DD date")
      }
      value = .date(date)
    case .text:
      guard let text = cursor.text(3) else { throw corrupt("a text question without text") }
      value = .text(text)
    }
    return value
  }

  /// The one of `known` whose bytes are `bytes` (the tool's own string), else a new string.
  private static func code(_ bytes: some Collection<UInt8>, among known: [String]) -> String {
    for code in known where code.utf8.elementsEqual(bytes) { return code }
    return String(decoding: Array(bytes), as: UTF8.self)
  }

  /// A JSON array of strings as SQLite's `json_extract` writes it.
  private static func codes(json: String) -> [String]? {
    guard let data = json.data(using: .utf8),
      let codes = try? JSONDecoder().decode([String].self, from: data)
    else { return nil }
    return codes
  }
}

/// Byte strings laid end to end in memory of their own, matched by `memcmp`: reading them
/// touches no reference count, unlike an array of arrays.
final class ByteTable {
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  private let starts: UnsafeMutableBufferPointer<Int>
  /// The number of byte strings.
  let count: Int

  init(_ strings: [[UInt8]]) {
    count = strings.count
    bytes = .allocate(capacity: max(1, strings.reduce(0) { $0 + $1.count }))
    starts = .allocate(capacity: strings.count + 1)
    var offset = 0
    for (index, string) in strings.enumerated() {
      starts[index] = offset
      for byte in string {
        bytes[offset] = byte
        offset += 1
      }
    }
    starts[strings.count] = offset
  }

  deinit {
    bytes.deallocate()
    starts.deallocate()
  }

  /// Whether string `index` is `other`.
  func matches(_ index: Int, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[index]
    let length = starts[index + 1] - start
    guard length == other.count else { return false }
    guard length > 0, let base = bytes.baseAddress, let theirs = other.baseAddress else {
      return true
    }
    return memcmp(base + start, theirs, length) == 0
  }
}
