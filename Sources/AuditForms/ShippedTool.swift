/// One audit tool built into CaseAudit: its id, the file it comes from, and its JSON text.
public struct ShippedTool: Sendable, Hashable {
  /// The tool's id, for example `neglect-thematic` (the file name without `.json`).
  public let id: String
  /// The file in `AuditTools/`, for example `neglect-thematic.json`.
  public let fileName: String
  /// The file's text, byte for byte.
  public let json: String

  /// Creates an entry.
  public init(id: String, fileName: String, json: String) {
    self.id = id
    self.fileName = fileName
    self.json = json
  }

  /// Loads and checks the tool.
  public func load() -> Result<AuditTool, ToolDefinitionError> {
    AuditToolLoader.load(text: json, fileName: fileName)
  }
}

extension ShippedTools {
  /// The shipped tool with an id, if there is one.
  public static func entry(id: String) -> ShippedTool? { all.first { $0.id == id } }

  /// The shipped tool with an id, loaded; `nil` if there is no such tool (the shipped tools
  /// always load: a test checks them).
  public static func tool(id: String) -> AuditTool? {
    guard let entry = entry(id: id), case .success(let tool) = entry.load() else { return nil }
    return tool
  }
}
