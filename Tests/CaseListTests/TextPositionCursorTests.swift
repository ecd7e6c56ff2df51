import Testing

@testable import CaseList

/// Locating offsets one after another, in one pass, against an independent count on the text
/// before each offset (its line breaks and the characters after the last), on generated text.
@Suite struct TextPositionCursorTests {
  @Test func theCursorAgreesWithLocatingEachOffsetAfresh() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      // SplitMix64 (Steele, Lea and Flood 2014), enough for test text.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    let pieces = ["a", "b", ",", "\n", "\r", "\r\n", "ë", "€", "\"", "Zoë"]
    for _ in 0..<50 {
      var text = ""
      for _ in 0..<(50 + next(400)) { text += pieces[next(pieces.count)] }
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        var cursor = TextPosition.Cursor(start: 0, line: 1)
        var offset = 0
        while offset <= bytes.count {
          // Only offsets at UTF-8 scalar starts, as field starts are.
          if offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            // Swift counts CR LF as one line break, as RFC 4180 and the readers do.
            let before = String(decoding: bytes[..<offset], as: UTF8.self)
            let breaks = before.count { $0.isNewline }
            let lastLine = before.split(omittingEmptySubsequences: false) { $0.isNewline }.last
            let fresh = (line: 1 + breaks, column: (lastLine?.count ?? 0) + 1)
            let walked = cursor.advance(to: offset, in: buffer)
            #expect(walked == fresh, "offset \(offset) of \(bytes.count)")
            #expect(TextPosition.locate(offset: offset, in: buffer) == fresh)
          }
          offset += 1 + next(7)
        }
      }
    }
  }
}
