/// Transcodes Windows-1252 bytes to UTF-8.
enum Windows1252 {
  /// The code points of bytes 0x80–0x9F; every other byte maps to the code point of its value.
  ///
  /// WHATWG Encoding Standard, `index-windows-1252.txt`: the five bytes Microsoft leaves
  /// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value.
  private static let high: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The UTF-8 encoding of Windows-1252 text.
  ///
  /// - Complexity: O(*n*); runs of ASCII are copied eight bytes at a time.
  static func utf8(from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    guard let base = bytes.baseAddress else { return output }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index < bytes.count {
      var end = index
      while end + 8 <= bytes.count,
        raw.loadUnaligned(fromByteOffset: end, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        end += 8
      }
      while end < bytes.count, bytes[end] < 0x80 { end += 1 }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
      guard end < bytes.count else { break }
      let byte = bytes[end]
      let scalar = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
      if scalar < 0x800 {
        output.append(UInt8(0xC0 | (scalar >> 6)))
        output.append(UInt8(0x80 | (scalar & 0x3F)))
      } else {
        output.append(UInt8(0xE0 | (scalar >> 12)))
        output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        output.append(UInt8(0x80 | (scalar & 0x3F)))
      }
      index = end + 1
    }
    return output
  }
}
