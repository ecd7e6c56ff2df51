import AuditForms
import CaseList
import Statistics

/// Tallies both rounds of a comparison and assembles the result.
struct ComparisonBuilder {
  let engine: ComparisonEngine
  let earlier: ComparisonSide
  let later: ComparisonSide
  let within: BreakdownDimension?
  let minimumCell: Int
  let training: (roster: TrainingRoster, course: String)?
  /// The number of cases audited in both rounds, when the case ids are not at hand.
  let overlap: Int?

  /// Tallies both rounds.
  init(
    before: (info: RoundInfo, cases: [AuditedCase]),
    after: (info: RoundInfo, cases: [AuditedCase]), beforeTool: AuditTool, afterTool: AuditTool,
    within: BreakdownDimension?, minimumCell: Int,
    training: (roster: TrainingRoster, course: String)?
  ) {
    let beforePlan = ToolPlan(beforeTool)
    let afterPlan = afterTool == beforeTool ? beforePlan : ToolPlan(afterTool)
    engine = ComparisonEngine(before: beforePlan, after: afterPlan)
    earlier = ComparisonSide.tally(
      info: before.info, cases: before.cases, plan: beforePlan, within: within,
      roster: training?.roster, roundDate: training?.roster.beforeDate)
    later = ComparisonSide.tally(
      info: after.info, cases: after.cases, plan: afterPlan, within: within,
      roster: training?.roster, roundDate: training?.roster.afterDate)
    self.within = within
    self.minimumCell = minimumCell
    self.training = training
    overlap = nil
  }

  /// A builder over rounds already aggregated into findings; `overlappingCases` stands in for
  /// the case ids the findings do not carry.
  init(
    before: (info: RoundInfo, findings: RoundFindings),
    after: (info: RoundInfo, findings: RoundFindings), beforeTool: AuditTool,
    afterTool: AuditTool, overlappingCases: Int
  ) {
    let beforePlan = ToolPlan(beforeTool)
    let afterPlan = afterTool == beforeTool ? beforePlan : ToolPlan(afterTool)
    engine = ComparisonEngine(before: beforePlan, after: afterPlan)
    earlier = ComparisonSide(info: before.info, plan: beforePlan, findings: before.findings)
    later = ComparisonSide(info: after.info, plan: afterPlan, findings: after.findings)
    within = nil
    minimumCell = 0
    training = nil
    overlap = overlappingCases
  }

  /// The comparison.
  func comparison() -> RoundComparison {
    let caseMix = caseMixTest()
    return RoundComparison(
      before: earlier.summary, after: later.summary,
      questions: engine.questions(earlier.tally, later.tally),
      themes: engine.themeComparisons(earlier.tally, later.tally),
      unmatchedQuestions: engine.unmatched, caseMix: caseMix, warnings: warnings(caseMix),
      within: within, strata: strata(), trainedWorkers: trainingComparison())
  }

  private func caseMixTest() -> CaseMixTest? {
    guard let test = ChiSquare.independenceTest([earlier.stageCounts, later.stageCounts]) else {
      return nil
    }
    return CaseMixTest(
      statistic: test.statistic, degreesOfFreedom: test.degreesOfFreedom, pValue: test.pValue,
      cellsExpectedBelowFive: test.cellsExpectedBelowFive, minimumExpected: test.minimumExpected)
  }

  private func warnings(_ caseMix: CaseMixTest?) -> [ComparisonWarning] {
    var warnings: [ComparisonWarning] = []
    let first = engine.before.tool
    let second = engine.after.tool
    if first.id != second.id {
      warnings.append(
        ComparisonWarning(
          code: .differentTool,
          message:
            "The rounds used different audit tools (\(first.id) and \(second.id)); only "
            + "questions with the same id and scale are compared."))
    } else if first.version != second.version {
      warnings.append(
        ComparisonWarning(
          code: .differentToolVersion,
          message:
            "The rounds used different versions of \(first.id) (\(first.version) and "
            + "\(second.version)); questions are matched by their stable ids, but reworded "
            + "questions or guidance may be read differently."))
    }
    let descriptions = (
      Trimming.trimmed(earlier.info.sampleDescription),
      Trimming.trimmed(later.info.sampleDescription)
    )
    if descriptions.0 != descriptions.1 {
      warnings.append(
        ComparisonWarning(
          code: .differentSampling,
          message:
            "The samples were drawn differently (before: \(descriptions.0); after: "
            + "\(descriptions.1)); a difference may reflect which cases were sampled."))
    }
    if let caseMix {
      if caseMix.pValue < 0.05 {
        warnings.append(
          ComparisonWarning(
            code: .caseMixDiffers,
            message:
              "The stage mix of the cases differs between the rounds (chi-square p = "
              + "\(Self.format(caseMix.pValue))); compare within stage (--within stage) "
              + "before reading a change as a change in practice."))
      }
      if caseMix.cellsExpectedBelowFive > 0 {
        let cells =
          Plural.count(caseMix.cellsExpectedBelowFive, "cell") + " of the stage-by-round table"
        warnings.append(
          ComparisonWarning(
            code: .caseMixApproximate,
            message: caseMix.pValue < 0.05
              ? "The stage-mix test rests on small numbers (\(cells) with an expected count "
                + "below 5), so the difference it found may be overstated."
              : "The stage-mix test rests on small numbers (\(cells) with an expected count "
                + "below 5), so its p-value is approximate; it found no difference in case mix "
                + "(p = \(Self.format(caseMix.pValue)))."))
      }
    }
    warnings += Self.sizeWarnings(before: earlier.tally.cases, after: later.tally.cases)
    let overlap = self.overlap ?? earlier.caseIDs.intersection(later.caseIDs).count
    if overlap > 0 {
      warnings.append(
        ComparisonWarning(
          code: .overlappingCases,
          message:
            "\(Plural.count(overlap, "case")) \(overlap == 1 ? "was" : "were") audited in both "
            + "rounds, so the samples are not "
            + "independent as the tests assume; intervals and p-values are approximate."))
    }
    if !engine.unmatched.isEmpty {
      warnings.append(
        ComparisonWarning(
          code: .questionsNotCompared,
          message:
            "\(Plural.count(engine.unmatched.count, "grade question")) could not be compared: "
            + engine.unmatched.map { "\($0.id) (\($0.reason.rawValue))" }.joined(separator: ", ")
            + "."))
    }
    let changed = engine.themes.filter(\.changed).map { engine.after.tool.themes[$0.after].id }
    if !changed.isEmpty {
      warnings.append(
        ComparisonWarning(
          code: .themeCompositionChanged,
          message:
            "These themes are fed by different questions in the two tools: "
            + changed.joined(separator: ", ") + "."))
    }
    return warnings
  }

  /// Warnings about the number of usable cases in each round (or stratum).
  static func sizeWarnings(before: Int, after: Int) -> [ComparisonWarning] {
    if before == 0 || after == 0 {
      return [
        ComparisonWarning(
          code: .noCases,
          message:
            "No usable cases on one side (before: \(before), after: \(after)); nothing can be "
            + "compared.")
      ]
    }
    if min(before, after) < ProportionFinding.indicativeThreshold {
      return [
        ComparisonWarning(
          code: .smallSample,
          message:
            "Small samples (before: \(before) cases, after: \(after)): the comparison is "
            + "indicative only and only large changes could be detected.")
      ]
    }
    return []
  }

  /// A p-value in words: three decimals, or "< 0.001".
  static func format(_ p: Double) -> String {
    if p < 0.001 { return "< 0.001" }
    let thousandths = Int((p * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
