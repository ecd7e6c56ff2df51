internal import CaseList

/// How a command lists case-list problems: grouped by kind and column (the default), or every
/// one with its place.
enum ProblemListing: String, CaseIterable {
  /// One line per kind of problem and column: its count and first lines.
  case grouped
  /// Every problem as `file:line:column: message`.
  case all

  /// The listing `--problems` asks for.
  static func parse(_ arguments: ParsedArguments) throws -> ProblemListing {
    try arguments.choice("problems", as: ProblemListing.self) ?? .grouped
  }

  /// The lines that list `problems`.
  func lines(_ problems: [CaseListProblem]) -> [String] {
    switch self {
    case .grouped: CaseListProblemGroup.groups(problems).map(\.description)
    case .all:
      problems.filter { !$0.isWarning }.map(\.description)
        + problems.filter(\.isWarning).map(\.description)
    }
  }
}

/// A case-list problem as `--json` gives it: every problem, typed.
struct ProblemOutput: Encodable {
  let file: String
  let line: Int
  let column: Int
  let severity: String
  let kind: String
  let message: String
  let detail: String?

  init(_ problem: CaseListProblem) {
    file = problem.file
    line = problem.line
    column = problem.column
    severity = problem.severity.rawValue
    kind = problem.kind.rawValue
    message = problem.message
    detail = problem.detail
  }
}
