/// Finds a question's index from its id with a small open-addressing table over the tool's
/// ids and a cheap FNV-1a hash of the id's UTF-8 bytes.
///
/// Aggregation looks up every answer of every case; `Dictionary<String, Int>` hashes each key
/// with a seeded SipHash, several times the cost of this table for ids of a few dozen bytes.
/// Every hit is confirmed by comparing the strings, so a collision only costs a probe.
struct QuestionIndex: Sendable {
  private let ids: [String]
  private let table: [Int32]
  private let mask: Int

  /// A table over the ids, in order; the index of an id is its position.
  init(ids: [String]) {
    self.ids = ids
    var size = 16
    while size < ids.count * 4 { size *= 2 }
    var table = [Int32](repeating: -1, count: size)
    for (position, id) in ids.enumerated() {
      var slot = Self.hash(id) & (size - 1)
      while table[slot] >= 0 {
        if ids[Int(table[slot])] == id { break }
        slot = (slot + 1) & (size - 1)
      }
      if table[slot] < 0 { table[slot] = Int32(position) }
    }
    self.table = table
    mask = size - 1
  }

  /// The position of an id, or `nil` when it is not one of the ids.
  func index(of id: String) -> Int? {
    var slot = Self.hash(id) & mask
    while true {
      let candidate = table[slot]
      if candidate < 0 { return nil }
      if ids[Int(candidate)] == id { return Int(candidate) }
      slot = (slot + 1) & mask
    }
  }

  /// FNV-1a over the UTF-8 bytes, folded to a non-negative `Int`.
  private static func hash(_ id: String) -> Int {
    let value =
      id.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(Array(id.utf8))
    return Int(truncatingIfNeeded: value ^ (value >> 32)) & Int.max
  }

  /// FNV-1a (Fowler, Noll and Vo) of a run of bytes.
  private static func fnv(_ bytes: some Collection<UInt8>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      value ^= UInt64(byte)
      value &*= 0x0000_0100_0000_01b3
    }
    return value
  }
}
