import CaseList
import Findings
import Statistics

extension HTMLReportBuilder {
  // MARK: - Technical appendix

  /// The statistics behind the report, for the QA sub-group, with a glossary in plain words.
  mutating func technicalAppendix() {
    writer.raw("<section id=\"technical\" aria-labelledby=\"technical-h\">\n")
    writer.element("h2", "Technical appendix", attributes: "id=\"technical-h\"")
    writer.element("h3", "Glossary")
    writer.definitions(ReportWords.glossary, className: "glossary")
    if let comparison = input.comparison, !comparison.questions.isEmpty {
      writer.table(
        caption: "Before and after: the tests behind each verdict",
        columns: [
          "Criterion", "Difference (95% CI)", "Fisher p", "Holm p", "Mann–Whitney p", "Cliff’s δ",
          "Verdict",
        ],
        rows: comparison.questions.map { question in
          [
            .text(question.text),
            .number(ReportNumbers.difference(question.difference, question.interval)),
            .number(ReportNumbers.pValue(question.fisherP)),
            .number(ReportNumbers.pValue(question.holmP)),
            .number(ReportNumbers.pValue(question.mannWhitneyP)),
            .number(ReportNumbers.decimal(question.cliffsDelta)),
            .text(Self.verdictSentence(question, in: comparison)),
          ]
        })
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
            .text(model.questionText(question.id)), .number("\(measures.units)"),
            .number(
              ReportNumbers.coefficient(
                measures.cohenKappa, interval: measures.intervals["cohenKappa"])),
            .number(
              ReportNumbers.coefficient(
                measures.weightedKappa, interval: measures.intervals["weightedKappa"])),
            .number(
              ReportNumbers.coefficient(
                measures.fleissKappa, interval: measures.intervals["fleissKappa"])),
            .number(
              ReportNumbers.coefficient(measures.alpha, interval: measures.intervals["alpha"])),
          ]
        })
    }
    writer.raw("</section>\n")
  }
}
