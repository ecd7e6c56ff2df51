import Dispatch
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

  /// What one worker merged: its partitions (those whose index is the worker's, modulo the
  /// number of workers) and the context their strings come from.
  private struct WorkerResult: Sendable {
    var context: MergeContext
    var mergers: [ChildMerger]
  }

  /// Merges the pieces of every source into an import; `leading` problems come first.
  ///
  /// Partitions merge in parallel, then the children are put in identifier order and their
  /// records built in parallel.
  ///
  /// - Complexity: O(*r* + *c* log *c*) for *r* rows and *c* children.
  static func assemble<Reader>(
    _ pieces: [SourceRows], heads: [SourceHead<Reader>], asOf: CalendarDate,
    rule: ChildMerger.NeglectRule, leading: [CaseListProblem]
  ) -> CaseListImport {
    let partitionCount = pieces.first?.partitions.count ?? 1
    let workers = min(workerCount, partitionCount)
    let names = heads.map(\.name)
    let results = parallelMap(count: workers) { worker in
      let context = MergeContext(pieces: pieces, names: names, asOf: asOf, rule: rule)
      var mergers: [ChildMerger] = []
      for partition in stride(from: worker, to: partitionCount, by: workers) {
        let rows = pieces.reduce(0) { $0 + $1.partitions[partition].count }
        var merger = ChildMerger(expectedChildren: rows)
        for (entry, piece) in pieces.enumerated() {
          merger.merge(piece.partitions[partition], of: piece, entry: entry, context: context)
        }
        mergers.append(merger)
      }
      return WorkerResult(context: context, mergers: mergers)
    }
    var summaries = heads.map(\.summary)
    var bySource = heads.map(\.problems)
    for piece in pieces {
      summaries[piece.sourceIndex].dataRows += piece.dataRows
      for problem in piece.problems {
        var located = problem
        located.line += piece.lineOffset
        bySource[piece.sourceIndex].append(located)
      }
    }
    for result in results {
      for merger in result.mergers {
        for (source, problem) in merger.problems { bySource[source].append(problem) }
      }
    }
    var problems = leading
    for var list in bySource {
      list.sort { ($0.line, $0.column) < ($1.line, $1.column) }
      problems += list
    }
    return CaseListImport(
      asOf: asOf, records: problems.contains { !$0.isWarning } ? [] : sortedRecords(results),
      sources: summaries, problems: problems)
  }

  /// Every child's record in byte-wise identifier order.
  private static func sortedRecords(_ results: [WorkerResult]) -> [CaseRecord] {
    let workers = results.count
    var byPartition: [ChildMerger] = []
    for partition in 0..<results.reduce(0, { $0 + $1.mergers.count }) {
      byPartition.append(results[partition % workers].mergers[partition / workers])
    }
    let mergers = byPartition
    let prefixes = parallelMap(count: workers) { worker in
      results[worker].mergers.filter { $0.count > 0 }
        .map { IdentifierOrder.sharedPrefix(of: $0.ids, limit: 64) }.min()
    }
    let order = IdentifierOrder(sharedPrefix: prefixes.compactMap { $0 }.min() ?? 0)
    // A child is `(partition << 32) | index`. Each worker sorts its own children; the sorted
    // runs are then merged (the standard library's sort merges existing runs in linear time).
    let id: @Sendable (UInt64) -> String = { child in
      mergers[Int(child >> 32)].ids[Int(child & 0xFFFF_FFFF)]
    }
    let precedes: @Sendable ((key: UInt64, child: UInt64), (key: UInt64, child: UInt64)) -> Bool = {
      lhs, rhs in
      lhs.key != rhs.key
        ? lhs.key < rhs.key : id(lhs.child).utf8.lexicographicallyPrecedes(id(rhs.child).utf8)
    }
    let runs = parallelMap(count: workers) { worker in
      var keys: [(key: UInt64, child: UInt64)] = []
      for (offset, merger) in results[worker].mergers.enumerated() {
        let partition = UInt64(offset * workers + worker) << 32
        for (index, id) in merger.ids.enumerated() {
          keys.append((order.key(id), partition | UInt64(index)))
        }
      }
      keys.sort(by: precedes)
      return keys
    }
    let sorted = runs.count == 1 ? runs[0] : runs.joined().sorted(by: precedes)
    // Each worker builds one contiguous range of the sorted records, taking strings from its
    // own context.
    return [CaseRecord](unsafeUninitializedCapacity: sorted.count) { buffer, initialized in
      let target = DisjointWrites(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let context = results[worker].context
        let range = (sorted.count * worker / workers)..<(sorted.count * (worker + 1) / workers)
        mergers.withUnsafeBufferPointer { mergers in
          for position in range {
            let child = sorted[position].child
            target.buffer.initializeElement(
              at: position,
              to: mergers[Int(child >> 32)].record(Int(child & 0xFFFF_FFFF), context: context))
          }
        }
      }
      initialized = sorted.count
    }
  }

  /// A buffer that parallel workers initialise at disjoint positions.
  ///
  /// `@unchecked` because the buffer is shared: it is sound only because each worker writes its
  /// own positions, and the buffer outlives the workers (`concurrentPerform` returns when all
  /// have finished).
  private struct DisjointWrites<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
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
