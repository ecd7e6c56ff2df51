/// Byte-wise comparison of the UTF-8 encodings of strings: the canonical order of case ids and
/// stratum keys.
///
/// Swift's `<` on `String` compares Unicode canonical equivalents, which is neither what other
/// languages do nor guaranteed stable; comparing UTF-8 bytes is both (and, for valid UTF-8,
/// equals comparing Unicode scalar values).
enum ByteOrder {
  /// Negative when `a` sorts before `b`, zero when they are equal, positive after.
  static func compare(_ a: String, _ b: String) -> Int {
    let fast = a.utf8.withContiguousStorageIfAvailable { left in
      b.utf8.withContiguousStorageIfAvailable { right in compare(left, right) }
    }
    if let fast, let result = fast { return result }
    var left = a.utf8.makeIterator()
    var right = b.utf8.makeIterator()
    while true {
      switch (left.next(), right.next()) {
      case (nil, nil): return 0
      case (nil, _): return -1
      case (_, nil): return 1
      case (let x?, let y?) where x != y: return x < y ? -1 : 1
      default: continue
      }
    }
  }

  /// Whether `a` sorts strictly before `b`.
  static func precedes(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

  /// The first eight UTF-8 bytes of `text`, big-endian, zero-padded: a prefix key whose integer
  /// order agrees with byte order wherever two prefixes differ.
  static func prefixKey(_ text: String) -> UInt64 {
    var key: UInt64 = 0
    var count = 0
    for byte in text.utf8 {
      key = key << 8 | UInt64(byte)
      count += 1
      if count == 8 { return key }
    }
    return count == 0 ? 0 : key << (8 * UInt64(8 - count))
  }

  private static func compare(
    _ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>
  ) -> Int {
    let common = min(left.count, right.count)
    var index = 0
    while index < common {
      let x = left[index]
      let y = right[index]
      if x != y { return x < y ? -1 : 1 }
      index += 1
    }
    return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
  }
}
