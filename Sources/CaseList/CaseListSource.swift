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
