/// Resolves a coded text column (gender, ethnicity) to its published value once per distinct
/// code, and interns that value in the column's table, so that "a) Male", "Male" and "1" are
/// one value in every breakdown.
struct CanonicalTextCache: Sendable {
  private var raw = ByteInterner()
  /// The interned index of each raw code's canonical text.
  private var resolved: [Int32] = []
  /// Whether each raw code is in the published list.
  private var known: [Bool] = []
  private let list: CodeList<String>
  private let column: TextColumn

  /// Creates a cache for `column`, whose codes come from `list`.
  init(_ list: CodeList<String>, column: TextColumn) {
    self.list = list
    self.column = column
  }

  /// The interned canonical text of `bytes` (an unknown code keeps its own text, without a
  /// list letter), whether the code is published, and the code's text for messages.
  @inline(__always)
  mutating func lookup(
    _ bytes: UnsafeBufferPointer<UInt8>, interners: inout TextInterners
  ) -> (index: Int32, known: Bool, rawIndex: Int32) {
    let index = raw.intern(bytes)
    if Int(index) == resolved.count {
      let text = raw.strings[Int(index)]
      let value = list.value(for: text)
      let canonical = value ?? String(AnnexACode.withoutListLetter(Substring(text)))
      var utf8 = Array(canonical.utf8)
      let interned = utf8.withUnsafeMutableBufferPointer { buffer in
        interners.intern(UnsafeBufferPointer(buffer), in: column)
      }
      resolved.append(interned)
      known.append(value != nil)
    }
    return (resolved[Int(index)], known[Int(index)], index)
  }

  /// The text of the raw code with index `index`.
  func text(_ index: Int32) -> String { raw.strings[Int(index)] }
}
