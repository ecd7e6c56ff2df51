/// Orders identifiers byte-wise (UTF-8), fast.
///
/// Each identifier gets a key: the eight bytes after the prefix all identifiers share, as a
/// big-endian integer. Keys order as the bytes do, so only equal keys need the identifiers
/// compared in full, and a shared prefix ("LA123-…") does not make every comparison slow.
struct IdentifierOrder: Sendable {
  /// The length of the prefix every identifier shares.
  let sharedPrefix: Int

  /// The length of the longest prefix all of `ids` share, at most `limit`.
  ///
  /// - Complexity: O(*n* · `limit`).
  static func sharedPrefix(of ids: [String], limit: Int) -> Int {
    guard let first = ids.first else { return limit }
    let reference = Array(first.utf8.prefix(limit))
    var length = reference.count
    for id in ids where length > 0 {
      var common = 0
      for byte in id.utf8.prefix(length) {
        guard byte == reference[common] else { break }
        common += 1
      }
      length = common
    }
    return length
  }

  /// The key of `id`.
  @inline(__always)
  func key(_ id: String) -> UInt64 {
    var key: UInt64 = 0
    var shift: UInt64 = 64
    for byte in id.utf8.dropFirst(sharedPrefix).prefix(8) {
      shift -= 8
      key |= UInt64(byte) << shift
    }
    return key
  }

  /// Whether `lhs` (with key `lhsKey`) comes before `rhs` (with key `rhsKey`) byte-wise.
  @inline(__always)
  static func precedes(_ lhsKey: UInt64, _ lhs: String, _ rhsKey: UInt64, _ rhs: String) -> Bool {
    if lhsKey != rhsKey { return lhsKey < rhsKey }
    return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }
}
