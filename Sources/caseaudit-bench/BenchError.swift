/// Why a benchmark stopped: a bad command line, a file it could not use, or a result that does
/// not add up.
enum BenchError: Error, CustomStringConvertible {
  /// The command line was not understood.
  case usage(String)
  /// A file could not be read, written or run.
  case file(path: String, reason: String)
  /// A step gave something other than what the benchmark needs.
  case inconsistent(String)

  var description: String {
    switch self {
    case .usage(let message): "\(message) (run caseaudit-bench without arguments for its usage)"
    case .file(let path, let reason): "\(path): \(reason)"
    case .inconsistent(let message): "inconsistent output: \(message)"
    }
  }
}
