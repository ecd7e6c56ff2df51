import CaseList
import Findings
import Formats

extension MarkdownReportBuilder {
  // MARK: - Agreement

  mutating func agreement() {
    guard let agreement = input.agreement else { return }
    writer.heading(2, "Agreement between auditors")
    writer.paragraph(
      "\(agreement.cases) cases were audited blind by two or more auditors (at most "
        + "\(agreement.raters) per case). Exact agreement is the share of auditor pairs giving "
        + "the same answer; kappa and alpha correct for agreement expected by chance (1 is "
        + "perfect, 0 no better than chance). Only auditors’ own final responses count.")
    if agreement.smallSample {
      writer.bold(
        "Small sample.",
        "Agreement rests on \(agreement.cases) double-audited cases, fewer than "
          + "\(AgreementReport.smallSampleThreshold): the intervals (95%, bootstrap over cases) "
          + "are wide, so read these figures as indicative.")
    }
    if !agreement.questions.isEmpty {
      writer.table(
        caption: "Agreement by question",
        columns: ["Question", "Cases audited twice", "Same answer", "Within one level"],
        rows: agreement.questions.map { question in
          let measures = question.measures
          return [
            model.questionText(question.id), "\(measures.units)",
            percentOrDash(measures.exactAgreement), percentOrDash(measures.withinOne),
          ]
        }, numeric: [1, 2, 3])
      writer.paragraph(
        "The chance-corrected coefficients (kappa and alpha) with their ranges are in the "
          + "technical appendix.")
    }
    var reasons: [String] = []
    for question in agreement.questions {
      for reason in ReportModel.reasons(question.measures) where !reasons.contains(reason) {
        reasons.append(reason)
      }
    }
    if !reasons.isEmpty {
      writer.paragraph("Measures shown “—” are undefined here:")
      writer.list(reasons)
    }
    writer.heading(3, "Disagreements to take to moderation")
    if agreement.disagreements.isEmpty {
      writer.paragraph("No grades were two or more levels apart.")
    } else {
      writer.table(
        caption: "Grades two or more levels apart",
        columns: ["Case", "Question", "Grades given", "Levels apart"],
        rows: agreement.disagreements.map { disagreement in
          [
            disagreement.caseReference, model.questionText(disagreement.questionID),
            disagreement.ratings.map {
              "\($0.auditorID): "
                + model.levelLabel(question: disagreement.questionID, code: $0.level)
            }.joined(separator: "; "),
            "\(disagreement.spread)",
          ]
        }, numeric: [3])
    }
    if !agreement.auditors.isEmpty {
      writer.heading(3, "Consistency with moderation")
      writer.table(
        caption: "How often each auditor’s grades differed from the moderated grades",
        columns: ["Auditor", "Agency", "Grades compared", "Differed", "Share", "95% CI"],
        rows: agreement.auditors.map { auditor in
          [
            auditor.auditorID, ReportWords.humanise(auditor.agency), "\(auditor.compared)",
            "\(auditor.differed)",
            auditor.proportion.proportion.map(ReportNumbers.percent) ?? "—",
            auditor.proportion.interval.map(ReportNumbers.interval) ?? "—",
          ]
        }, numeric: [2, 3, 4, 5])
    }
  }

  private func percentOrDash(_ value: Double?) -> String {
    value.map(ReportNumbers.percent) ?? "—"
  }

  // MARK: - Comparison

  mutating func comparison() {
    guard let comparison = input.comparison else { return }
    writer.heading(2, "Before and after")
    writer.paragraph(
      "“\(comparison.before.round)” (before) compared with “\(comparison.after.round)” (after): "
        + "the share of cases judged acceptable on each criterion in both rounds. A change is "
        + "called an improvement or a worsening only when the 95% interval for the difference "
        + "(Newcombe’s hybrid score) excludes zero and the change is still clear after allowing "
        + "for the number of criteria compared (Holm’s method).")
    for warning in comparison.warnings {
      writer.bold(warning.severity == .note ? "Note:" : "Limitation:", warning.message)
    }
    writer.table(
      caption: "The two rounds",
      columns: ["Round", "Purpose", "Tool version", "Sampled", "Audited", "Training"],
      rows: [("Before", comparison.before), ("After", comparison.after)].map { side, summary in
        [
          "\(side): \(summary.round)", ReportWords.purpose(summary.purpose),
          "\(summary.toolID) \(summary.toolVersion)", "\(summary.sampledCases)",
          "\(summary.cases)", summary.training ?? "—",
        ]
      }, numeric: [3, 4])
    if let caseMix = comparison.caseMix {
      writer.paragraph(
        "Case mix by stage: chi-square \(ReportNumbers.decimal(caseMix.statistic)) on "
          + "\(caseMix.degreesOfFreedom) degrees of freedom, p = "
          + "\(ReportNumbers.pValue(caseMix.pValue))"
          + (caseMix.cellsExpectedBelowFive > 0
            ? " (approximate: \(caseMix.cellsExpectedBelowFive) expected counts below 5)." : "."))
    }
    if !comparison.questions.isEmpty {
      writer.table(
        caption: "Share acceptable before and after, by criterion",
        columns: ["Criterion", "Before", "After", "What it shows"],
        rows: comparison.questions.map { question in
          [
            question.text, ReportNumbers.finding(question.before),
            ReportNumbers.finding(question.after),
            question.before.n == 0 && question.after.n == 0
              ? "Applied to no sampled case in either round."
              : AtAGlance.changeWords(question),
          ]
        }, numeric: [1, 2])
      writer.paragraph(
        "The tests behind each verdict (Fisher’s exact test, Holm’s adjustment, Mann–Whitney, "
          + "Cliff’s δ) are in the technical appendix.")
    }
    if !comparison.themes.isEmpty {
      writer.table(
        caption: "Share of cases acceptable throughout each theme, before and after",
        columns: ["Theme", "Before", "After", "Difference (95% CI)", "Holm p", "Verdict"],
        rows: comparison.themes.map { theme in
          [
            theme.title + (theme.compositionChanged ? " (criteria changed)" : ""),
            ReportNumbers.finding(theme.before), ReportNumbers.finding(theme.after),
            ReportNumbers.difference(theme.difference, theme.interval),
            ReportNumbers.pValue(theme.holmP),
            HTMLReportBuilder.verdictText(theme.verdict, theme.caveat, theme.indicativeOnly),
          ]
        }, numeric: [1, 2, 3, 4])
    }
    if !comparison.unmatchedQuestions.isEmpty {
      writer.paragraph("Criteria not compared:")
      writer.list(
        comparison.unmatchedQuestions.map { "\($0.id): \(ReportWords.unmatched($0.reason))" })
    }
    if let within = comparison.within, !comparison.strata.isEmpty {
      writer.heading(3, "Within each \(ReportWords.dimension(within))")
      for stratum in comparison.strata {
        guard !stratum.suppressed else {
          writer.paragraph("\(stratum.label): \(ReportWords.withheld(stratum.suppression)).")
          continue
        }
        writer.table(
          caption:
            "\(stratum.label): \(stratum.beforeCases ?? 0) cases before, "
            + "\(stratum.afterCases ?? 0) after",
          columns: ["Criterion", "Before", "After", "Difference (95% CI)", "Verdict"],
          rows: stratum.questions.map { question in
            [
              question.text, ReportNumbers.finding(question.before),
              ReportNumbers.finding(question.after),
              ReportNumbers.difference(question.difference, question.interval),
              HTMLReportBuilder.verdictText(
                question.verdict, question.caveat, question.indicativeOnly),
            ]
          }, numeric: [1, 2, 3])
      }
    }
    if let training = comparison.trainedWorkers { self.training(training) }
  }

  private mutating func training(_ training: TrainingComparison) {
    writer.heading(3, "Trained and untrained workers’ cases (difference in differences)")
    writer.paragraph(
      "“\(training.course)”: the change in trained workers’ cases minus the change in untrained "
        + "workers’ cases, between \(ReportDates.long(training.beforeDate.description)) and "
        + "\(ReportDates.long(training.afterDate.description)), with a "
        + "95% interval that resamples whole workers (one worker’s cases tend to be alike, so "
        + "cases are not independent). It assumes both groups would otherwise have changed alike, and "
        + "workers were not assigned to training at random: read it as evidence, not proof.")
    let counts = training.cases
    writer.table(
      caption: "Cases in each group", columns: ["Group", "Cases before", "Cases after", "Workers"],
      rows: [
        [
          "Trained workers", "\(counts.trainedBefore)", "\(counts.trainedAfter)",
          "\(training.clusters.trained)",
        ],
        [
          "Untrained workers", "\(counts.untrainedBefore)", "\(counts.untrainedAfter)",
          "\(training.clusters.untrained)",
        ],
      ], numeric: [1, 2, 3])
    writer.table(
      caption: "Difference in differences by criterion",
      columns: [
        "Criterion", "Trained before", "Trained after", "Untrained before", "Untrained after",
        "Difference in differences (95% CI, by worker)", "Verdict",
      ],
      rows: training.questions.map { effect in
        [
          model.questionText(effect.id), ReportNumbers.finding(effect.trainedBefore),
          ReportNumbers.finding(effect.trainedAfter), ReportNumbers.finding(effect.untrainedBefore),
          ReportNumbers.finding(effect.untrainedAfter),
          ReportNumbers.difference(effect.differenceInDifferences, effect.clusterInterval),
          ReportWords.trainingVerdict(effect),
        ]
      }, numeric: [1, 2, 3, 4, 5])
    writer.list(training.notes)
  }

  // MARK: - Evidence, methods, data quality

  mutating func evidence() {
    guard !model.quotesByTheme.isEmpty else { return }
    writer.heading(2, "Evidence by theme")
    writer.paragraph(
      "What auditors wrote, quoted under "
        + (input.identified ? "case identifiers" : "pseudonymous case references")
        + "; each quote is trimmed to 300 characters and any case identifier in it is replaced.")
    for theme in model.quotesByTheme {
      writer.heading(3, theme.title)
      for quote in theme.quotes {
        let level = model.levelLabel(question: quote.questionID, code: quote.level)
        writer.strong(model.questionText(quote.questionID))
        writer.quote(quote.text, cite: "Case \(quote.caseReference), rated “\(level)”")
      }
    }
  }

  mutating func methods() {
    let methods = input.methods
    writer.heading(2, "Methods")
    writer.heading(3, "Population")
    writer.definitions([
      ("Snapshot", methods.snapshotID), ("As at", ReportDates.long(methods.asOf)),
      ("Children in the snapshot", "\(methods.populationSize)"),
      ("Eligible after filters", "\(methods.eligible)"), ("Filters", methods.filters),
    ])
    if !methods.sources.isEmpty {
      writer.table(
        caption: "Source files and their SHA-256 fingerprints",
        columns: ["File", "SHA-256", "Rows"],
        rows: methods.sources.map { [ReportWords.fileName($0.file), $0.sha256, "\($0.rows)"] },
        numeric: [2])
    }
    writer.heading(3, "Sample")
    writer.definitions([
      ("Algorithm", methods.algorithm), ("Seed", methods.seed),
      ("Replacements", "\(methods.replacements)"),
    ])
    if !methods.strata.isEmpty {
      let eligible = methods.strata.reduce(0) { $0 + $1.eligible }
      let sampled = methods.strata.reduce(0) { $0 + $1.sampled }
      writer.table(
        caption: "Strata", columns: ["Stratum", "Eligible", "Sampled"],
        rows: methods.strata.map {
          [ReportWords.stratum($0.key), "\($0.eligible)", "\($0.sampled)"]
        } + [["All strata", "\(eligible)", "\(sampled)"]], numeric: [1, 2])
    }
    writer.bold("Verification.", methods.verification)
    if let allocation = methods.allocation {
      writer.heading(3, "Allocation to auditors")
      writer.definitions([
        ("Auditors allocated cases", "\(allocation.auditors)"),
        ("Auditors per case", ReportWords.auditorsPerCase(allocation)),
        ("Double-audited (blind)", "\(ReportNumbers.percent(allocation.doubleFraction)) of cases"),
        ("Allocation seed", allocation.seed),
      ])
    }
    writer.heading(3, "Statistical methods")
    writer.list(ReportWords.methods.map { "\($0.method) \($0.reference)" })
    writer.list(ReportWords.readingNotes)
  }

  mutating func dataQuality() {
    let quality = input.findings.dataQuality
    writer.heading(2, "Data quality")
    writer.definitions([
      ("Cases sampled", "\(quality.sampledCases)"),
      ("Cases with usable answers", "\(quality.auditedCases)"),
      ("No final response", "\(quality.noFinalResponse)"),
      ("Awaiting the first auditor", "\(quality.primaryNotFinal)"),
      ("Answers to questions the tool does not have", "\(quality.unknownQuestionAnswers)"),
    ])
    let rows = model.dataQualityRows
    if rows.isEmpty {
      writer.paragraph("Every question that applied was answered, with no N/A or unusable answers.")
    } else {
      writer.table(
        caption: "Missing, N/A and unusable answers by question",
        columns: [
          "Question", "Missing", "N/A", "Unusable", "Answered though not asked",
          "Not needed (left out)",
        ],
        rows: rows.map { row in
          [
            model.questionText(row.id), "\(row.missing)", "\(row.notApplicable)",
            "\(row.invalid)", "\(row.answeredNotAsked)", "\(row.excluded)",
          ]
        }, numeric: [1, 2, 3, 4, 5])
    }
    if !input.dataQuality.isEmpty {
      writer.heading(3, "Further notes")
      writer.list(input.dataQuality)
    }
  }

  // MARK: - Technical appendix

  /// The statistics behind the report, for the QA sub-group, with a glossary in plain words.
  mutating func technicalAppendix() {
    writer.heading(2, "Technical appendix")
    writer.heading(3, "Glossary")
    writer.definitions(ReportWords.glossary)
    if let comparison = input.comparison, !comparison.questions.isEmpty {
      writer.table(
        caption: "Before and after: the tests behind each verdict",
        columns: [
          "Criterion", "Difference (95% CI)", "Fisher p", "Holm p", "Mann–Whitney p", "Cliff’s δ",
          "Verdict",
        ],
        rows: comparison.questions.map { question in
          [
            question.text, ReportNumbers.difference(question.difference, question.interval),
            ReportNumbers.pValue(question.fisherP), ReportNumbers.pValue(question.holmP),
            ReportNumbers.pValue(question.mannWhitneyP),
            ReportNumbers.decimal(question.cliffsDelta),
            HTMLReportBuilder.verdictSentence(question, in: comparison),
          ]
        }, numeric: [1, 2, 3, 4, 5])
    }
    if let agreement = input.agreement, !agreement.questions.isEmpty {
      writer.table(
        caption: "Agreement: the chance-corrected coefficients",
        columns: [
          "Question", "Cases", "Cohen κ (95% CI)", "Weighted κ", "Fleiss κ", "α (95% CI)",
        ],
        rows: agreement.questions.map { question in
          let measures = question.measures
          return [
            model.questionText(question.id), "\(measures.units)",
            ReportNumbers.coefficient(
              measures.cohenKappa, interval: measures.intervals["cohenKappa"]),
            ReportNumbers.coefficient(
              measures.weightedKappa, interval: measures.intervals["weightedKappa"]),
            ReportNumbers.coefficient(
              measures.fleissKappa, interval: measures.intervals["fleissKappa"]),
            ReportNumbers.coefficient(measures.alpha, interval: measures.intervals["alpha"]),
          ]
        }, numeric: [1, 2, 3, 4, 5])
    }
  }
}
