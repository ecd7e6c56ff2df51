/// Writes the demo's reports from its workspace, through the reporting commands.
enum DemoReports {
  /// Writes the reports and returns (label, path) pairs for the summary.
  static func write(
    manifest: DemoCommand.Manifest, workspace: String, out: String, step: DemoCommand.Stepper
  ) throws -> [(String, String)] {
    []
  }
}
