internal import AuditStore
internal import Foundation

/// `caseaudit backup` and `caseaudit restore`: a consistent copy of the workspace, and putting
/// one back.
enum BackupCommand {
  static let backupDefinition = CommandDefinition(
    name: "backup", abstract: "Copy the workspace to a new file, safely while others use it.",
    discussion: """
      Uses SQLite's online backup API, so the copy is consistent even while the workbench or
      another command is writing. The copy is checked (PRAGMA integrity_check) before it is
      given its name; an existing file is never overwritten. The backup is logged.
      """,
    arguments: [
      .positional("path", valueName: "path", help: "The new backup file."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let path = invocation.resolve(try invocation.arguments.required("path"))
      let workspace = try invocation.openWorkspace()
      let backup = try workspace.backup(to: path, actor: invocation.actor)
      if invocation.arguments.flag("json") {
        try JSONOutput.write(backup, to: invocation)
      } else {
        invocation.stdout.line(
          "Backed up \(workspace.path) to \(backup.path) (\(backup.pages) pages, format "
            + "\(backup.formatVersion), integrity checked).")
      }
      return ExitCode.success
    })

  static let restoreDefinition = CommandDefinition(
    name: "restore", abstract: "Put a backup back in place of the workspace.",
    discussion: """
      The backup is checked first (a workspace, of this or an earlier format, passing PRAGMA
      integrity_check), and the workspace as it is now is copied beside it
      (WORKSPACE.before-restore-TIME.db), so a restore can itself be undone. Other commands and
      the workbench see the workspace whole, before or after. The restore is logged in the
      restored workspace.
      """,
    arguments: [
      .positional("backup", valueName: "backup", help: "The backup file to restore."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let source = invocation.resolve(try invocation.arguments.required("backup"))
      let target = invocation.workspacePath
      let (restored, safety) = try Workspace.restore(
        from: source, to: target, actor: invocation.actor, now: invocation.now)
      if invocation.arguments.flag("json") {
        try JSONOutput.write(["restored": restored, "safetyCopy": safety], to: invocation)
      } else {
        invocation.stdout.line(
          "Restored \(target) from \(restored.path) (\(restored.pages) pages). The workspace as "
            + "it was is in \(safety.path).")
      }
      return ExitCode.success
    })
}
