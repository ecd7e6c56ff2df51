public import AuditStore
import CaseList
public import Formats
internal import Statistics

/// Setting up an audit round: a name, an audit tool pinned at one version, a purpose, and the
/// population snapshot it samples from.
public enum RoundSetup {
  /// Creates round `name` on snapshot `snapshotID` (the latest when `nil`), pinned to tool
  /// `toolID` at `toolVersion` (the latest when `nil`); returns the round and its snapshot.
  ///
  /// A built-in tool is copied into the workspace with the round, in one transaction, so the
  /// round's pinned version survives later releases that change the built-in tool. Fails when
  /// the name is taken, the tool or version does not exist, or there is no such snapshot.
  public static func create(
    name: String, toolID: String, toolVersion: String?, purpose: RoundPurpose, training: String?,
    snapshotID: Int?, auditDate: CalendarDate?, workspace: Workspace, actor: String
  ) throws -> (round: RoundRecord, snapshot: SnapshotRecord) {
    // The round is pinned to one version of its tool, so later edits never change its form.
    let tool = try ToolCatalog(workspace: workspace).entry(id: toolID, version: toolVersion)
    let snapshot = try SampleWork.snapshot(id: snapshotID, workspace: workspace)
    let round = try workspace.atomically {
      if tool.builtIn {
        _ = try workspace.installTool(
          id: tool.id, version: tool.version, title: tool.title, definition: tool.definition,
          sha256: SHA256.hash(Array(tool.definition.utf8)).hexString, actor: actor)
      }
      return try workspace.createRound(
        name: name, toolID: tool.id, toolVersion: tool.version, purpose: purpose,
        training: training, snapshotID: snapshot.id, auditDate: auditDate, actor: actor)
    }
    return (round, snapshot)
  }
}
