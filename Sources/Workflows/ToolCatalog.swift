public import AuditForms
public import AuditStore
import Formats
internal import Statistics

/// The audit tools a use case can use: those built into the binary and those installed in the
/// workspace, every version of each.
public struct ToolCatalog {
  /// One version of one tool.
  public struct Entry: Sendable {
    /// The tool's id.
    public let id: String
    /// The version.
    public let version: String
    /// The tool's title.
    public let title: String
    /// The tool's JSON definition.
    public let definition: String
    /// Whether the tool is built into the binary (else installed in the workspace).
    public let builtIn: Bool
  }

  /// Every version of every tool, by id, then version in numeric order.
  public let entries: [Entry]

  /// The built-in tools and, given a workspace, those installed in it (a built-in version
  /// wins over an installed copy of the same id and version).
  public init(workspace: Workspace?) throws {
    var entries = ShippedTools.all.compactMap { shipped -> Entry? in
      guard case .success(let tool) = shipped.load() else { return nil }
      return Entry(
        id: tool.id, version: tool.version, title: tool.title, definition: shipped.json,
        builtIn: true)
    }
    for installed in try workspace?.installedTools() ?? []
    where !entries.contains(where: { $0.id == installed.id && $0.version == installed.version }) {
      entries.append(
        Entry(
          id: installed.id, version: installed.version, title: installed.title,
          definition: installed.definition, builtIn: false))
    }
    self.entries = entries.sorted { a, b in
      a.id != b.id
        ? a.id < b.id
        : Self.versionKey(a.version).lexicographicallyPrecedes(Self.versionKey(b.version))
    }
  }

  /// Numeric parts of a version ("1.10.0" → [1, 10, 0]) so 1.10 sorts after 1.9.
  public static func versionKey(_ version: String) -> [Int] {
    version.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
  }

  /// The entry for a tool id at a version, or the latest version when none is given.
  public func entry(id: String, version: String?) throws -> Entry {
    let versions = entries.filter { $0.id == id }
    guard !versions.isEmpty else {
      let known = Set(entries.map(\.id)).sorted().joined(separator: ", ")
      throw WorkflowFailure(
        "no audit tool '\(id)' is installed (installed: \(known)); "
          + "add one with 'caseaudit form install FILE'")
    }
    if let version {
      guard let match = versions.first(where: { $0.version == version }) else {
        throw WorkflowFailure(
          "tool '\(id)' has no version \(version) (versions: "
            + versions.map(\.version).joined(separator: ", ") + ")")
      }
      return match
    }
    return versions[versions.count - 1]
  }

  /// The loaded tool for an id and version.
  public func tool(id: String, version: String?) throws -> AuditTool {
    let entry = try entry(id: id, version: version)
    switch AuditToolLoader.load(text: entry.definition, fileName: "\(entry.id).json") {
    case .success(let tool): return tool
    case .failure(let error):
      throw WorkflowFailure(
        "the stored tool '\(entry.id)' \(entry.version) no longer loads: \(error.description)")
    }
  }
}

extension ToolCatalog {
  /// Installs a partnership's own audit tool (its JSON `definition`, already loaded as `tool`)
  /// into the workspace, so rounds can be set up on it.
  ///
  /// Refuses an id and version that is built in with different content (a new version or a
  /// new id is needed); installing the same definition again changes nothing.
  public static func install(
    _ tool: AuditTool, definition: String, workspace: Workspace, actor: String
  ) throws -> Workspace.InstallOutcome {
    if let shipped = ShippedTools.entry(id: tool.id), case .success(let builtIn) = shipped.load(),
      builtIn.version == tool.version, shipped.json != definition
    {
      throw WorkflowFailure(
        "'\(tool.id)' version \(tool.version) is built in with different content; give your "
          + "tool a new version or a new id")
    }
    return try workspace.installTool(
      id: tool.id, version: tool.version, title: tool.title, definition: definition,
      sha256: SHA256.hash(Array(definition.utf8)).hexString, actor: actor)
  }
}
