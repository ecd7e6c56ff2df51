/// What one source file was found to be.
public enum SourceKind: Sendable, Hashable, CustomStringConvertible {
  /// An Annex A list, recognised by its headers.
  case annexA(AnnexAList)
  /// A CSV read through a column mapping.
  case mapped
  /// A file that could not be read as a case list (see the import's problems).
  case unrecognised

  /// A short label for people: "Annex A list 7 (child protection)".
  public var description: String {
    switch self {
    case .annexA(let list): "Annex A \(list.label)"
    case .mapped: "mapped CSV"
    case .unrecognised: "unrecognised"
    }
  }
}

/// A summary of one source file in an import.
public struct SourceSummary: Sendable, Hashable {
  /// The source's display name.
  public var name: String
  /// What the file was recognised as.
  public var kind: SourceKind
  /// The number of data rows read (blank lines and the header excluded).
  public var dataRows: Int
  /// The encoding the file was read in (`windows1252` means it was not valid UTF-8).
  public var encoding: TextEncoding

  /// Creates a summary.
  public init(name: String, kind: SourceKind, dataRows: Int, encoding: TextEncoding) {
    self.name = name
    self.kind = kind
    self.dataRows = dataRows
    self.encoding = encoding
  }
}
