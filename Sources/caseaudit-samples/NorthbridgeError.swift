/// Why the Northbridge generator stopped: its output would not be what the demo replays.
///
/// The generator checks its own output and stops loudly rather than write samples the demo
/// cannot reproduce. Messages name files, rows and question ids, and never repeat evidence.
enum NorthbridgeError: Error, CustomStringConvertible {
  /// A name cannot be written in Windows-1252 (the scalar, as `U+…`).
  case encoding(String)
  /// The case lists do not import cleanly: every problem, as `file:line:column: message`.
  case importProblems([String])
  /// The sample, the allocation or the files disagree with what the library computes.
  case inconsistent(String)
  /// Answers fail validation for their case: `round case auditor: problem` lines.
  case invalidAnswers([String])
  /// The command line was not understood.
  case usage(String)
  /// A file could not be read or written.
  case file(path: String, reason: String)

  var description: String {
    switch self {
    case .encoding(let scalar):
      return "list 8 cannot be written in Windows-1252: \(scalar) has no byte there"
    case .importProblems(let problems):
      return "the generated case lists do not import cleanly (\(problems.count) problem(s)):\n"
        + problems.prefix(20).joined(separator: "\n")
    case .inconsistent(let message):
      return "inconsistent output: \(message)"
    case .invalidAnswers(let problems):
      return "generated answers are not valid (\(problems.count) problem(s)):\n"
        + problems.prefix(20).joined(separator: "\n")
    case .usage(let message):
      return "\(message)\nusage: caseaudit-samples [--out DIR] [--seed N]"
    case .file(let path, let reason):
      return "\(path): \(reason)"
    }
  }
}
