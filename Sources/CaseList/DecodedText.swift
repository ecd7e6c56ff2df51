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

  private struct DetectedEncoding {
    var encoding: TextEncoding
    var skip: Int
    var problem: (line: Int, column: Int, message: String)?
  }

  private static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> DetectedEncoding {
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
