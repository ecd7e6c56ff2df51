import Foundation

extension CommandBenchmark {
  // MARK: - Measuring and printing

  /// The best (shortest) of several runs and the largest peak memory seen; a failed run is
  /// kept as a failure.
  struct Best {
    var seconds = Double.infinity
    var peakMiB = 0.0
    var failed: Int32?
    var runs = 0

    mutating func add(_ run: ChildProcess.Measurement) {
      runs += 1
      if run.status != 0 { failed = run.status }
      seconds = min(seconds, run.seconds)
      peakMiB = max(peakMiB, run.peakMiB)
    }

    var text: String {
      if let failed { return "FAILED (exit \(failed))" }
      if runs == 0 { return "—" }
      return String(format: "%.3f s, %.0f MiB", seconds, peakMiB)
    }
  }

  struct ResultTable {
    var rows: [(label: String, ours: Best, peer: (String, Best)?, note: String?)] = []

    mutating func add(
      _ label: String, _ ours: Best, peer: (String, Best)?, skipped: String? = nil
    ) {
      rows.append((label, ours, peer, skipped))
    }

    func print() {
      Swift.print("\n| command | CaseAudit | peer, same run | CaseAudit ÷ peer |")
      Swift.print("|---|---|---|---|")
      for row in rows {
        guard let (name, peer) = row.peer else {
          Swift.print("| \(row.label) | \(row.ours.text) | \(row.note ?? "—") | — |")
          continue
        }
        var ratio = "—"
        if row.ours.failed == nil && peer.failed == nil && peer.runs > 0 {
          let times = row.ours.seconds / peer.seconds
          ratio =
            times < 1
            ? String(format: "%.2f× (the peer is %.1f× slower)", times, 1 / times)
            : String(format: "%.2f×", times)
        }
        Swift.print("| \(row.label) | \(row.ours.text) | \(name): \(peer.text) | \(ratio) |")
      }
      for row in rows {
        let key = row.label.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
          .split(separator: " ").prefix(3).joined(separator: "_")
        Swift.print(
          String(
            format: "RESULT %@ seconds=%.3f peak_mib=%.0f", key, row.ours.seconds, row.ours.peakMiB)
        )
      }
    }
  }
}
