/// Splits UTF-8 text into CSV records and fields without copying it.
///
/// RFC 4180 §2, plus what Excel and case systems write: CR LF, LF or lone CR line ends; quoted
/// fields holding commas, doubled quotes and line breaks. The tokenizer only finds fields; it
/// never builds strings, so a reader can decide per column what to materialise.
struct CSVTokenizer {
  private let text: UnsafeBufferPointer<UInt8>
  /// The offset of the next unread byte.
  private(set) var position: Int
  /// The physical line `position` is on.
  private(set) var line: Int
  private var lineStart: Int

  /// Creates a tokenizer at `start`, which is on line `line`.
  init(text: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1) {
    self.text = text
    self.position = start
    self.line = line
    self.lineStart = start
  }

  /// Reads the next record into `fields`, appending any syntax problems; `nil` at the end.
  ///
  /// Recovery keeps later records usable: a stray quote is kept as a literal character, text
  /// after a closing quote is kept in the field, and an unterminated quote ends the file.
  ///
  /// - Complexity: O(*m*), where *m* is the length of the record.
  mutating func next(
    into fields: inout [CSVField], problems: inout [CSVSyntaxProblem]
  ) -> CSVRecordInfo? {
    fields.removeAll(keepingCapacity: true)
    let count = text.count
    guard position < count else { return nil }
    var info = CSVRecordInfo(line: line, start: position, end: count, hasSyntaxProblem: false)
    var index = position
    while true {
      if index < count, text[index] == ASCII.quote {
        index = quotedField(at: index, into: &fields, info: &info, problems: &problems)
        if index < 0 {
          position = count
          return info
        }
      } else {
        index = unquotedField(at: index, into: &fields, info: &info, problems: &problems)
      }
      guard index < count else {
        info.end = count
        position = count
        return info
      }
      let byte = text[index]
      if byte == ASCII.comma {
        index += 1
        continue
      }
      // RFC 4180 §2 rule 1: the record ends at a line break (CR LF, or LF or CR alone).
      info.end = index
      if byte == ASCII.carriageReturn, index + 1 < count, text[index + 1] == ASCII.lineFeed {
        index += 2
      } else {
        index += 1
      }
      line += 1
      lineStart = index
      position = index
      return info
    }
  }

  /// Reads an unquoted field; returns the offset of the delimiter after it.
  private mutating func unquotedField(
    at start: Int, into fields: inout [CSVField], info: inout CSVRecordInfo,
    problems: inout [CSVSyntaxProblem]
  ) -> Int {
    let count = text.count
    var index = CSVTokenizer.nextSpecial(in: text, from: start)
    var reported = false
    while index < count {
      let byte = text[index]
      if byte == ASCII.comma || byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
        break
      }
      if !reported {
        // RFC 4180 §2 rule 5: a field that is not enclosed in quotes may not contain them.
        reported = true
        info.hasSyntaxProblem = true
        problems.append(
          CSVSyntaxProblem(
            kind: .strayQuote, line: line,
            column: TextPosition.column(of: index, lineStart: lineStart, in: text)))
      }
      index = CSVTokenizer.nextSpecial(in: text, from: index + 1)
    }
    fields.append(CSVField(start: start, end: index, isQuoted: false, hasEscapedQuotes: false))
    return index
  }

  /// The offset of the first comma, quote, CR or LF at or after `start` (or the end).
  ///
  /// Eight bytes at a time: a byte of `word ^ pattern` is zero exactly where `word` has the
  /// byte sought, and `(x − 0x01…01) & ~x & 0x80…80` marks the lowest zero byte of `x`
  /// correctly (Mycroft's test; higher marks may be false, so only the lowest is used).
  @inline(__always)
  static func nextSpecial(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let count = text.count
    var index = start
    if let base = text.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let marks =
          zeroBytes(word ^ 0x2C2C_2C2C_2C2C_2C2C) | zeroBytes(word ^ 0x2222_2222_2222_2222)
          | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
        if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
        index += 8
      }
    }
    while index < count {
      let byte = text[index]
      if byte == ASCII.comma || byte == ASCII.quote || byte == ASCII.lineFeed
        || byte == ASCII.carriageReturn
      {
        return index
      }
      index += 1
    }
    return count
  }

  /// The high bit of the lowest zero byte of `word` is set (and possibly some higher ones).
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// Reads a quoted field; returns the offset of the delimiter after it, or −1 when the quote
  /// is never closed.
  private mutating func quotedField(
    at open: Int, into fields: inout [CSVField], info: inout CSVRecordInfo,
    problems: inout [CSVSyntaxProblem]
  ) -> Int {
    let count = text.count
    let openLine = line
    let openLineStart = lineStart
    var index = open + 1
    var escaped = false
    var closed = false
    while index < count {
      let byte = text[index]
      if byte == ASCII.quote {
        // RFC 4180 §2 rule 7: a doubled quote inside a quoted field stands for one quote.
        if index + 1 < count, text[index + 1] == ASCII.quote {
          escaped = true
          index += 2
          continue
        }
        closed = true
        break
      }
      // RFC 4180 §2 rule 6: line breaks inside quotes belong to the field.
      if byte == ASCII.lineFeed {
        line += 1
        lineStart = index + 1
      } else if byte == ASCII.carriageReturn {
        if index + 1 < count, text[index + 1] == ASCII.lineFeed { index += 1 }
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    guard closed else {
      info.hasSyntaxProblem = true
      problems.append(
        CSVSyntaxProblem(
          kind: .unterminatedQuote, line: openLine,
          column: TextPosition.column(of: open, lineStart: openLineStart, in: text)))
      fields.append(
        CSVField(start: open + 1, end: count, isQuoted: true, hasEscapedQuotes: escaped))
      info.end = count
      return -1
    }
    fields.append(CSVField(start: open + 1, end: index, isQuoted: true, hasEscapedQuotes: escaped))
    index += 1
    if index < count {
      let byte = text[index]
      if byte != ASCII.comma, byte != ASCII.lineFeed, byte != ASCII.carriageReturn {
        info.hasSyntaxProblem = true
        problems.append(
          CSVSyntaxProblem(
            kind: .textAfterClosingQuote, line: line,
            column: TextPosition.column(of: index, lineStart: lineStart, in: text)))
        while index < count {
          let next = text[index]
          if next == ASCII.comma || next == ASCII.lineFeed || next == ASCII.carriageReturn {
            break
          }
          index += 1
        }
      }
    }
    return index
  }
}
