/// An audit tool installed in the workspace.
public struct InstalledTool: Sendable, Hashable, Codable {
  /// The tool's stable id.
  public let id: String
  /// Its version.
  public let version: String
  /// Its title.
  public let title: String
  /// The definition's JSON text, exactly as installed.
  public let definition: String
  /// SHA-256 of the definition text.
  public let sha256: String
  /// When it was installed, ISO 8601 UTC.
  public let installedAt: String
}

extension Workspace {
  /// The result of installing a tool.
  public enum InstallOutcome: Sendable, Equatable {
    /// A new version was installed.
    case installed
    /// This exact version and text were already there; nothing changed.
    case alreadyInstalled
  }

  /// Installs one version of a tool; a different text under an installed version is refused.
  public func installTool(
    id: String, version: String, title: String, definition: String, sha256: String, actor: String
  ) throws -> InstallOutcome {
    try database.writeTransaction {
      if let existing = try tool(id: id, version: version) {
        guard existing.sha256 == sha256 else {
          throw WorkspaceDataError.conflict(
            "version \(version) of tool '\(id)' is already installed with different content; "
              + "give the changed tool a new version")
        }
        return .alreadyInstalled
      }
      try database.execute(
        """
        INSERT INTO tools(id, version, title, definition, sha256, installed_at)
        VALUES (?, ?, ?, ?, ?, ?)
        """, [id, version, title, definition, sha256, Workspace.timestamp(now())])
      try recordEvent(
        actor: actor, action: "tool.installed", subject: "\(id) \(version)",
        details: ["sha256": sha256, "title": title])
      return .installed
    }
  }

  /// One installed version of a tool, or `nil`.
  public func tool(id: String, version: String) throws -> InstalledTool? {
    try database.query(
      """
      SELECT id, version, title, definition, sha256, installed_at FROM tools
      WHERE id = ? AND version = ?
      """, [id, version]
    ).first.map(Self.installedTool(from:))
  }

  /// Every installed tool version, by id then installation order.
  public func installedTools() throws -> [InstalledTool] {
    try database.query(
      """
      SELECT id, version, title, definition, sha256, installed_at FROM tools
      ORDER BY id, installed_at, version
      """
    ).map(Self.installedTool(from:))
  }

  /// A stored tool; a column that does not read is `WorkspaceError.corruptRow`.
  private static func installedTool(from row: Row) throws -> InstalledTool {
    let id = try row.text("id", table: "tools", row: "a tool")
    let version = try row.text("version", table: "tools", row: "tool \(id)")
    let place = "tool \(id) \(version)"
    return InstalledTool(
      id: id, version: version, title: try row.text("title", table: "tools", row: place),
      definition: try row.text("definition", table: "tools", row: place),
      sha256: try row.text("sha256", table: "tools", row: place),
      installedAt: try row.text("installed_at", table: "tools", row: place))
  }
}
