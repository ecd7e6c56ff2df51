public import Foundation

/// The bytes of one case-list file (or mapping) and the name to report problems against.
///
/// `CaseList` does no I/O: the caller reads the file and hands its bytes over. The name is only
/// used in problems and summaries, so a display name (`list6.csv`) is as good as a path.
public struct CaseListSource: Sendable {
  /// The name problems and summaries refer to, such as `list6.csv`.
  public var name: String

  private enum Storage {
    case bytes([UInt8])
    case data(Data)
  }

  private var storage: Storage
  /// Told the byte ranges the import has finished reading (see `init(name:data:whenRead:)`).
  private var whenRead: (@Sendable (Range<Int>) -> Void)?

  /// Creates a source from an array of bytes.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.storage = .bytes(bytes)
  }

  /// Creates a source from `Data` without copying it.
  public init(name: String, data: Data) {
    self.name = name
    self.storage = .data(data)
  }

  /// Creates a source from `Data` without copying it, telling `whenRead` each byte range of
  /// `data` the import has finished reading.
  ///
  /// A caller that mapped the file into memory can give those pages back (a million-child
  /// list is over 100 MB), so the import holds the pieces it is reading, not the whole file.
  /// The import may still read a range again (to locate a problem, or when it reads a file
  /// in one piece after a syntax problem), so `whenRead` must not make the bytes unreadable.
  public init(name: String, data: Data, whenRead: @escaping @Sendable (Range<Int>) -> Void) {
    self.name = name
    self.storage = .data(data)
    self.whenRead = whenRead
  }

  /// Creates a source from text, encoded as UTF-8 (convenient for small inputs and tests).
  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// The number of bytes in the source.
  public var count: Int {
    switch storage {
    case .bytes(let bytes): bytes.count
    case .data(let data): data.count
    }
  }

  /// Tells the source's owner that the import has read `range` (offsets in the source).
  func finishedReading(_ range: Range<Int>) {
    whenRead?(range)
  }

  /// Calls `body` with the source's bytes, contiguous in memory.
  func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    switch storage {
    case .bytes(let bytes):
      return try bytes.withUnsafeBufferPointer(body)
    case .data(let data):
      return try data.withUnsafeBytes { raw in
        try body(raw.bindMemory(to: UInt8.self))
      }
    }
  }
}
