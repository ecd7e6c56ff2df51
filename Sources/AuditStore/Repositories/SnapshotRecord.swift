import CaseList
public import Formats

/// A stored population snapshot: one import of a case list.
public struct SnapshotRecord: Sendable, Hashable, Codable {
  /// The snapshot's number in the workspace.
  public let id: Int
  /// When it was imported, ISO 8601 UTC.
  public let importedAt: String
  /// The date the population describes.
  public let asOf: CalendarDate
  /// `annex-a` or `mapped`.
  public let format: String
  /// How many children it holds.
  public let cases: Int
  /// How many of them have something open at the as-of date.
  public let openCases: Int
  /// The files it was imported from, with their fingerprints.
  public let sources: [Source]

  /// One imported file.
  public struct Source: Sendable, Hashable, Codable {
    /// The file's name as given on the command line.
    public let file: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public let sha256: String
    /// What the file was recognised as (for example `list7`).
    public let kind: String
    /// The text encoding detected.
    public let encoding: String
    /// The number of data rows.
    public let rows: Int

    /// Creates a source description.
    public init(file: String, sha256: String, kind: String, encoding: String, rows: Int) {
      self.file = file
      self.sha256 = sha256
      self.kind = kind
      self.encoding = encoding
      self.rows = rows
    }
  }
}
