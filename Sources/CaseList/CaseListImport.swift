/// The result of importing case lists: one record per child, what each file was, and every
/// problem found.
///
/// When `problems` is not empty the import is invalid: `records` is empty, and a command should
/// list the problems and import nothing.
public struct CaseListImport: Sendable {
  /// The date the population is taken at.
  public var asOf: CalendarDate
  /// One record per child, sorted by identifier in byte-wise UTF-8 order; empty when there are
  /// problems.
  public var records: [CaseRecord]
  /// One summary per source, in the order the sources were given.
  public var sources: [SourceSummary]
  /// Every problem found, in source order, then line and column.
  public var problems: [CaseListProblem]

  /// Creates an import result.
  public init(
    asOf: CalendarDate, records: [CaseRecord], sources: [SourceSummary],
    problems: [CaseListProblem]
  ) {
    self.asOf = asOf
    self.records = records
    self.sources = sources
    self.problems = problems
  }

  /// Whether the import found no problems.
  public var isValid: Bool { problems.isEmpty }

  /// The number of children with something open at the as-of date.
  ///
  /// - Complexity: O(*n*).
  public var openCount: Int { records.lazy.filter(\.isOpen).count }

  /// The number of children at each stage (stages with no children are absent).
  ///
  /// - Complexity: O(*n*).
  public var countsByStage: [Stage: Int] {
    records.reduce(into: [:]) { counts, record in counts[record.stage, default: 0] += 1 }
  }

  /// The number of children with each neglect status (statuses with no children are absent).
  ///
  /// - Complexity: O(*n*).
  public var countsByNeglectStatus: [NeglectStatus: Int] {
    records.reduce(into: [:]) { counts, record in counts[record.neglectStatus, default: 0] += 1 }
  }
}
