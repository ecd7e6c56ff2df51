/// Turns byte offsets in UTF-8 text into 1-based lines and character columns.
///
/// A line ends at CR LF, LF or a lone CR (RFC 4180 §2 rule 1 names CRLF; Excel on a Mac and some
/// case systems write the others). Columns count `Character`s, so "Zoë" is three columns wide
/// whatever its bytes.
enum TextPosition {
  /// The line and column of `offset`, scanning from `start`, which is at the start of `line`.
  ///
  /// - Complexity: O(`offset` − `start`).
  static func locate(
    offset: Int, in text: UnsafeBufferPointer<UInt8>, from start: Int = 0, line: Int = 1
  ) -> (line: Int, column: Int) {
    var cursor = Cursor(start: start, line: line)
    return cursor.advance(to: offset, in: text)
  }

  /// The 1-based character column of `offset` on the line that starts at `lineStart`.
  static func column(of offset: Int, lineStart: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    guard offset > lineStart else { return 1 }
    let slice = UnsafeBufferPointer(rebasing: text[lineStart..<min(offset, text.count)])
    return String(decoding: slice, as: UTF8.self).count + 1
  }
}

/// The ASCII bytes the readers look for.
enum ASCII {
  /// `\n`.
  static let lineFeed: UInt8 = 0x0A
  /// `\r`.
  static let carriageReturn: UInt8 = 0x0D
  /// `"`.
  static let quote: UInt8 = 0x22
  /// `,`.
  static let comma: UInt8 = 0x2C
  /// A space.
  static let space: UInt8 = 0x20
  /// A horizontal tab.
  static let tab: UInt8 = 0x09
}

extension TextPosition {
  /// Locates increasing offsets in one pass: each `advance(to:)` scans only the bytes since the
  /// last, so locating every field of a record is linear in the record (a header of 20,000
  /// columns was quadratic when each field was located from the record's start).
  struct Cursor {
    private var line: Int
    private var lineStart: Int
    private var index: Int
    private var column = 1

    /// A cursor at `start`, which is at the start of `line`.
    init(start: Int, line: Int) {
      self.line = line
      lineStart = start
      index = start
    }

    /// The line and column of `offset`, which must not be before the last offset asked.
    mutating func advance(to offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (
      line: Int, column: Int
    ) {
      let end = min(max(offset, index), text.count)
      var broke = false
      var scan = index
      while scan < end {
        let byte = text[scan]
        if byte == ASCII.lineFeed {
          line += 1
          lineStart = scan + 1
          broke = true
        } else if byte == ASCII.carriageReturn {
          if scan + 1 < text.count, text[scan + 1] == ASCII.lineFeed { scan += 1 }
          line += 1
          lineStart = scan + 1
          broke = true
        }
        scan += 1
      }
      if broke || index < lineStart {
        column = TextPosition.column(of: end, lineStart: lineStart, in: text)
      } else if end > index {
        // Characters between the last offset and this one, on the same line.
        let slice = UnsafeBufferPointer(rebasing: text[index..<end])
        column += String(decoding: slice, as: UTF8.self).count
      }
      // A CR LF that straddles `offset` has been read whole: resume after it.
      index = max(scan, end, index)
      return (line, column)
    }
  }
}
