import Dispatch

/// The records of an import, in byte-wise identifier order, built one at a time when read.
///
/// An import of a million children would otherwise hold a million `CaseRecord`s (about 200 MB)
/// beside the merged state they are made from, only for a command to write each once to the
/// workspace. `CaseRecords` keeps the merged state and builds the record at a position when it
/// is read, so a command that streams the records holds only the merged state. A collection
/// made from an array (`CaseRecords([…])`, or an array literal) simply holds the array.
///
/// Reading a position twice builds its record twice; copy into an array
/// (`Array(records)`) to read the records repeatedly.
public struct CaseRecords: RandomAccessCollection, Sendable, Equatable,
  ExpressibleByArrayLiteral
{
  private enum Storage: Sendable {
    case array([CaseRecord])
    case merged(MergedChildren)
  }

  private let storage: Storage

  /// The records of `records`, in the order given.
  public init(_ records: [CaseRecord]) {
    storage = .array(records)
  }

  /// The records of `elements`, in the order given.
  public init(arrayLiteral elements: CaseRecord...) {
    storage = .array(elements)
  }

  /// The records of merged children.
  init(merged: MergedChildren) {
    storage = .merged(merged)
  }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch storage {
    case .array(let records): records.count
    case .merged(let merged): merged.count
    }
  }

  /// The record at `position` (built on each read for an import's records).
  public subscript(position: Int) -> CaseRecord {
    switch storage {
    case .array(let records): records[position]
    case .merged(let merged): merged.record(at: position)
    }
  }

  /// The stage and neglect status at `position`, without building the record.
  func classification(at position: Int) -> (stage: Stage, neglect: NeglectStatus) {
    switch storage {
    case .array(let records): (records[position].stage, records[position].neglectStatus)
    case .merged(let merged): merged.classification(at: position)
    }
  }

  /// Calls `body` with the records in order, in consecutive chunks of at most `size`; while
  /// `body` handles one chunk, the next is built on another thread (a command that writes the
  /// records then builds them on one core and writes them on another).
  ///
  /// When `body` throws, no further chunk is handed to it and the error is rethrown.
  public func forEachChunk(of size: Int, _ body: ([CaseRecord]) throws -> Void) throws {
    precondition(size > 0, "a chunk holds at least one record")
    let chunks = (count + size - 1) / size
    var pending = chunks > 0 ? PendingChunk(of: self, range: 0..<Swift.min(size, count)) : nil
    for chunk in 0..<chunks {
      guard let current = pending?.wait() else { break }
      let start = (chunk + 1) * size
      pending =
        start < count ? PendingChunk(of: self, range: start..<Swift.min(start + size, count)) : nil
      do {
        try body(current)
      } catch {
        _ = pending?.wait()
        throw error
      }
    }
  }

  /// The number of records with something open at the as-of date (their records are not
  /// built to count them).
  public var openCount: Int {
    indices.count { classification(at: $0).stage != .closed }
  }

  public static func == (lhs: CaseRecords, rhs: CaseRecords) -> Bool {
    lhs.elementsEqual(rhs)
  }
}

/// Children merged by partition, and the byte-wise identifier order to read them in.
///
/// Immutable once made, so it is shared between threads as it is.
final class MergedChildren: Sendable {
  /// The mergers, by partition.
  private let mergers: [ChildMerger]
  /// Each child as `(partition << 32) | index in its merger`, in identifier order.
  private let order: [UInt64]
  /// The strings the mergers' text references point into.
  private let context: MergeContext

  init(mergers: [ChildMerger], order: [UInt64], context: MergeContext) {
    self.mergers = mergers
    self.order = order
    self.context = context
  }

  var count: Int { order.count }

  // The mergers are read through a buffer pointer: subscripting the array would copy a
  // merger, retaining and releasing each of its arrays, once per record.

  func record(at position: Int) -> CaseRecord {
    let child = order[position]
    return mergers.withUnsafeBufferPointer { mergers in
      mergers[Int(child >> 32)].record(Int(child & 0xFFFF_FFFF), context: context)
    }
  }

  func classification(at position: Int) -> (stage: Stage, neglect: NeglectStatus) {
    let child = order[position]
    return mergers.withUnsafeBufferPointer { mergers in
      mergers[Int(child >> 32)].classification(Int(child & 0xFFFF_FFFF), rule: context.rule)
    }
  }
}

/// The records of a range, built on a thread of Dispatch's global pool.
///
/// `@unchecked Sendable`: `records` is written once by the building thread before `done` is
/// signalled, and read only after `wait()` has seen the signal.
private final class PendingChunk: @unchecked Sendable {
  private var records: [CaseRecord] = []
  private let done = DispatchSemaphore(value: 0)

  init(of all: CaseRecords, range: Range<Int>) {
    DispatchQueue.global().async { [self] in
      records = range.map { all[$0] }
      done.signal()
    }
  }

  /// The records, once built.
  func wait() -> [CaseRecord] {
    done.wait()
    return records
  }
}
