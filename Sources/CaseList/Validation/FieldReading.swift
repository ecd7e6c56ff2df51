/// Reading helpers the profiles share: numbers, interned strings and problem messages.
enum FieldReading {
  /// A non-negative whole number of at most four digits, or `nil`.
  @inline(__always)
  static func smallInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int16? {
    guard !bytes.isEmpty, bytes.count <= 4 else { return nil }
    var value: Int16 = 0
    for byte in bytes {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int16(digit)
    }
    return value
  }

  /// `bytes` without a leading list letter such as "a) " (for gender and ethnicity codes).
  @inline(__always)
  static func withoutListLetter(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<
    UInt8
  > {
    guard bytes.count > 2, bytes[1] == UInt8(ascii: ")") else { return bytes }
    let letter = bytes[0] | 0x20
    guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { return bytes }
    return CSVFieldValue.trimmed(UnsafeBufferPointer(rebasing: bytes[2...]))
  }

  /// A code value quoted for a message, shortened to 40 characters.
  static func quoted(_ value: String) -> String {
    value.count <= 40 ? "'\(value)'" : "'\(value.prefix(39))…'"
  }
}
