import Dispatch
import Synchronization

/// Runs work over fixed-size chunks of a range, concurrently when there is more than one
/// chunk, and returns the results in chunk order.
///
/// The chunks depend only on the count and the chunk size, never on the number of cores, and
/// results are merged in chunk order, so the output is the same on any machine.
enum ChunkedWork {
  /// Cases per chunk when aggregating a round.
  static let casesPerChunk = 4_096

  /// The results of `body` over the chunks of `0..<count`, in order; one (empty) chunk when
  /// `count` is zero.
  static func map<Result: Sendable>(
    count: Int, chunkSize: Int, _ body: @Sendable (Range<Int>) -> Result
  ) -> [Result] {
    let size = max(chunkSize, 1)
    let chunks = max(1, (count + size - 1) / size)
    if chunks == 1 { return [body(0..<count)] }
    let results = Mutex<[Result?]>([Result?](repeating: nil, count: chunks))
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let range = (chunk * size)..<min(count, (chunk + 1) * size)
      let value = body(range)
      results.withLock { $0[chunk] = value }
    }
    return results.withLock { $0.compactMap { $0 } }
  }

  /// `transform` applied to each element, concurrently, in order.
  static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    map(count: elements.count, chunkSize: 1) { range in range.map { transform(elements[$0]) } }
      .flatMap { $0 }
  }
}
