/// Why a workspace could not be created or opened.
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No file exists at the path.
  case missing(path: String)
  /// The file exists but is not a CaseAudit workspace; it was left untouched.
  case notAWorkspace(path: String, reason: String)
  /// The workspace was written by a newer CaseAudit.
  case newerFormat(path: String, found: Int, supported: Int)
  /// A stored row does not decode: the workspace was changed outside CaseAudit or is damaged.
  case corruptRow(table: String, detail: String)

  public var description: String {
    switch self {
    case .missing(let path):
      "no workspace at \(path); create one with 'caseaudit init'"
    case .notAWorkspace(let path, let reason):
      "\(path) is not a CaseAudit workspace (\(reason)); it was left unchanged"
    case .newerFormat(let path, let found, let supported):
      "\(path) has workspace format \(found), newer than this CaseAudit understands (up to "
        + "\(supported)); upgrade CaseAudit to open it"
    case .corruptRow(let table, let detail):
      "a row of the workspace table '\(table)' (\(detail)) does not decode; the workspace was "
        + "changed outside CaseAudit or is damaged"
    }
  }
}
