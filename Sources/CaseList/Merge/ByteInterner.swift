/// Gives each distinct byte string a small integer, building one `String` per distinct value.
///
/// Case lists repeat a few values millions of times (teams, workers, codes); interning them
/// turns a `String` per field into a hash-table probe per field.
struct ByteInterner: Sendable {
  /// The distinct values in first-seen order; an interned index points into this.
  private(set) var strings: [String] = []
  /// Open addressing with linear probing; each slot holds an entry index + 1, or 0 when empty.
  private var slots: [Int32]
  private var entries: [Entry] = []
  private var arena: [UInt8] = []
  private var mask: Int

  /// A stored value: its hash, its first sixteen bytes as two words (so short values compare
  /// without touching the arena) and where all its bytes are in the arena.
  private struct Entry {
    var hash: UInt64
    var words: (UInt64, UInt64)
    var start: Int
    var count: Int
  }

  /// Creates an empty interner.
  init() {
    slots = Array(repeating: 0, count: 64)
    mask = 63
  }

  /// The index of `bytes`, adding it when it is new.
  ///
  /// - Complexity: O(*m*) expected, where *m* is the length of `bytes`.
  @inline(__always)
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let words = ByteInterner.leadingWords(bytes)
    let hash = ByteInterner.hash(bytes, leading: words)
    let found = slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        arena.withUnsafeBufferPointer { arena in
          ByteInterner.probe(
            hash, words, bytes, slots: slots, mask: mask, entries: entries, arena: arena)
        }
      }
    }
    if found.entry >= 0 { return found.entry }
    return insert(bytes, hash: hash, words: words, slot: found.slot)
  }

  /// The first sixteen bytes of `bytes` as two little-endian words, zero-padded.
  @inline(__always)
  private static func leadingWords(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) { raw in
      raw.copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(16))))
    }
    return words
  }

  /// The entry holding `bytes` (−1 when absent) and the slot it is in or would go in.
  @inline(__always)
  private static func probe(
    _ hash: UInt64, _ words: (UInt64, UInt64), _ bytes: UnsafeBufferPointer<UInt8>,
    slots: UnsafeBufferPointer<Int32>, mask: Int, entries: UnsafeBufferPointer<Entry>,
    arena: UnsafeBufferPointer<UInt8>
  ) -> (entry: Int32, slot: Int) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = slots[slot]
      if stored == 0 { return (-1, slot) }
      let entry = entries[Int(stored) - 1]
      if entry.hash == hash, entry.count == bytes.count, entry.words == words,
        bytes.count <= 16 || equal(arena, entry.start, bytes)
      {
        return (stored - 1, slot)
      }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private static func equal(
    _ arena: UnsafeBufferPointer<UInt8>, _ start: Int, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var offset = 0
    while offset < bytes.count {
      if arena[start + offset] != bytes[offset] { return false }
      offset += 1
    }
    return true
  }

  private mutating func insert(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, words: (UInt64, UInt64), slot: Int
  ) -> Int32 {
    let index = Int32(strings.count)
    slots[slot] = index + 1
    entries.append(Entry(hash: hash, words: words, start: arena.count, count: bytes.count))
    arena.append(contentsOf: bytes)
    strings.append(String(decoding: bytes, as: UTF8.self))
    if strings.count * 2 > mask { grow() }
    return index
  }

  private mutating func grow() {
    let capacity = (mask + 1) * 2
    mask = capacity - 1
    slots = Array(repeating: 0, count: capacity)
    for (index, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }

  /// A 64-bit hash of bytes, eight at a time, with the MurmurHash3 `fmix64` finaliser.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    hash(bytes, leading: leadingWords(bytes))
  }

  /// `hash(_:)`, given the first sixteen bytes as words already.
  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, leading: (UInt64, UInt64))
    -> UInt64
  {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    hash = (hash ^ leading.0) &* 0x9E37_79B9_7F4A_7C15
    hash ^= hash >> 29
    hash = (hash ^ leading.1) &* 0x9E37_79B9_7F4A_7C15
    if bytes.count > 16, let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      var offset = 16
      while offset + 8 <= bytes.count {
        hash ^= hash >> 29
        hash =
          (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          &* 0x9E37_79B9_7F4A_7C15
        offset += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < bytes.count {
        tail |= UInt64(bytes[offset]) << shift
        shift += 8
        offset += 1
      }
      hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
    }
    // MurmurHash3 fmix64 (Appleby, 2011).
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    hash &*= 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 33
    return hash
  }
}
