/// Text gathered into chunks of about 64 KiB before it goes to an ``OutputSink``, so a command
/// that streams many short lines makes a few large writes instead of one per line.
final class ChunkedOutput {
  private let sink: OutputSink
  private var buffer: [UInt8] = []
  private let chunk = 65_536

  init(_ sink: OutputSink) {
    self.sink = sink
    buffer.reserveCapacity(chunk + 4_096)
  }

  /// Adds text; writes the chunk once it is full.
  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= chunk { flush() }
  }

  /// Writes what is gathered.
  func flush() {
    guard !buffer.isEmpty else { return }
    sink.write(bytes: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
