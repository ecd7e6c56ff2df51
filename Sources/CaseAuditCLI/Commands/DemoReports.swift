internal import Foundation

/// Writes the demo's reports from its workspace, through the reporting commands.
enum DemoReports {
  /// Writes `report.html`, `report.md`, `findings.csv` (+ `findings-responses.csv`) and
  /// `comparison.json`, and returns (label, path) pairs for the summary.
  static func write(
    manifest: DemoCommand.Manifest, workspace: String, out: String, step: DemoCommand.Stepper
  ) throws -> [(String, String)] {
    guard let baseline = manifest.rounds.first, let followUp = manifest.rounds.last else {
      return []
    }
    let ws = ["--workspace", workspace]
    var report = [
      "report", "--round", followUp.name, "--partnership", manifest.partnership, "--by", "stage",
    ]
    if manifest.rounds.count > 1 {
      report += ["--compare-with", baseline.name]
      if let course = baseline.training { report += ["--trained-workers", course] }
    }
    let outputs = [
      ("HTML report", "html", out + "/report.html"),
      ("Markdown report", "md", out + "/report.md"),
      ("findings (CSV)", "csv", out + "/findings.csv"),
    ]
    for (_, format, path) in outputs {
      try step.run(report + ["--format", format, "--out", path] + ws)
    }
    var compare = ["compare", "--before", baseline.name, "--after", followUp.name, "--json"]
    if let course = baseline.training { compare += ["--trained-workers", course] }
    let comparison = try step.run(compare + ws)
    let comparisonPath = out + "/comparison.json"
    try Data(comparison.utf8).write(to: URL(fileURLWithPath: comparisonPath), options: .atomic)
    return outputs.map { ($0.0, $0.2) } + [
      ("answers (CSV)", out + "/findings-responses.csv"), ("comparison (JSON)", comparisonPath),
    ]
  }
}
