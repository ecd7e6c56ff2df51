import Dispatch
import Formats
import Foundation
import Synchronization

extension CaseListImporter {
  /// The number of worker threads: one per core, at most eight.
  static var workerCount: Int { max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) }

  /// How many bits of the identifier hash choose a row's partition for sources of `bytes`
  /// bytes in all: about one partition per 256 KiB, so each partition's hash table stays in
  /// cache, and a single partition for small inputs.
  static func partitionBits(forBytes bytes: Int) -> Int {
    var bits = 0
    while bits < 12, (256 * 1024) << bits < bytes { bits += 1 }
    return bits
  }

  /// `transform` applied to `0..<count` in parallel, results in order.
  static func parallelMap<T: Sendable>(
    count: Int, _ transform: @Sendable (Int) -> T
  ) -> [T] {
    let results = Mutex<[T?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let value = transform(index)
      results.withLock { $0[index] = value }
    }
    return results.withLock { $0.compactMap { $0 } }
  }
}

/// Merges pieces of rows into one record per child, a batch of pieces at a time, in the order
/// the pieces are given (sources in order, each source's pieces in file order).
///
/// Each worker thread owns the partitions whose index is the worker's modulo the number of
/// workers; all of them read one `MergeContext`, extended before each batch. A batch's rows are merged and can then be
/// released, so an import holds the rows of one batch, not of every file.
struct PartitionMerge {
  /// One worker's partitions.
  ///
  /// `@unchecked Sendable`: a worker's mergers are mutated only by the thread running that
  /// worker inside `concurrentPerform`, and read only after `concurrentPerform` has returned.
  private final class WorkerState: @unchecked Sendable {
    var mergers: [ChildMerger]

    init(mergers: [ChildMerger]) {
      self.mergers = mergers
    }
  }

  private let asOf: CalendarDate
  private let partitionCount: Int
  private let workers: [WorkerState]
  /// The strings of every piece merged so far, shared read-only by the workers.
  private var context: MergeContext
  /// The number of pieces merged so far.
  private var entries = 0
  private var summaries: [SourceSummary]
  private var bySource: [[CaseListProblem]]

  /// Creates a merge for the sources of `heads`, sized for about `expectedRows` rows.
  init<Reader>(
    heads: [SourceHead<Reader>], partitionBits: Int, asOf: CalendarDate,
    rule: ChildMerger.NeglectRule, expectedRows: Int
  ) {
    self.asOf = asOf
    partitionCount = 1 << partitionBits
    let workerCount = min(CaseListImporter.workerCount, partitionCount)
    // Identifier hashes spread rows evenly over partitions; a little room above the mean
    // keeps most tables from growing.
    let perPartition = expectedRows / partitionCount + expectedRows / partitionCount / 8 + 8
    context = MergeContext(names: heads.map(\.name), asOf: asOf, rule: rule)
    workers = (0..<workerCount).map { worker in
      WorkerState(
        mergers: stride(from: worker, to: 1 << partitionBits, by: workerCount).map { _ in
          ChildMerger(expectedChildren: perPartition)
        })
    }
    summaries = heads.map(\.summary)
    bySource = heads.map(\.problems)
  }

  /// Merges the next pieces, in order, in parallel by partition.
  ///
  /// - Complexity: O(*r*) expected for *r* rows.
  mutating func merge(_ pieces: [SourceRows]) {
    for piece in pieces {
      summaries[piece.sourceIndex].dataRows += piece.dataRows
      for problem in piece.problems {
        var located = problem
        located.line += piece.lineOffset
        bySource[piece.sourceIndex].append(located)
      }
    }
    let first = entries
    entries += pieces.count
    context.append(pieces)
    let context = context
    let workers = workers
    let partitionCount = partitionCount
    DispatchQueue.concurrentPerform(iterations: workers.count) { worker in
      let state = workers[worker]
      for (slot, partition) in stride(from: worker, to: partitionCount, by: workers.count)
        .enumerated()
      {
        for (offset, piece) in pieces.enumerated() {
          state.mergers[slot].merge(
            piece.partitions[partition], of: piece, entry: first + offset, context: context)
        }
      }
    }
  }

  /// The import: every problem in source order, then line and column, and
  /// the records in identifier order unless there are errors.
  func finish() -> CaseListImport {
    var bySource = bySource
    for state in workers {
      for merger in state.mergers {
        for (source, problem) in merger.problems { bySource[source].append(problem) }
      }
    }
    var problems: [CaseListProblem] = []
    for var list in bySource {
      list.sort { ($0.line, $0.column) < ($1.line, $1.column) }
      problems += list
    }
    return CaseListImport(
      asOf: asOf, records: problems.contains { !$0.isWarning } ? [] : sortedRecords(),
      sources: summaries, problems: problems)
  }

  /// Every child's record in byte-wise identifier order, built when read.
  private func sortedRecords() -> CaseRecords {
    let workers = workers
    let count = workers.count
    var byPartition: [ChildMerger] = []
    for partition in 0..<partitionCount {
      byPartition.append(workers[partition % count].mergers[partition / count].finishedMerging())
    }
    let mergers = byPartition
    let prefixes = CaseListImporter.parallelMap(count: count) { worker in
      workers[worker].mergers.filter { $0.count > 0 }
        .map { merger in
          IdentifierOrder.sharedPrefix(of: (0..<merger.count).map(merger.id), limit: 64)
        }.min()
    }
    let order = IdentifierOrder(sharedPrefix: prefixes.compactMap { $0 }.min() ?? 0)
    // A child is `(partition << 32) | index`. Each worker sorts its own children; the sorted
    // runs are then merged (the standard library's sort merges existing runs in linear time).
    let id: @Sendable (UInt64) -> String = { child in
      mergers[Int(child >> 32)].id(Int(child & 0xFFFF_FFFF))
    }
    let precedes: @Sendable ((key: UInt64, child: UInt64), (key: UInt64, child: UInt64)) -> Bool = {
      lhs, rhs in
      lhs.key != rhs.key
        ? lhs.key < rhs.key : id(lhs.child).utf8.lexicographicallyPrecedes(id(rhs.child).utf8)
    }
    let runs = CaseListImporter.parallelMap(count: count) { worker in
      var keys: [(key: UInt64, child: UInt64)] = []
      for (offset, merger) in workers[worker].mergers.enumerated() {
        let partition = UInt64(offset * count + worker) << 32
        for index in 0..<merger.count {
          keys.append((order.key(merger.id(index)), partition | UInt64(index)))
        }
      }
      keys.sort(by: precedes)
      return keys
    }
    let sorted = runs.count == 1 ? runs[0] : runs.joined().sorted(by: precedes)
    return CaseRecords(
      merged: MergedChildren(
        mergers: mergers, order: sorted.map(\.child), context: context))
  }
}
