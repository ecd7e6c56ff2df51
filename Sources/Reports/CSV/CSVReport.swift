import Findings
import Statistics

/// Writes a report's tables as CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends,
/// and cells that begin like a formula neutralised (see `CSVWriter`).
public enum CSVReport {
  /// The summary table's columns, in order.
  public static let summaryColumns = [
    "section", "id", "label", "group", "count", "n", "percent", "ci_low", "ci_high", "value",
    "flag", "note",
  ]

  /// The responses table's columns, in order.
  public static let responseColumns = [
    "case_reference", "auditor", "agency", "status", "question_id", "value", "evidence",
  ]

  /// Every summary figure in one long table, one figure per row, so it filters and pivots in
  /// Excel.
  ///
  /// `section` says which table a row belongs to (`question`, `level`, `theme`, `overall`,
  /// `key_finding`, `breakdown_cases`, `breakdown_question`, `breakdown_theme`, `agreement`,
  /// `disagreement`, `comparison_question`, `comparison_theme`, `did`, `data_quality`);
  /// percentages and interval limits are in percent with one decimal place; `value` holds a
  /// statistic that is not a proportion (kappa, p-value, difference in percentage points).
  ///
  /// - Complexity: O(q · l + b · (q + t) + d) for q questions with l levels, b breakdown cells
  ///   over q questions and t themes, and d disagreements.
  public static func summary(_ input: ReportInput) -> [UInt8] {
    var table = SummaryTable()
    let model = ReportModel(input)
    table.findings(input.findings, model: model)
    if let breakdown = input.findings.breakdown {
      table.breakdown(breakdown, findings: input.findings)
    }
    if let agreement = input.agreement { table.agreement(agreement) }
    if let comparison = input.comparison { table.comparison(comparison) }
    table.dataQuality(input.findings.dataQuality, extra: input.dataQuality)
    var writer = CSVWriter()
    writer.append(summaryColumns)
    for row in table.rows { writer.append(row) }
    return writer.data
  }

  /// The responses in long form: one row per case, auditor and question.
  ///
  /// - Complexity: O(r) for r rows.
  public static func responses(rows: [ResponseRow]) -> [UInt8] {
    var writer = CSVWriter()
    writer.append(responseColumns)
    for row in rows {
      writer.append([
        row.caseReference, row.auditor, row.agency, row.status, row.questionID, row.value,
        row.evidence,
      ])
    }
    return writer.data
  }
}

/// Collects the summary table's rows.
private struct SummaryTable {
  var rows: [[String]] = []

  /// Appends a row; a finding fills count, n, percent and the interval.
  mutating func add(
    _ section: String, id: String, label: String, group: String = "",
    finding: ProportionFinding? = nil, count: Int? = nil, value: String = "", flag: String = "",
    note: String = ""
  ) {
    var countText = count.map(String.init) ?? ""
    var n = ""
    var percent = ""
    var low = ""
    var high = ""
    if let finding {
      countText = "\(finding.count)"
      n = "\(finding.n)"
      percent = ReportNumbers.plainPercent(finding.proportion)
      low = ReportNumbers.plainPercent(finding.interval?.lower)
      high = ReportNumbers.plainPercent(finding.interval?.upper)
    }
    var flags = flag
    if let finding, finding.isIndicativeOnly, finding.n > 0 {
      flags = flags.isEmpty ? "indicative only" : flags + "; indicative only"
    }
    rows.append([section, id, label, group, countText, n, percent, low, high, value, flags, note])
  }

  mutating func findings(_ findings: RoundFindings, model: ReportModel) {
    for question in model.gradeQuestions {
      add(
        "question", id: question.id, label: question.text, group: "acceptable",
        finding: question.acceptable, note: HTMLReportBuilder.notes(question))
      let total = question.distribution.reduce(0) { $0 + $1.count }
      for level in question.distribution {
        add(
          "level", id: question.id, label: level.label, group: level.code,
          finding: ProportionFinding(count: level.count, n: total))
      }
    }
    for question in model.otherQuestions {
      for level in question.distribution {
        add(
          "level", id: question.id, label: level.label, group: level.code, count: level.count,
          note: question.text)
      }
      if let numbers = question.numbers {
        for (name, number) in [
          ("mean", numbers.mean), ("median", numbers.median), ("min", numbers.min),
          ("max", numbers.max),
        ] {
          add(
            "number", id: question.id, label: question.text, group: name, count: numbers.n,
            value: ReportNumbers.plain(number, places: 2))
        }
      }
    }
    for theme in findings.themes {
      add(
        "theme", id: theme.id, label: theme.title, group: "below acceptable",
        finding: theme.belowAcceptable)
    }
    if let overall = findings.overall {
      add(
        "overall", id: overall.questionID, label: "Overall judgement", group: "acceptable",
        finding: overall.acceptable)
      for level in overall.levels {
        add(
          "overall", id: overall.questionID, label: level.label, group: level.code,
          finding: level.share)
      }
    }
    for key in findings.keyFindings {
      add(
        "key_finding", id: key.id, label: key.text, group: key.kind.rawValue,
        finding: key.finding, note: key.reference?.text ?? "")
    }
  }

  mutating func breakdown(_ breakdown: Breakdown, findings: RoundFindings) {
    let dimension = breakdown.dimension.rawValue
    let minimum = breakdown.minimumCell
    for cell in breakdown.cells {
      add(
        "breakdown_cases", id: cell.value, label: cell.label, group: dimension,
        count: cell.cases,
        flag: cell.suppressed ? ReportWords.suppression(cell.suppression, minimum: minimum) : "")
      for figure in cell.questions {
        add(
          "breakdown_question", id: figure.id, label: cell.label, group: dimension,
          finding: figure.acceptable,
          flag: figure.suppressed
            ? ReportWords.suppression(figure.suppression, minimum: minimum) : "")
      }
      for figure in cell.themes {
        add(
          "breakdown_theme", id: figure.id, label: cell.label, group: dimension,
          finding: figure.belowAcceptable,
          flag: figure.suppressed
            ? ReportWords.suppression(figure.suppression, minimum: minimum) : "")
      }
    }
  }

  mutating func agreement(_ agreement: AgreementReport) {
    func measures(_ id: String, _ measures: AgreementMeasures) {
      let values: [(String, Double?)] = [
        ("exactAgreement", measures.exactAgreement), ("withinOne", measures.withinOne),
        ("cohenKappa", measures.cohenKappa), ("weightedKappa", measures.weightedKappa),
        ("fleissKappa", measures.fleissKappa), ("alpha", measures.alpha),
      ]
      for (name, value) in values {
        add(
          "agreement", id: id, label: ReportWords.measureName(name), group: name,
          count: measures.units, value: value.map { ReportNumbers.plain($0, places: 3) } ?? "",
          note: value == nil ? measures.reasons[name] ?? "" : "")
      }
    }
    for scale in agreement.scales { measures("scale:" + scale.scale, scale.measures) }
    for question in agreement.questions { measures(question.id, question.measures) }
    for disagreement in agreement.disagreements {
      add(
        "disagreement", id: disagreement.questionID, label: disagreement.caseReference,
        group: "levels apart", value: "\(disagreement.spread)",
        note: disagreement.ratings.map { "\($0.auditorID): \($0.level)" }
          .joined(separator: "; "))
    }
  }

  mutating func comparison(_ comparison: RoundComparison) {
    for question in comparison.questions {
      add(
        "comparison_question", id: question.id, label: question.text, group: "before",
        finding: question.before)
      add(
        "comparison_question", id: question.id, label: question.text, group: "after",
        finding: question.after)
      difference(
        "comparison_question", id: question.id, label: question.text,
        difference: question.difference, interval: question.interval, verdict: question.verdict,
        caveat: question.caveat)
      add(
        "comparison_question", id: question.id, label: question.text, group: "fisher_p",
        value: question.fisherP.map { ReportNumbers.plain($0, places: 4) } ?? "")
      add(
        "comparison_question", id: question.id, label: question.text, group: "holm_p",
        value: question.holmP.map { ReportNumbers.plain($0, places: 4) } ?? "")
      add(
        "comparison_question", id: question.id, label: question.text, group: "mann_whitney_p",
        value: question.mannWhitneyP.map { ReportNumbers.plain($0, places: 4) } ?? "")
      add(
        "comparison_question", id: question.id, label: question.text, group: "cliffs_delta",
        value: question.cliffsDelta.map { ReportNumbers.plain($0, places: 3) } ?? "")
    }
    for theme in comparison.themes {
      add(
        "comparison_theme", id: theme.id, label: theme.title, group: "before",
        finding: theme.before)
      add(
        "comparison_theme", id: theme.id, label: theme.title, group: "after",
        finding: theme.after)
      difference(
        "comparison_theme", id: theme.id, label: theme.title, difference: theme.difference,
        interval: theme.interval, verdict: theme.verdict, caveat: theme.caveat)
    }
    for warning in comparison.warnings {
      add("comparison_warning", id: warning.code.rawValue, label: warning.message)
    }
    guard let training = comparison.trainedWorkers else { return }
    for effect in training.questions {
      let groups: [(String, ProportionFinding)] = [
        ("trainedBefore", effect.trainedBefore), ("trainedAfter", effect.trainedAfter),
        ("untrainedBefore", effect.untrainedBefore), ("untrainedAfter", effect.untrainedAfter),
      ]
      for (group, finding) in groups {
        add("did", id: effect.id, label: ReportWords.group(group), group: group, finding: finding)
      }
      difference(
        "did", id: effect.id, label: "difference in differences",
        difference: effect.differenceInDifferences, interval: effect.interval,
        verdict: effect.verdict, caveat: nil)
    }
  }

  /// A difference row: percentage points in `value`, its interval in the interval columns.
  private mutating func difference(
    _ section: String, id: String, label: String, difference: Double?,
    interval: ConfidenceInterval?, verdict: ComparisonVerdict, caveat: String?
  ) {
    rows.append([
      section, id, label, "difference_pp", "", "", "",
      ReportNumbers.plainPercent(interval?.lower), ReportNumbers.plainPercent(interval?.upper),
      ReportNumbers.plainPercent(difference), verdict.rawValue, caveat ?? "",
    ])
  }

  mutating func dataQuality(_ quality: DataQuality, extra: [String]) {
    let totals: [(String, Int)] = [
      ("sampledCases", quality.sampledCases), ("auditedCases", quality.auditedCases),
      ("noFinalResponse", quality.noFinalResponse), ("primaryNotFinal", quality.primaryNotFinal),
      ("unknownQuestionAnswers", quality.unknownQuestionAnswers),
    ]
    for (name, count) in totals {
      add("data_quality", id: "round", label: ReportWords.humanise(name), group: name, count: count)
    }
    for question in quality.questions {
      let counts: [(String, Int)] = [
        ("missing", question.missing), ("notApplicable", question.notApplicable),
        ("invalid", question.invalid), ("answeredNotAsked", question.answeredNotAsked),
        ("excluded", question.excluded),
      ]
      for (name, count) in counts where count > 0 {
        add(
          "data_quality", id: question.id, label: ReportWords.humanise(name), group: name,
          count: count)
      }
    }
    for note in extra { add("data_quality", id: "note", label: note) }
  }
}
