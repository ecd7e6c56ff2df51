internal import Foundation

/// The header row of a source: its names and where each one is.
struct HeaderRow: Sendable {
  /// The header names, trimmed.
  var names: [String]
  /// The 1-based character column of each header.
  var columns: [Int]
  /// The physical line the header is on.
  var line: Int
}

/// What a profile does with a source's header and rows.
protocol SourceRowReader: Sendable {
  /// Reads the header; returns `false` when the rows cannot be read (its problems are already
  /// added to `result`).
  mutating func readHeader(_ header: HeaderRow, into result: inout SourceRows) -> Bool

  /// Reads one data row with the header's number of fields.
  mutating func readRow(
    _ fields: UnsafeBufferPointer<CSVField>, _ info: CSVRecordInfo,
    text: UnsafeBufferPointer<UInt8>, into result: inout SourceRows)

  /// What the source was recognised as from its header.
  var kind: SourceKind { get }

  /// The strings interned while reading rows, by `TextColumn.rawValue`.
  var strings: [[String]] { get }
}

/// A source whose header has been read: the reader it configured and where the rows start.
struct SourceHead<Reader: SourceRowReader>: Sendable {
  /// The source's position among the import's sources.
  var index: Int
  /// The source's display name.
  var name: String
  /// The decoded text.
  var text: DecodedText
  /// The reader, configured by the header.
  var reader: Reader
  /// What the source was recognised as (rows are counted later).
  var summary: SourceSummary
  /// Problems found up to and including the header.
  var problems: [CaseListProblem]
  /// The field index of the date-of-birth column, if any.
  var dateOfBirthField: Int?
  /// The header's names.
  var headerNames: [String] = []
  /// Where the rows start, the line they start on and how many fields each must have; `nil`
  /// when the rows cannot be read.
  var body: (start: Int, line: Int, fieldCount: Int)?
}

/// The rows of one piece of a source, and how the piece went.
struct SourcePiece: Sendable {
  /// The rows, with lines counted from 1 at the start of the piece (see `lineBreaks`).
  var rows: SourceRows
  /// The number of line breaks the piece spans.
  var lineBreaks: Int
  /// Whether the tokenizer reported a syntax problem (the piece boundaries may then be wrong).
  var hadSyntaxProblem: Bool

  /// The rows with lines of the source: `line` is the source's line just before the piece,
  /// and is moved past it.
  func rows(after line: inout Int) -> SourceRows {
    var located = rows
    located.lineOffset = line
    line += lineBreaks
    return located
  }
}

/// Reads a source through a profile: decodes it, tokenizes it, checks the shape of every row
/// and hands the well-formed ones to the profile.
///
/// Large sources are read in pieces, in parallel: a piece boundary is a line break outside
/// quotes, found by counting quotes (RFC 4180 §2 rules 5–7: a quoted field holds an even number
/// of quotes after its opening one, so a line break is outside quotes exactly when the quotes
/// before it are even in number). A source with a syntax problem is read again in one piece,
/// so that its problems are exactly those of a sequential reading.
enum SourceScanner {
  /// Decodes a source and reads its header with `reader`.
  ///
  /// - Complexity: O(*n*) for decoding; the header is read alone.
  static func head<Reader: SourceRowReader>(
    _ source: CaseListSource, index: Int, reader: Reader
  ) -> SourceHead<Reader> {
    let text = DecodedText(source)
    var head = SourceHead(
      index: index, name: source.name, text: text, reader: reader,
      summary: SourceSummary(
        name: source.name, kind: .unrecognised, dataRows: 0, encoding: text.encoding),
      problems: [])
    if let fatal = text.fatalProblem {
      head.problems.append(
        CaseListProblem(
          file: source.name, line: fatal.line, column: fatal.column, message: fatal.message))
      return head
    }
    text.withUTF8 { bytes in readHeader(bytes, into: &head) }
    return head
  }

  private static func readHeader<Reader>(
    _ text: UnsafeBufferPointer<UInt8>, into head: inout SourceHead<Reader>
  ) {
    var tokenizer = CSVTokenizer(text: text)
    var fields: [CSVField] = []
    var syntax: [CSVSyntaxProblem] = []
    while let info = tokenizer.next(into: &fields, problems: &syntax) {
      for problem in syntax {
        head.problems.append(
          CaseListProblem(
            file: head.name, line: problem.line, column: problem.column,
            message: problem.message))
      }
      if info.hasSyntaxProblem { return }
      if isBlank(fields, in: text) { continue }
      guard fields.count <= Self.columnLimit else {
        head.problems.append(
          CaseListProblem(
            file: head.name, line: info.line, column: 1,
            message: "the header has \(fields.count) columns; a case list has at most "
              + "\(Self.columnLimit) (is this the right file?)"))
        return
      }
      if let long = overLong(fields) {
        let position = locate(long, info, text)
        head.problems.append(
          CaseListProblem(
            file: head.name, line: position.line, column: position.column,
            message: "this column name is \(long.end - long.start) bytes long; at most "
              + "\(Self.fieldLimit) (is this the right file?)"))
        return
      }
      let row = headerRow(fields, info, text)
      var scratch = SourceRows(
        sourceIndex: head.index, name: head.name, text: nil, partitionBits: 0)
      let accepted = head.reader.readHeader(row, into: &scratch)
      head.problems += scratch.problems
      head.summary.kind = head.reader.kind
      head.dateOfBirthField = scratch.dateOfBirthField
      head.headerNames = row.names
      if accepted {
        head.body = (tokenizer.position, tokenizer.line, fields.count)
      }
      return
    }
    head.problems.append(
      CaseListProblem(file: head.name, line: 1, column: 1, message: "the file has no header row"))
  }

  /// The longest field a case list may hold, in bytes: ids, codes, dates and names are far
  /// shorter, and a 50 MB "field" is a broken or hostile file, not a child's record.
  static let fieldLimit = 8_192

  /// The first field longer than ``fieldLimit`` bytes, if any.
  private static func overLong(_ fields: [CSVField]) -> CSVField? {
    fields.first { $0.end - $0.start > fieldLimit }
  }

  /// The offset of the first NUL byte in `range` of `text`, if any: memchr(3), which scans a
  /// row far faster than a byte loop, so the check costs the import next to nothing.
  private static func nulByte(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard let base = text.baseAddress, !range.isEmpty else { return nil }
    guard let found = memchr(base + range.lowerBound, 0, range.count) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The most columns a case list's header may have (Annex A lists have about 20).
  static let columnLimit = 2_000

  /// The pieces a source's rows are read in: about `pieceSize` bytes each, split at line
  /// breaks outside quotes.
  ///
  /// - Complexity: O(*n*) when there is more than one piece.
  static func pieces<Reader>(of head: SourceHead<Reader>, pieceSize: Int) -> [Range<Int>] {
    guard let body = head.body else { return [] }
    return head.text.withUTF8 { text -> [Range<Int>] in
      let size = text.count - body.start
      let count = max(1, min(64, size / max(1, pieceSize)))
      var bounds = [body.start]
      var quotes = 0
      var counted = body.start
      for piece in 1..<count {
        let candidate = body.start + size * piece / count
        guard candidate > counted, let last = bounds.last, candidate > last else { continue }
        quotes += countQuotes(text, counted..<candidate)
        counted = candidate
        if let boundary = lineBreakOutsideQuotes(text, from: candidate, quotesBefore: quotes) {
          bounds.append(boundary)
        }
      }
      bounds.append(text.count)
      return zip(bounds, bounds.dropFirst()).compactMap { $0 < $1 ? $0..<$1 : nil }
    }
  }

  /// The number of `"` bytes in `range`, eight bytes at a time.
  private static func countQuotes(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    var index = range.lowerBound
    if let base = text.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= range.upperBound {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x2222_2222_2222_2222
        // A byte of `word` is zero where the text has a quote; count those bytes exactly:
        // (b & 0x7F) + 0x7F carries into the high bit unless b is 0 (Hacker's Delight §6-1).
        let nonZero = ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word
        count += (~nonZero & 0x8080_8080_8080_8080).nonzeroBitCount
        index += 8
      }
    }
    while index < range.upperBound {
      if text[index] == ASCII.quote { count += 1 }
      index += 1
    }
    return count
  }

  /// The offset just after the first line break at or after `start` that is outside quotes,
  /// given the number of quotes before `start`; `nil` when there is none.
  private static func lineBreakOutsideQuotes(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, quotesBefore: Int
  ) -> Int? {
    var inQuotes = quotesBefore % 2 == 1
    var index = start
    while index < text.count {
      let byte = text[index]
      if byte == ASCII.quote {
        inQuotes.toggle()
      } else if !inQuotes, byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
        let crlf =
          byte == ASCII.carriageReturn && index + 1 < text.count
          && text[index + 1] == ASCII.lineFeed
        return index + (crlf ? 2 : 1)
      }
      index += 1
    }
    return nil
  }

  /// Reads the rows in `range` (a whole number of records) with a copy of the head's reader.
  ///
  /// - Complexity: O(*m*) for a piece of *m* bytes.
  static func body<Reader>(
    _ head: SourceHead<Reader>, range: Range<Int>, partitionBits: Int
  ) -> SourcePiece {
    var reader = head.reader
    var rows = SourceRows(
      sourceIndex: head.index, name: head.name, text: head.text, partitionBits: partitionBits)
    rows.dateOfBirthField = head.dateOfBirthField
    rows.headerNames = head.headerNames
    guard let body = head.body else {
      return SourcePiece(rows: rows, lineBreaks: 0, hadSyntaxProblem: false)
    }
    let outcome = head.text.withUTF8 { text in
      readRows(text, range: range, fieldCount: body.fieldCount, reader: &reader, into: &rows)
    }
    rows.strings = reader.strings
    return SourcePiece(rows: rows, lineBreaks: outcome.lineBreaks, hadSyntaxProblem: outcome.syntax)
  }

  private static func readRows(
    _ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, fieldCount expected: Int,
    reader: inout some SourceRowReader, into result: inout SourceRows
  ) -> (lineBreaks: Int, syntax: Bool) {
    var tokenizer = CSVTokenizer(text: text, start: range.lowerBound, line: 1)
    var fields: [CSVField] = []
    var syntax: [CSVSyntaxProblem] = []
    var hadSyntax = false
    while tokenizer.position < range.upperBound,
      let info = tokenizer.next(into: &fields, problems: &syntax)
    {
      if info.hasSyntaxProblem {
        hadSyntax = true
        for problem in syntax {
          result.problems.append(
            CaseListProblem(
              file: result.name, line: problem.line, column: problem.column,
              message: problem.message))
        }
        syntax.removeAll(keepingCapacity: true)
      }
      if isBlank(fields, in: text) { continue }
      result.dataRows += 1
      if info.hasSyntaxProblem { continue }
      guard fields.count == expected else {
        result.problems.append(fieldCountProblem(fields, expected, info, text, result.name))
        continue
      }
      if let long = overLong(fields) {
        let position = locate(long, info, text)
        result.problems.append(
          CaseListProblem(
            file: result.name, line: position.line, column: position.column,
            message: "this field is \(long.end - long.start) bytes long; a case-list field may "
              + "be at most \(Self.fieldLimit) bytes (ids, codes, dates and names are far "
              + "shorter), so the row is not read"))
        continue
      }
      if let offset = nulByte(in: text, info.start..<info.end) {
        let position = TextPosition.locate(
          offset: offset, in: text, from: info.start, line: info.line)
        result.problems.append(
          CaseListProblem(
            file: result.name, line: position.line, column: position.column,
            message: "a NUL byte (0x00) inside the row: text exported from a case system never "
              + "holds one, so the file is damaged or not a case list; the row is not read"))
        continue
      }
      fields.withUnsafeBufferPointer { fields in
        reader.readRow(fields, info, text: text, into: &result)
      }
    }
    return (tokenizer.line - 1, hadSyntax)
  }

  /// Whether every field is empty or blanks only: blank lines, and the rows of commas Excel
  /// writes below a table, are skipped.
  @inline(__always)
  static func isBlank(_ fields: [CSVField], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    for field in fields where !CSVFieldValue.isBlank(field, in: text) { return false }
    return true
  }

  private static func headerRow(
    _ fields: [CSVField], _ info: CSVRecordInfo, _ text: UnsafeBufferPointer<UInt8>
  ) -> HeaderRow {
    var row = HeaderRow(names: [], columns: [], line: info.line)
    var cursor = TextPosition.Cursor(start: info.start, line: info.line)
    for field in fields {
      row.names.append(CSVFieldValue.string(of: field, in: text))
      row.columns.append(cursor.advance(to: field.writtenStart, in: text).column)
    }
    return row
  }

  /// The problem of a row with the wrong number of fields: located at the first extra field,
  /// or at the end of a short row.
  static func fieldCountProblem(
    _ fields: [CSVField], _ expected: Int, _ info: CSVRecordInfo,
    _ text: UnsafeBufferPointer<UInt8>, _ name: String
  ) -> CaseListProblem {
    let position =
      fields.count > expected
      ? locate(fields[expected], info, text)
      : TextPosition.locate(offset: info.end, in: text, from: info.start, line: info.line)
    let found = fields.count == 1 ? "1 field" : "\(fields.count) fields"
    return CaseListProblem(
      file: name, line: position.line, column: position.column,
      message: "this row has \(found) but the header has \(expected)")
  }

  /// The line and column where `field` is written (its opening quote when quoted).
  static func locate(
    _ field: CSVField, _ info: CSVRecordInfo, _ text: UnsafeBufferPointer<UInt8>
  ) -> (line: Int, column: Int) {
    TextPosition.locate(offset: field.writtenStart, in: text, from: info.start, line: info.line)
  }
}
