public import AuditStore
public import CaseList
public import Formats

/// Importing a population snapshot from the case lists a case-management system exports.
///
/// Every file is read and checked (errors refuse the import; data-quality warnings are kept
/// with the snapshot unless `strict`), byte-identical files already imported are not imported
/// again unless asked, and a snapshot with no child at all is refused.
public enum SnapshotImport {
  /// How the files are laid out.
  public enum Format: Sendable {
    /// Ofsted Annex A lists, each recognised by its headers.
    case annexA
    /// Any CSV layout, through a JSON column mapping.
    case mapped(mapping: CaseListSource)

    /// The name stored with the snapshot (`annex-a` or `mapped`).
    public var name: String {
      switch self {
      case .annexA: "annex-a"
      case .mapped: "mapped"
      }
    }
  }

  /// What an import did.
  public enum Outcome: Sendable {
    /// The files were read, and stored as snapshot `snapshot` (`nil` on a dry run).
    case imported(snapshot: Int?, result: CaseListImport, sources: [SnapshotRecord.Source])
    /// The same files (by SHA-256) are already snapshot `same`; nothing was imported.
    case alreadyImported(same: SnapshotRecord)
    /// Errors, or warnings under `strict`: nothing was imported.
    case refused(result: CaseListImport, sources: [SnapshotRecord.Source])
  }

  /// Files with a header and no data rows: nothing was imported (an empty snapshot would
  /// silently replace the population every later round samples from).
  public struct NoChildren: Error, Sendable, Equatable {
    /// The files, each of which has no data row.
    public let files: [String]
  }

  /// Reads `sources` as of `asOf` and, given a workspace, stores them as a new snapshot.
  ///
  /// `fingerprints` gives each source's SHA-256 (hex), in order; it is called after the files
  /// are read, so a caller can compute it alongside. Without `workspace` this is a dry run.
  public static func run(
    sources: [CaseListSource], format: Format, asOf: CalendarDate, strict: Bool, again: Bool,
    fingerprints: () -> [String], workspace: Workspace?, actor: String
  ) throws -> Outcome {
    let result: CaseListImport
    switch format {
    case .annexA: result = CaseListImporter.importAnnexA(sources: sources, asOf: asOf)
    case .mapped(let mapping):
      result = CaseListImporter.importMapped(sources: sources, mapping: mapping, asOf: asOf)
    }
    let digests = fingerprints()
    // The same bytes again (a re-run, a double click) would add a second copy of the whole
    // population; say which snapshot already holds them and do nothing unless asked.
    if let workspace, !again, result.isValid,
      let same = try workspace.snapshots().first(where: { snapshot in
        snapshot.format == format.name
          && snapshot.sources.map(\.sha256).sorted() == digests.sorted()
      })
    {
      return .alreadyImported(same: same)
    }
    if result.isValid && result.records.isEmpty && result.sources.allSatisfy({ $0.dataRows == 0 }) {
      throw NoChildren(files: result.sources.map(\.name))
    }
    let stored = zip(result.sources, digests).map { summary, sha in
      SnapshotRecord.Source(
        file: summary.name, sha256: sha, kind: kindCode(summary.kind),
        encoding: summary.encoding.rawValue, rows: summary.dataRows)
    }
    guard result.isValid, !(strict && !result.warnings.isEmpty) else {
      return .refused(result: result, sources: stored)
    }
    guard let workspace else { return .imported(snapshot: nil, result: result, sources: stored) }
    let snapshot = try workspace.saveSnapshot(
      asOf: asOf, format: format.name, sources: stored, records: result.records,
      warnings: result.warnings, actor: actor)
    return .imported(snapshot: snapshot, result: result, sources: stored)
  }

  /// The stored name of what a source was recognised as (`list6`, `mapped`, `unrecognised`).
  public static func kindCode(_ kind: SourceKind) -> String {
    switch kind {
    case .annexA(let list): "list\(list.rawValue)"
    case .mapped: "mapped"
    case .unrecognised: "unrecognised"
    }
  }
}
