internal import Foundation

/// The Northbridge demo as tests use it: the sample files, the rounds' names, and a fresh
/// workspace made by the built `caseaudit demo`.
public enum DemoWorkspace {
  /// `Samples/northbridge` in this checkout.
  public static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples/northbridge").path
  /// The baseline round.
  public static let baseline = "Neglect thematic audit — baseline, October 2026"
  /// The follow-up round, after the training.
  public static let followUp = "Neglect thematic audit — follow-up, March 2027"
  /// The course the two rounds evaluate.
  public static let course = "Neglect: seeing the child, measuring change"

  /// `caseaudit demo` failed; `stderr` says why.
  public struct Failed: Error, CustomStringConvertible {
    /// What the demo printed on standard error.
    public let stderr: String

    public var description: String { "caseaudit demo failed: \(stderr)" }
  }

  /// A fresh demo workspace: the folder holding it (kept alive as long as the value is) and
  /// the workspace file's path.
  public static func make() throws -> (directory: TemporaryDirectory, path: String) {
    let directory = try TemporaryDirectory()
    let out = directory.file("demo")
    let run = try CommandRunner.run(["demo", "--out", out, "--samples", samples])
    guard run.exitCode == 0 else { throw Failed(stderr: run.stderr) }
    return (directory, out + "/caseaudit.db")
  }
}
