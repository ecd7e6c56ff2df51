public import Formats

/// The result of importing case lists: one record per child, what each file was, and every
/// problem found.
///
/// When `errors` is not empty the import is invalid: `records` is empty, and a command should
/// list the problems and import nothing. Warnings (data-quality issues) leave the records in
/// place; a command imports them and keeps the warnings with the snapshot, unless it was asked
/// to be strict.
public struct CaseListImport: Sendable {
  /// The date the population is taken at.
  public var asOf: CalendarDate
  /// One record per child, sorted by identifier in byte-wise UTF-8 order, each built when it
  /// is read (see `CaseRecords`); empty when there are errors.
  public var records: CaseRecords {
    didSet { counts = Counts(records) }
  }
  /// One summary per source, in the order the sources were given.
  public var sources: [SourceSummary]
  /// Every problem found, errors and warnings, in source order, then line and column.
  public var problems: [CaseListProblem]
  private var counts: Counts

  /// The counts a summary prints, computed in one pass when the records are set.
  private struct Counts: Sendable {
    var open = 0
    var byStage: [Stage: Int] = [:]
    var byNeglectStatus: [NeglectStatus: Int] = [:]

    init(_ records: CaseRecords) {
      var stages = [Int](repeating: 0, count: Stage.allCases.count)
      var statuses = [Int](repeating: 0, count: NeglectStatus.allCases.count)
      let stageIndex = Dictionary(
        uniqueKeysWithValues: Stage.allCases.enumerated().map { ($1, $0) })
      let statusIndex = Dictionary(
        uniqueKeysWithValues: NeglectStatus.allCases.enumerated().map { ($1, $0) })
      for position in records.indices {
        let (stage, neglect) = records.classification(at: position)
        stages[stageIndex[stage] ?? 0] += 1
        statuses[statusIndex[neglect] ?? 0] += 1
      }
      for (index, stage) in Stage.allCases.enumerated() where stages[index] > 0 {
        byStage[stage] = stages[index]
      }
      for (index, status) in NeglectStatus.allCases.enumerated() where statuses[index] > 0 {
        byNeglectStatus[status] = statuses[index]
      }
      open = records.count - (byStage[.closed] ?? 0)
    }
  }

  /// Creates an import result.
  public init(
    asOf: CalendarDate, records: CaseRecords, sources: [SourceSummary],
    problems: [CaseListProblem]
  ) {
    self.asOf = asOf
    self.records = records
    self.sources = sources
    self.problems = problems
    counts = Counts(records)
  }

  /// The problems that refuse the import.
  public var errors: [CaseListProblem] { problems.filter { !$0.isWarning } }

  /// The data-quality warnings.
  public var warnings: [CaseListProblem] { problems.filter(\.isWarning) }

  /// Whether the import found no errors (warnings allowed).
  public var isValid: Bool { !problems.contains { !$0.isWarning } }

  /// The number of children with something open at the as-of date.
  public var openCount: Int { counts.open }

  /// The number of children at each stage (stages with no children are absent).
  public var countsByStage: [Stage: Int] { counts.byStage }

  /// The number of children with each neglect status (statuses with no children are absent).
  public var countsByNeglectStatus: [NeglectStatus: Int] { counts.byNeglectStatus }
}
