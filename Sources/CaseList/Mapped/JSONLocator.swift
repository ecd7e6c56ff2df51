/// Finds where each member of a JSON document is, so problems can name a line and column.
///
/// A small recursive-descent reader of RFC 8259 JSON that records the offset of every object
/// key by its path, and the offset and nature of the first syntax error.
struct JSONLocator {
  /// The offset of each member's key, by path; the root is at offset 0.
  private(set) var offsets: [JSONPath: Int] = [JSONPath(): 0]
  /// The first syntax error: its offset and a description.
  private(set) var syntaxError: (offset: Int, message: String)?

  private let text: UnsafeBufferPointer<UInt8>
  private var index = 0

  private struct Failure: Error {
    var offset: Int
    var message: String
  }

  /// Reads `text`, recording offsets until the end or the first syntax error.
  init(_ text: UnsafeBufferPointer<UInt8>) {
    self.text = text
    do {
      skipSpace()
      try value(JSONPath(), depth: 0)
      skipSpace()
      if index < text.count {
        throw Failure(offset: index, message: "unexpected text after the end")
      }
    } catch let failure as Failure {
      syntaxError = (failure.offset, failure.message)
    } catch {
      syntaxError = (index, "not valid JSON")
    }
  }

  private mutating func value(_ path: JSONPath, depth: Int) throws {
    guard depth < 64 else { throw Failure(offset: index, message: "nested too deeply") }
    guard index < text.count else {
      throw Failure(offset: index, message: "unexpected end of the file")
    }
    switch text[index] {
    case UInt8(ascii: "{"): try object(path, depth: depth)
    case UInt8(ascii: "["): try array(path, depth: depth)
    case ASCII.quote: _ = try string()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default: try number()
    }
  }

  private mutating func object(_ path: JSONPath, depth: Int) throws {
    index += 1
    skipSpace()
    if peek(UInt8(ascii: "}")) { return }
    while true {
      guard index < text.count, text[index] == ASCII.quote else {
        throw Failure(offset: index, message: "expected a key in double quotes")
      }
      let keyOffset = index
      let key = try string()
      let member = path.appending(key)
      offsets[member] = keyOffset
      skipSpace()
      try expect(UInt8(ascii: ":"), "expected ':' after a key")
      skipSpace()
      try value(member, depth: depth + 1)
      skipSpace()
      if peek(UInt8(ascii: "}")) { return }
      try expect(ASCII.comma, "expected ',' or '}'")
      skipSpace()
    }
  }

  private mutating func array(_ path: JSONPath, depth: Int) throws {
    index += 1
    skipSpace()
    if peek(UInt8(ascii: "]")) { return }
    var position = 0
    while true {
      try value(path.appending(String(position)), depth: depth + 1)
      position += 1
      skipSpace()
      if peek(UInt8(ascii: "]")) { return }
      try expect(ASCII.comma, "expected ',' or ']'")
      skipSpace()
    }
  }

  /// Reads a string (RFC 8259 §7) and returns its value.
  private mutating func string() throws -> String {
    let open = index
    index += 1
    var bytes: [UInt8] = []
    while index < text.count {
      let byte = text[index]
      if byte == ASCII.quote {
        index += 1
        return String(decoding: bytes, as: UTF8.self)
      }
      if byte < 0x20 {
        throw Failure(offset: index, message: "control character in a string")
      }
      if byte == UInt8(ascii: "\\") {
        guard index + 1 < text.count else { break }
        let escape = text[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escape)
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "n"): bytes.append(ASCII.lineFeed)
        case UInt8(ascii: "r"): bytes.append(ASCII.carriageReturn)
        case UInt8(ascii: "t"): bytes.append(ASCII.tab)
        case UInt8(ascii: "u"):
          guard index + 4 <= text.count,
            let code = UInt32(String(decoding: text[index..<index + 4], as: UTF8.self), radix: 16)
          else { throw Failure(offset: index - 2, message: "bad \\u escape") }
          index += 4
          // Lone surrogates cannot be scalars; they only matter for paths in messages.
          let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
          bytes.append(contentsOf: Array(String(scalar).utf8))
        default:
          throw Failure(offset: index - 2, message: "bad escape in a string")
        }
        continue
      }
      bytes.append(byte)
      index += 1
    }
    throw Failure(offset: open, message: "unterminated string")
  }

  private mutating func number() throws {
    let start = index
    while index < text.count {
      switch text[index] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
        UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
        index += 1
      default:
        guard index > start else {
          throw Failure(offset: start, message: "unexpected character")
        }
        return
      }
    }
    guard index > start else { throw Failure(offset: start, message: "unexpected end of the file") }
  }

  private mutating func literal(_ word: String) throws {
    for byte in word.utf8 {
      guard index < text.count, text[index] == byte else {
        throw Failure(offset: index, message: "unexpected character")
      }
      index += 1
    }
  }

  private mutating func expect(_ byte: UInt8, _ message: String) throws {
    guard peek(byte) else { throw Failure(offset: index, message: message) }
  }

  /// Consumes `byte` when it is next.
  private mutating func peek(_ byte: UInt8) -> Bool {
    guard index < text.count, text[index] == byte else { return false }
    index += 1
    return true
  }

  private mutating func skipSpace() {
    while index < text.count {
      switch text[index] {
      case ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn: index += 1
      default: return
      }
    }
  }
}

extension JSONLocator {
  /// The offset of the member at `path`, or of its nearest recorded ancestor.
  func offset(for path: JSONPath) -> Int {
    var current = path
    while true {
      if let offset = offsets[current] { return offset }
      if current.keys.isEmpty { return 0 }
      current = current.parent
    }
  }
}
