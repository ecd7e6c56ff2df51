/// A text value of up to 16 UTF-8 bytes held inline, or the index of a longer one in a side
/// table.
///
/// Rows hold identifiers and family keys this way, so a row is plain data: no reference
/// counting while millions of rows are read, copied and merged.
struct ShortText: Sendable, Equatable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  /// The byte count (0–16) of an inline value, or −1 − *k* for side-table entry *k*.
  private var count: Int32 = 0

  /// The empty value.
  static let empty = ShortText()

  private init() {}

  /// `bytes`, inline when they fit, else appended to `longTexts`.
  @inline(__always)
  init(_ bytes: UnsafeBufferPointer<UInt8>, longTexts: inout [String]) {
    guard bytes.count <= 16 else {
      count = -1 - Int32(longTexts.count)
      longTexts.append(String(decoding: bytes, as: UTF8.self))
      return
    }
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
    (low, high, count) = (words.0, words.1, Int32(bytes.count))
  }

  /// Whether the value is empty.
  var isEmpty: Bool { count == 0 }

  /// Whether the value lives in a side table (so equality must compare the strings).
  var isLong: Bool { count < 0 }

  /// The value as a string; `longTexts` is the side table it was made with.
  func string(_ longTexts: [String]) -> String {
    if count < 0 { return longTexts[Int(-1 - count)] }
    return withUnsafeBytes(of: (low, high)) { raw in
      String(decoding: raw.prefix(Int(count)), as: UTF8.self)
    }
  }
}
