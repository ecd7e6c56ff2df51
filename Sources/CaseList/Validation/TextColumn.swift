/// The free-text columns whose values rows intern, each in its own table.
///
/// Separate tables keep each one small enough to stay in cache. Family keys are not interned
/// (there is nearly one per family): rows hold them as `ShortText`.
enum TextColumn: Int, Sendable, CaseIterable {
  /// The allocated team.
  case team
  /// The allocated worker.
  case worker
  /// The gender.
  case gender
  /// The ethnicity.
  case ethnicity
}

/// One interner per `TextColumn`.
struct TextInterners: Sendable {
  private var interners = Array(repeating: ByteInterner(), count: TextColumn.allCases.count)

  /// Interns `bytes` in `column`'s table.
  @inline(__always)
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, in column: TextColumn) -> Int32 {
    interners[column.rawValue].intern(bytes)
  }

  /// The interned strings, indexed by `TextColumn.rawValue`, then by interned index.
  var tables: [[String]] { interners.map(\.strings) }
}
