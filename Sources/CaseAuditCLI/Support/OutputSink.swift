public import Foundation

/// Where a command writes: standard output, standard error, or a buffer in tests.
public final class OutputSink: @unchecked Sendable {
  // @unchecked: the buffer is guarded by `lock`; the file handle is written whole-line at a time.
  private let handle: FileHandle?
  private let lock = NSLock()
  private var buffer: [UInt8] = []
  /// Whether the stream is a terminal (colour and progress are only used on one).
  public let isTerminal: Bool

  /// A sink writing to a file handle.
  public init(handle: FileHandle, isTerminal: Bool) {
    self.handle = handle
    self.isTerminal = isTerminal
  }

  /// A sink collecting into memory (for tests).
  public init() {
    handle = nil
    isTerminal = false
  }

  /// Writes text as-is.
  public func write(_ text: String) {
    write(bytes: Array(text.utf8))
  }

  /// Writes bytes as-is.
  public func write(bytes: [UInt8]) {
    if let handle {
      handle.write(Data(bytes))
    } else {
      lock.lock()
      buffer += bytes
      lock.unlock()
    }
  }

  /// Writes one line, adding the newline.
  public func line(_ text: String = "") { write(text + "\n") }

  /// What was written, for an in-memory sink.
  public var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: buffer, as: UTF8.self)
  }
}
