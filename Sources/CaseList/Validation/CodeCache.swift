/// Resolves each distinct code once: the bytes of a code are interned, and the resolved value
/// of each interned code is remembered.
struct CodeCache<Value: Sendable>: Sendable {
  private var interner = ByteInterner()
  private var values: [Value?] = []
  private let resolve: @Sendable (String) -> Value?

  /// Creates a cache that resolves new codes with `resolve`.
  init(_ resolve: @escaping @Sendable (String) -> Value?) {
    self.resolve = resolve
  }

  /// The value `bytes` names (`nil` when it names none) and the code's interned index.
  @inline(__always)
  mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: Value?, index: Int32) {
    let index = interner.intern(bytes)
    if Int(index) == values.count {
      values.append(resolve(interner.strings[Int(index)]))
    }
    return (values[Int(index)], index)
  }

  /// The text of the code with interned index `index`.
  func text(_ index: Int32) -> String { interner.strings[Int(index)] }
}
