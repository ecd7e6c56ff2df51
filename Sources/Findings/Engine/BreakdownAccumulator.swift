import AuditForms
import CaseList

/// Tallies a round's cases per cell of one breakdown dimension.
struct BreakdownAccumulator: Sendable {
  /// One cell being tallied.
  struct Cell: Sendable {
    /// The value's code.
    let value: String
    /// The value in words.
    let label: String
    /// Sorts cells in the dimension's natural order.
    let order: (Int, String)
    /// The cell's cases.
    var tally: RoundTally
  }

  private let dimension: BreakdownDimension
  private let plan: ToolPlan
  private var cells: [Cell] = []
  private var index: [String: Int] = [:]

  /// A breakdown of a planned tool's findings by a dimension.
  init(dimension: BreakdownDimension, plan: ToolPlan) {
    self.dimension = dimension
    self.plan = plan
  }

  /// Adds the case the evaluator last evaluated to its cell or cells.
  mutating func add(_ evaluator: CaseEvaluator, record: CaseRecord, agency: String) {
    switch dimension {
    case .stage:
      add(
        evaluator, value: record.stage.rawValue, label: record.stage.label,
        order: (record.stage.intensity, ""))
    case .team:
      let team = Trimming.trimmed(record.team ?? "")
      if team.isEmpty {
        add(evaluator, value: "unknown", label: "No team recorded", order: (1, ""))
      } else {
        add(evaluator, value: team, label: team, order: (0, team))
      }
    case .auditorAgency:
      let name = Trimming.trimmed(agency)
      if name.isEmpty {
        add(evaluator, value: "unknown", label: "No agency recorded", order: (1, ""))
      } else {
        add(evaluator, value: name, label: name, order: (0, name))
      }
    case .ageBand:
      let band = record.ageBand
      let order = AgeBand.allCases.firstIndex(of: band) ?? AgeBand.allCases.count
      let label = band == .unknown ? "Age not recorded" : "Aged \(band.rawValue)"
      add(evaluator, value: band.rawValue, label: label, order: (order, ""))
    case .longTerm:
      if record.isLongTerm {
        add(
          evaluator, value: "longTerm", label: "Long-term (open 12 months or more)", order: (0, ""))
      } else {
        add(evaluator, value: "notLongTerm", label: "Open under 12 months", order: (1, ""))
      }
    case .neglectType:
      addNeglectTypes(evaluator)
    }
  }

  private mutating func addNeglectTypes(_ evaluator: CaseEvaluator) {
    guard let question = plan.neglectTypeIndex.map({ plan.questions[$0] }) else { return }
    guard case .codes(var bits) = evaluator.slots[question.index] else {
      add(
        evaluator, value: "notRecorded", label: "No neglect type recorded",
        order: (NeglectType.allCases.count, ""))
      return
    }
    while bits != 0 {
      let position = bits.trailingZeroBitCount
      bits &= bits - 1
      let code = question.codes[position]
      let order = NeglectType.allCases.firstIndex { $0.rawValue == code } ?? 0
      add(
        evaluator, value: code, label: question.question.type.label(for: code) ?? code,
        order: (order, ""))
    }
  }

  private mutating func add(
    _ evaluator: CaseEvaluator, value: String, label: String, order: (Int, String)
  ) {
    if let position = index[value] {
      cells[position].tally.add(evaluator)
      return
    }
    index[value] = cells.count
    var tally = RoundTally(plan: plan)
    tally.add(evaluator)
    cells.append(Cell(value: value, label: label, order: order, tally: tally))
  }

  /// Adds the cells of another accumulator (a later chunk of cases).
  mutating func merge(_ other: BreakdownAccumulator) {
    for cell in other.cells {
      if let position = index[cell.value] {
        cells[position].tally.merge(cell.tally)
      } else {
        index[cell.value] = cells.count
        cells.append(cell)
      }
    }
  }

  /// The cells in the dimension's natural order.
  var orderedCells: [Cell] { cells.sorted { $0.order < $1.order } }

  /// The breakdown, with figures under `minimumCell` cases suppressed (see `Breakdown`).
  func breakdown(minimumCell: Int) -> Breakdown {
    let ordered = orderedCells
    let cellReasons = DisclosureControl.suppress(
      sizes: ordered.map(\.tally.cases), minimum: minimumCell)
    let grades = plan.questions.filter { $0.kind == .grade }
    var questionCells = [[QuestionCell]](repeating: [], count: ordered.count)
    for question in grades {
      let reasons = DisclosureControl.suppress(
        sizes: ordered.map { $0.tally.question(question.index).judged }, minimum: minimumCell,
        forced: cellReasons)
      for (position, cell) in ordered.enumerated() {
        let counts = cell.tally.question(question.index)
        questionCells[position].append(
          QuestionCell(
            id: question.id,
            acceptable: ProportionFinding(count: counts.acceptable, n: counts.judged),
            suppression: reasons[position]))
      }
    }
    var themeCells = [[ThemeCell]](repeating: [], count: ordered.count)
    for (theme, definition) in plan.tool.themes.enumerated() {
      let reasons = DisclosureControl.suppress(
        sizes: ordered.map { $0.tally.theme(theme).judged }, minimum: minimumCell,
        forced: cellReasons)
      for (position, cell) in ordered.enumerated() {
        let counts = cell.tally.theme(theme)
        themeCells[position].append(
          ThemeCell(
            id: definition.id,
            belowAcceptable: ProportionFinding(count: counts.below, n: counts.judged),
            suppression: reasons[position]))
      }
    }
    let breakdownCells = ordered.enumerated().map { position, cell in
      BreakdownCell(
        value: cell.value, label: cell.label, cases: cell.tally.cases,
        suppression: cellReasons[position], questions: questionCells[position],
        themes: themeCells[position])
    }
    var note: String?
    var source: String?
    if dimension == .neglectType {
      if let index = plan.neglectTypeIndex {
        source = plan.questions[index].id
      } else {
        note =
          "The tool has no multi-choice question whose options are neglect types, so cases "
          + "cannot be broken down by neglect type."
      }
    }
    return Breakdown(
      dimension: dimension, minimumCell: minimumCell, sourceQuestion: source,
      cellsOverlap: dimension == .neglectType, note: note, cells: breakdownCells)
  }
}
