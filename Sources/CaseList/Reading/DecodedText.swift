/// A source's text as UTF-8 bytes, with the encoding it was found in.
///
/// UTF-8 sources are used in place (after any byte order mark); Windows-1252 sources are
/// transcoded once, so everything after this point parses UTF-8 bytes only.
struct DecodedText: Sendable {
  /// The encoding the source was read in.
  let encoding: TextEncoding
  /// A problem that stops the source being read at all, such as UTF-16 text.
  let fatalProblem: (line: Int, column: Int, message: String)?

  private let source: CaseListSource
  private let transcoded: [UInt8]?
  private let skip: Int

  /// Detects the encoding of a source and decodes it.
  ///
  /// - Complexity: O(*n*).
  init(_ source: CaseListSource) {
    self.source = source
    let detected = source.withBytes { bytes -> DetectedEncoding in
      DecodedText.detect(bytes)
    }
    encoding = detected.encoding
    fatalProblem = detected.problem
    skip = detected.skip
    if detected.encoding == .windows1252 {
      transcoded = source.withBytes { Windows1252.utf8(from: $0) }
    } else {
      transcoded = nil
    }
  }

  /// Calls `body` with the UTF-8 text (no byte order mark).
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    if let transcoded {
      return try transcoded.withUnsafeBufferPointer(body)
    }
    return try source.withBytes { bytes in
      try body(UnsafeBufferPointer(rebasing: bytes[skip...]))
    }
  }

  /// Tells the source's owner that `range` (offsets in the UTF-8 text) has been read; text
  /// transcoded from Windows-1252 is a copy, so its source's bytes were read in full already.
  func finishedReading(_ range: Range<Int>) {
    guard transcoded == nil else { return }
    source.finishedReading((range.lowerBound + skip)..<(range.upperBound + skip))
  }

  private struct DetectedEncoding {
    var encoding: TextEncoding
    var skip: Int
    var problem: (line: Int, column: Int, message: String)?
  }

  private static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> DetectedEncoding {
    // A spreadsheet saved under a .csv name: an .xlsx (or .ods) is a ZIP archive, which starts
    // "PK\u{3}\u{4}" (PKWARE APPNOTE 6.3.10 §4.3.7); an .xls is an OLE2 compound file, D0 CF 11
    // E0 A1 B1 1A E1 ([MS-CFB] §2.2). Say so, instead of a puzzling CSV syntax error.
    if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 {
      return DetectedEncoding(
        encoding: .utf8, skip: bytes.count,
        problem: (
          1, 1,
          "this is an Excel workbook (.xlsx) or another zipped file, not CSV text; open it in "
            + "Excel and use File › Save As › \"CSV UTF-8 (Comma delimited)\", then import that"
        ))
    }
    let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    if bytes.count >= 8, zip(bytes.prefix(8), ole2).allSatisfy({ $0 == $1 }) {
      return DetectedEncoding(
        encoding: .utf8, skip: bytes.count,
        problem: (
          1, 1,
          "this is an old-style Excel workbook (.xls), not CSV text; open it in Excel and use "
            + "File › Save As › \"CSV UTF-8 (Comma delimited)\", then import that"
        ))
    }
    // Unicode Standard §23.8: U+FEFF as a signature; EF BB BF in UTF-8, FF FE / FE FF in UTF-16.
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      return DetectedEncoding(
        encoding: .utf8, skip: bytes.count,
        problem: (
          1, 1,
          "the file is UTF-16 text, which is not supported; save it as \"CSV UTF-8\" instead"
        ))
    }
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    let body = UnsafeBufferPointer(rebasing: bytes[(hasBOM ? 3 : 0)...])
    guard let invalid = UTF8Validation.firstInvalidOffset(in: body) else {
      return DetectedEncoding(encoding: hasBOM ? .utf8WithBOM : .utf8, skip: hasBOM ? 3 : 0)
    }
    if hasBOM {
      let position = TextPosition.locate(offset: invalid, in: body)
      return DetectedEncoding(
        encoding: .utf8WithBOM, skip: bytes.count,
        problem: (
          position.line, position.column,
          "the file starts with a UTF-8 byte order mark but is not valid UTF-8 here"
        ))
    }
    return DetectedEncoding(encoding: .windows1252, skip: 0)
  }
}
