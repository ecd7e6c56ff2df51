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

  /// Reads every source with a fresh reader from `makeReader`, then merges.
  private static func importSources<Reader: SourceRowReader>(
    _ sources: [CaseListSource], asOf: CalendarDate, rule: ChildMerger.NeglectRule,
    makeReader: @escaping @Sendable () -> Reader
  ) -> CaseListImport {
    let totalBytes = sources.reduce(0) { $0 + $1.count }
    let bits = partitionBits(forBytes: totalBytes)
    let pieceSize = max(4 << 20, totalBytes / (workerCount * 3))
    let heads = parallelMap(count: sources.count) { index in
      let head = SourceScanner.head(sources[index], index: index, reader: makeReader())
      return (head: head, pieces: SourceScanner.pieces(of: head, pieceSize: pieceSize))
    }
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
      // Piece boundaries are only trustworthy without syntax problems: read such a source
      // again in one piece.
      if pieces.count > 1, pieces.contains(where: \.hadSyntaxProblem), let body = head.body {
        pieces = [
          SourceScanner.body(
            head, range: body.start..<head.text.withUTF8(\.count), partitionBits: bits)
        ]
      }
      var line = (head.body?.line ?? 1) - 1
      return pieces.map { piece in
        var rows = piece.rows
        rows.lineOffset = line
        line += piece.lineBreaks
        return rows
      }
    }
    return assemble(
      pieces.flatMap { $0 }, heads: heads.map(\.head), asOf: asOf, rule: rule, leading: [])
  }
}
