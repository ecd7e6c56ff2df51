/// Reads the value of a field: its content with quotes collapsed and surrounding blanks trimmed.
enum CSVFieldValue {
  /// Calls `body` with the field's value bytes: doubled quotes collapsed (RFC 4180 §2 rule 7)
  /// and leading and trailing spaces and tabs removed.
  @inline(__always)
  static func withBytes<R>(
    of field: CSVField, in text: UnsafeBufferPointer<UInt8>,
    _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    guard field.hasEscapedQuotes else {
      return body(trimmed(UnsafeBufferPointer(rebasing: text[field.start..<field.end])))
    }
    var collapsed: [UInt8] = []
    collapsed.reserveCapacity(field.end - field.start)
    var index = field.start
    while index < field.end {
      let byte = text[index]
      collapsed.append(byte)
      index +=
        byte == ASCII.quote && index + 1 < field.end && text[index + 1] == ASCII.quote ? 2 : 1
    }
    return collapsed.withUnsafeBufferPointer { body(trimmed($0)) }
  }

  /// The field's value as a string (see `withBytes(of:in:_:)`).
  static func string(of field: CSVField, in text: UnsafeBufferPointer<UInt8>) -> String {
    withBytes(of: field, in: text) { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether the field's value is empty after trimming.
  @inline(__always)
  static func isBlank(_ field: CSVField, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = field.start
    while index < field.end {
      let byte = text[index]
      if byte != ASCII.space && byte != ASCII.tab { return false }
      index += 1
    }
    return true
  }

  /// `bytes` without leading and trailing spaces and tabs.
  @inline(__always)
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var lower = 0
    var upper = bytes.count
    while lower < upper, bytes[lower] == ASCII.space || bytes[lower] == ASCII.tab { lower += 1 }
    while upper > lower, bytes[upper - 1] == ASCII.space || bytes[upper - 1] == ASCII.tab {
      upper -= 1
    }
    return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
  }
}
