public import Formats

/// Imports case lists into one `CaseRecord` per child, validating everything on the way.
///
/// Sources are read in parallel (large ones in pieces), then merged in the order given, so the
/// result does not depend on timing. Nothing is thrown: every problem in every file is
/// collected in the result, and `records` is empty unless there are none.
public enum CaseListImporter {
  /// Imports Ofsted Annex A lists (2–8), each recognised by its headers.
  ///
  /// Rows are merged by "Child Unique ID" (the README's *Profile `annex-a`* gives the rules):
  /// the stage is the most intensive open involvement at `asOf`, neglect status is `confirmed`
  /// for an open child-protection plan under neglect and `possible` for need code N1, and a
  /// child with nothing open is kept as `closed`.
  ///
  /// - Complexity: O(*n* + *c* log *c*) for *n* bytes and *c* children.
  public static func importAnnexA(sources: [CaseListSource], asOf: CalendarDate) -> CaseListImport {
    importSources(sources, asOf: asOf, rule: .annexA) { AnnexARowReader(asOf: asOf) }
  }

  /// Imports CSV files of any layout through a JSON column mapping.
  ///
  /// `mapping` names the column of each field and translates the file's codes into ours (see
  /// the README's *Profile `mapped`*). A mapping with problems is reported with JSON
  /// paths and no file is read. Rows are merged by identifier like Annex A rows; a child's
  /// neglect status is the strongest among their open rows (or all their rows, when none is
  /// open).
  ///
  /// - Complexity: O(*n* + *c* log *c*) for *n* bytes and *c* children.
  public static func importMapped(
    sources: [CaseListSource], mapping: CaseListSource, asOf: CalendarDate
  ) -> CaseListImport {
    let (read, mappingProblems) = CaseListMapping.read(mapping)
    guard let validMapping = read else {
      let summaries = sources.map { source in
        SourceSummary(
          name: source.name, kind: .unrecognised, dataRows: 0,
          encoding: DecodedText(source).encoding)
      }
      return CaseListImport(
        asOf: asOf, records: [], sources: summaries, problems: mappingProblems)
    }
    return importSources(sources, asOf: asOf, rule: .mapped) {
      MappedRowReader(mapping: validMapping, mappingName: mapping.name, asOf: asOf)
    }
  }

  /// Reads every source with a fresh reader from `makeReader` and merges the rows.
  ///
  /// The pieces are read a batch at a time (one piece per worker, in order) and each batch is
  /// merged before the next is read, so the rows of only one batch are held at once. A piece
  /// boundary is trustworthy only when the source has no syntax problem; on the first such
  /// problem in a source read in several pieces, everything is read again with that source
  /// in one piece (`readWhole`), so the problems are exactly those of a sequential reading.
  private static func importSources<Reader: SourceRowReader>(
    _ sources: [CaseListSource], asOf: CalendarDate, rule: ChildMerger.NeglectRule,
    makeReader: @escaping @Sendable () -> Reader
  ) -> CaseListImport {
    let totalBytes = sources.reduce(0) { $0 + $1.count }
    let bits = partitionBits(forBytes: totalBytes)
    // Pieces small enough that a batch's rows stay a few tens of megabytes, large enough
    // that the batches' hand-overs are few.
    let pieceSize = min(16 << 20, max(4 << 20, totalBytes / (workerCount * 3)))
    let heads = parallelMap(count: sources.count) { index in
      let head = SourceScanner.head(sources[index], index: index, reader: makeReader())
      return (head: head, pieces: SourceScanner.pieces(of: head, pieceSize: pieceSize))
    }
    let tasks = heads.indices.flatMap { source in
      heads[source].pieces.map { (source: source, range: $0) }
    }
    var lines = heads.map { ($0.head.body?.line ?? 1) - 1 }
    var merge: PartitionMerge?
    var next = 0
    repeat {
      let batch = Array(tasks[next..<min(next + workerCount, tasks.count)])
      next += batch.count
      let parsed = parallelMap(count: batch.count) { task in
        SourceScanner.body(
          heads[batch[task].source].head, range: batch[task].range, partitionBits: bits)
      }
      for (task, piece) in zip(batch, parsed)
      where piece.hadSyntaxProblem && heads[task.source].pieces.count > 1 {
        return readWhole(heads: heads, partitionBits: bits, asOf: asOf, rule: rule)
      }
      let rows = zip(batch, parsed).map { task, piece in piece.rows(after: &lines[task.source]) }
      if merge == nil {
        // Sized from the first batch's rows per byte, for as many children as the largest
        // source has rows: Annex A lists 7 and 8 are mostly children list 6 holds too, so
        // counting every file's rows would reserve a third too much.
        let bytes = batch.reduce(0) { $0 + $1.range.count }
        let read = rows.reduce(0) { $0 + $1.rowCount }
        let largest = sources.map(\.count).max() ?? 0
        let expected = bytes == 0 ? read : Int(Double(read) / Double(bytes) * Double(largest))
        merge = PartitionMerge(
          heads: heads.map(\.head), partitionBits: bits, asOf: asOf, rule: rule,
          expectedRows: expected)
      }
      merge?.merge(rows)
      for task in batch { heads[task.source].head.text.finishedReading(task.range) }
    } while next < tasks.count
    return merge?.finish()
      ?? PartitionMerge(
        heads: heads.map(\.head), partitionBits: bits, asOf: asOf, rule: rule, expectedRows: 0
      ).finish()
  }

  /// Reads every source's rows at once, a source with a syntax problem in one piece, then
  /// merges them: the path of an import whose piece boundaries cannot be trusted.
  private static func readWhole<Reader: SourceRowReader>(
    heads: [(head: SourceHead<Reader>, pieces: [Range<Int>])], partitionBits bits: Int,
    asOf: CalendarDate, rule: ChildMerger.NeglectRule
  ) -> CaseListImport {
    // The largest pieces first, so that the last to finish are small.
    let tasks = heads.indices.flatMap { source in
      heads[source].pieces.map { (source: source, range: $0) }
    }.sorted { $0.range.count > $1.range.count }
    let parsed = parallelMap(count: tasks.count) { task in
      let (source, range) = tasks[task]
      return SourceScanner.body(heads[source].head, range: range, partitionBits: bits)
    }
    var grouped = Array(repeating: [(range: Range<Int>, piece: SourcePiece)](), count: heads.count)
    for (task, piece) in zip(tasks, parsed) { grouped[task.source].append((task.range, piece)) }
    let bySource = grouped
    let pieces = parallelMap(count: heads.count) { source in
      let head = heads[source].head
      var pieces = bySource[source].sorted { $0.range.lowerBound < $1.range.lowerBound }
        .map(\.piece)
      if pieces.count > 1, pieces.contains(where: \.hadSyntaxProblem), let body = head.body {
        pieces = [
          SourceScanner.body(
            head, range: body.start..<head.text.withUTF8(\.count), partitionBits: bits)
        ]
      }
      var line = (head.body?.line ?? 1) - 1
      return pieces.map { $0.rows(after: &line) }
    }.flatMap { $0 }
    var merge = PartitionMerge(
      heads: heads.map(\.head), partitionBits: bits, asOf: asOf, rule: rule,
      expectedRows: pieces.reduce(0) { $0 + $1.rowCount })
    merge.merge(pieces)
    return merge.finish()
  }
}
