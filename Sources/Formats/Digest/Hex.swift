extension Sequence<UInt8> {
  /// The bytes as lowercase hexadecimal digits, two per byte, most significant nibble first.
  ///
  /// This is how digests are shown and stored (`SHA256.hash(…).hexString`).
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public var hexString: String {
    var digits: [UInt8] = []
    digits.reserveCapacity(underestimatedCount * 2)
    for byte in self {
      digits.append(hexDigits[Int(byte &>> 4)])
      digits.append(hexDigits[Int(byte & 0x0f)])
    }
    return String(decoding: digits, as: UTF8.self)
  }
}

/// The ASCII codes of "0123456789abcdef".
private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
