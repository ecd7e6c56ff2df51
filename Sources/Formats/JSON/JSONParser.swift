/// A strict JSON parser (RFC 8259) over UTF-8 bytes that records the line and column of every
/// value.
///
/// It accepts exactly the RFC's grammar, plus a leading UTF-8 byte-order mark. It stops at the
/// first syntax error, which it reports with its position. Nesting deeper than `maximumDepth`
/// is refused, so hostile input cannot exhaust the stack.
public struct JSONParser {
  /// How deeply arrays and objects may nest.
  public static let maximumDepth = 64

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var column = 1
  private var depth = 0

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Parses one JSON text.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes)
    // Unicode BOM U+FEFF as UTF-8; RFC 8259 §8.1 lets parsers ignore it.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
    parser.skipWhitespace()
    let node = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw parser.error("unexpected \(parser.describeCurrent()) after the JSON value")
    }
    return node
  }

  // MARK: - Cursor

  private var position: SourcePosition { SourcePosition(line: line, column: column) }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func advance() {
    let byte = bytes[index]
    index += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      // Count a scalar at its first byte only; continuation bytes are 10xxxxxx.
      column += 1
    }
  }

  private mutating func skipWhitespace() {
    // RFC 8259 §2: ws = space, horizontal tab, line feed, carriage return.
    while let byte = current,
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    {
      advance()
    }
  }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(position: position, message: message)
  }

  private func error(_ message: String, at position: SourcePosition) -> JSONSyntaxError {
    JSONSyntaxError(position: position, message: message)
  }

  private func describeCurrent() -> String {
    guard let byte = current else { return "end of input" }
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  // MARK: - Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    let start = position
    guard let byte = current else { throw error("expected a JSON value, found end of input") }
    switch byte {
    case UInt8(ascii: "{"):
      return JSONNode(value: .object(try parseObject()), position: start)
    case UInt8(ascii: "["):
      return JSONNode(value: .array(try parseArray()), position: start)
    case UInt8(ascii: "\""):
      return JSONNode(value: .string(try parseString()), position: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return try parseNumber()
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONNode(value: .bool(true), position: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONNode(value: .bool(false), position: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONNode(value: .null, position: start)
    default:
      throw error("expected a JSON value, found \(describeCurrent())")
    }
  }

  private mutating func expectLiteral(_ word: String) throws(JSONSyntaxError) {
    let start = position
    for expected in word.utf8 {
      guard current == expected else {
        throw error("invalid literal; expected '\(word)'", at: start)
      }
      advance()
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("arrays and objects nest more than \(Self.maximumDepth) deep")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> [JSONMember] {
    try enter()
    advance()  // {
    var members: [JSONMember] = []
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      advance()
      depth -= 1
      return members
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else {
        throw error("expected a string key, found \(describeCurrent())")
      }
      let keyPosition = position
      let key = try parseString()
      skipWhitespace()
      guard current == UInt8(ascii: ":") else {
        throw error("expected ':' after the key, found \(describeCurrent())")
      }
      advance()
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        advance()
      case UInt8(ascii: "}"):
        advance()
        depth -= 1
        return members
      default:
        throw error("expected ',' or '}' after an object member, found \(describeCurrent())")
      }
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> [JSONNode] {
    try enter()
    advance()  // [
    var elements: [JSONNode] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      advance()
      depth -= 1
      return elements
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        advance()
      case UInt8(ascii: "]"):
        advance()
        depth -= 1
        return elements
      default:
        throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
      }
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
    // RFC 8259 §6: number = [ minus ] int [ frac ] [ exp ]; int = zero / ( digit1-9 *DIGIT ).
    let start = position
    let startIndex = index
    var isInteger = true
    if current == UInt8(ascii: "-") { advance() }
    guard let first = current, isDigit(first) else {
      throw error("invalid number: expected a digit", at: start)
    }
    if first == UInt8(ascii: "0") {
      advance()
      if let next = current, isDigit(next) {
        throw error("invalid number: leading zeros are not allowed", at: start)
      }
    } else {
      skipDigits()
    }
    if current == UInt8(ascii: ".") {
      isInteger = false
      advance()
      guard let next = current, isDigit(next) else {
        throw error("invalid number: expected a digit after '.'", at: start)
      }
      skipDigits()
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      isInteger = false
      advance()
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
      guard let next = current, isDigit(next) else {
        throw error("invalid number: expected a digit in the exponent", at: start)
      }
      skipDigits()
    }
    let text = String(decoding: bytes[startIndex..<index], as: UTF8.self)
    guard let number = Double(text), number.isFinite else {
      throw error("number out of range", at: start)
    }
    return JSONNode(value: .number(number, isInteger: isInteger), position: start)
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func skipDigits() {
    while let byte = current, isDigit(byte) { advance() }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = position
    advance()  // opening quote
    var buffer: [UInt8] = []
    while true {
      guard let byte = current else { throw error("unterminated string", at: start) }
      switch byte {
      case UInt8(ascii: "\""):
        advance()
        guard let text = String(validating: buffer, as: UTF8.self) else {
          throw error("string is not valid UTF-8", at: start)
        }
        return text
      case UInt8(ascii: "\\"):
        try parseEscape(into: &buffer)
      case 0x00..<0x20:
        // RFC 8259 §7: control characters must be escaped.
        throw error("control character in string; escape it (e.g. \\n)")
      default:
        buffer.append(byte)
        advance()
      }
    }
  }

  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
    let escapeStart = position
    advance()  // backslash
    guard let byte = current else { throw error("unterminated string") }
    advance()
    switch byte {
    case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      let scalar = try parseUnicodeEscape(start: escapeStart)
      buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
    default:
      throw error("invalid escape in string", at: escapeStart)
    }
  }

  private mutating func parseHex4(start: SourcePosition) throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = hexValue(byte) else {
        throw error("invalid \\u escape: expected four hex digits", at: start)
      }
      value = value << 4 | digit
      advance()
    }
    return value
  }

  private mutating func parseUnicodeEscape(
    start: SourcePosition
  ) throws(JSONSyntaxError) -> Unicode.Scalar {
    let first = try parseHex4(start: start)
    // RFC 8259 §7: characters outside the BMP are written as a UTF-16 surrogate pair.
    if (0xD800...0xDBFF).contains(first) {
      guard current == UInt8(ascii: "\\") else {
        throw error("invalid \\u escape: unpaired surrogate", at: start)
      }
      advance()
      guard current == UInt8(ascii: "u") else {
        throw error("invalid \\u escape: unpaired surrogate", at: start)
      }
      advance()
      let second = try parseHex4(start: start)
      guard (0xDC00...0xDFFF).contains(second) else {
        throw error("invalid \\u escape: unpaired surrogate", at: start)
      }
      let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      guard let scalar = Unicode.Scalar(combined) else {
        throw error("invalid \\u escape", at: start)
      }
      return scalar
    }
    guard let scalar = Unicode.Scalar(first) else {
      throw error("invalid \\u escape: unpaired surrogate", at: start)
    }
    return scalar
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
