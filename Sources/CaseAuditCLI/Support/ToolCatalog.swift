internal import AuditForms
internal import AuditStore
internal import Statistics

/// The audit tools a command can use: those built into the binary and those installed in the
/// workspace, every version of each.
struct ToolCatalog {
  struct Entry {
    let id: String
    let version: String
    let title: String
    let definition: String
    let builtIn: Bool
  }

  let entries: [Entry]

  init(workspace: Workspace?) throws {
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
  static func versionKey(_ version: String) -> [Int] {
    version.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
  }

  /// The entry for a tool id at a version, or the latest version when none is given.
  func entry(id: String, version: String?) throws -> Entry {
    let versions = entries.filter { $0.id == id }
    guard !versions.isEmpty else {
      let known = Set(entries.map(\.id)).sorted().joined(separator: ", ")
      throw CommandFailure.failed(
        "no audit tool '\(id)' is installed (installed: \(known)); "
          + "add one with 'caseaudit form install FILE'")
    }
    if let version {
      guard let match = versions.first(where: { $0.version == version }) else {
        throw CommandFailure.failed(
          "tool '\(id)' has no version \(version) (versions: "
            + versions.map(\.version).joined(separator: ", ") + ")")
      }
      return match
    }
    return versions[versions.count - 1]
  }

  /// The loaded tool for an id and version.
  func tool(id: String, version: String?) throws -> AuditTool {
    let entry = try entry(id: id, version: version)
    switch AuditToolLoader.load(text: entry.definition, fileName: "\(entry.id).json") {
    case .success(let tool): return tool
    case .failure(let error):
      throw CommandFailure.failed(
        "the stored tool '\(entry.id)' \(entry.version) no longer loads: \(error.description)")
    }
  }
}
