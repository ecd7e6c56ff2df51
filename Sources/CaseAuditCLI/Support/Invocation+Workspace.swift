internal import AuditStore

extension Invocation {
  /// Opens the workspace the arguments and environment name, as a command failure if it can't.
  func openWorkspace() throws -> Workspace {
    do {
      return try Workspace.open(at: workspacePath, actor: actor, now: now)
    } catch let error as WorkspaceError {
      throw CommandFailure.failed(error.description)
    }
  }
}
