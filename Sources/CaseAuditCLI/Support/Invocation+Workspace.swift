internal import AuditStore

extension Invocation {
  /// Opens the workspace the arguments and environment name.
  ///
  /// A missing, foreign or newer workspace throws a ``WorkspaceError``, which the entry point
  /// reports as `Error: …` with exit 1.
  func openWorkspace() throws -> Workspace {
    try Workspace.open(at: workspacePath, actor: actor, now: now)
  }
}
