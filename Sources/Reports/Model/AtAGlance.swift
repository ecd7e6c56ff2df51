import Findings
import Statistics

/// The report's first two pages in plain words: the overall judgement now and at the previous
/// round, the confirmed changes, where practice most often fell short, and what the round
/// cannot show — no statistic a board member would need a glossary for.
struct AtAGlance {
  /// The overall judgement now, in words.
  var overallNow: String?
  /// The overall judgement at the previous round, in words.
  var overallBefore: String?
  /// The overall judgement's before/after comparison, for the chart.
  var overallComparison: QuestionComparison?
  /// One sentence per confirmed change, or one saying there was none.
  var changes: [String] = []
  /// The criteria most often below the standard, one sentence each.
  var shortfalls: [String] = []
  /// What the round cannot show.
  var cannotShow: [String] = []

  /// How many criteria most below the standard are listed.
  static let shortfallCount = 4
  /// How many confirmed changes are listed by name.
  static let changeCount = 5

  init(_ model: ReportModel) {
    let input = model.input
    let findings = input.findings
    let comparison = input.comparison
    if let overall = findings.overall {
      overallNow =
        "Practice was judged acceptable overall in "
        + ReportNumbers.plainPhrase(overall.acceptable) + "."
      if let compared = comparison?.questions.first(where: { $0.id == overall.questionID }),
        compared.before.n > 0
      {
        overallComparison = compared
        overallBefore =
          "At the previous round (“\(comparison?.before.round ?? "")”): "
          + ReportNumbers.plainPhrase(compared.before) + ". "
          + Self.changeWords(compared)
      }
    }
    if let comparison {
      let confirmed = comparison.questions.filter { $0.verdict.isConfirmed }
      for question in confirmed.prefix(Self.changeCount) {
        changes.append("“\(question.text)”: " + Self.changeWords(question))
      }
      if confirmed.count > Self.changeCount {
        changes.append(
          "And \(confirmed.count - Self.changeCount) more, listed in “Before and after”.")
      }
      let possible = comparison.questions.filter { $0.verdict == .possibleChange }
      if confirmed.isEmpty {
        changes.append(
          "No criterion changed clearly enough to be sure it was more than chance"
            + (possible.isEmpty
              ? "."
              : "; \(Self.count(possible.count, "criterion", "criteria")) "
                + "\(possible.count == 1 ? "shows" : "show") a possible change worth looking at "
                + "again next round: "
                + possible.prefix(3).map { "“\($0.text)”" }.joined(
                  separator: ", ") + (possible.count > 3 ? " and others." : ".")))
      }
    }
    for finding in findings.keyFindings.filter({ $0.kind == .weakestCriterion }).prefix(
      Self.shortfallCount)
    {
      shortfalls.append(
        "“\(model.questionText(finding.id))” — below the standard in "
          + ReportNumbers.plainPhrase(finding.finding) + ".")
    }
    cannotShow = Self.limits(model)
  }

  /// "Up from 43% to 68% of cases — a rise of 25 points; the true change is likely between 3
  /// and 44 points", with what the verdict allows.
  static func changeWords(_ question: QuestionComparison) -> String {
    guard let before = question.before.proportion, let after = question.after.proportion,
      let difference = question.difference
    else { return "It applied to no sampled case in one of the rounds." }
    let size = ReportNumbers.whole(abs(difference))
    var text =
      size == 0
      ? "Unchanged at \(ReportNumbers.percent(after)) of cases"
      : "\(difference > 0 ? "Up" : "Down") from \(ReportNumbers.percent(before)) to "
        + "\(ReportNumbers.percent(after)) of cases"
    if let interval = question.interval {
      text +=
        "; the true change is likely between \(Self.points(interval.lower)) and "
        + "\(Self.points(interval.upper))"
    }
    switch question.verdict {
    case .improved: text += ": a confirmed improvement."
    case .worsened: text += ": a confirmed worsening."
    case .possibleChange: text += ": possibly a change, but not clear enough to be sure."
    case .noClearChange: text += ": no clear change."
    }
    return text
  }

  private static func points(_ difference: Double) -> String {
    let value = ReportNumbers.whole(difference)
    let unit = abs(value) == 1 ? "point" : "points"
    if value > 0 { return "a rise of \(value) \(unit)" }
    if value < 0 { return "a fall of \(-value) \(unit)" }
    return "no change"
  }

  private static func count(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }

  /// What the round cannot show, in plain words.
  static func limits(_ model: ReportModel) -> [String] {
    let input = model.input
    var limits: [String] = []
    let cases = input.findings.cases
    if cases > 0 {
      // The widest 95% interval a share can have at n cases is about ±1.96·√(0.25/n).
      let margin = Int((1.96 * (0.25 / Double(cases)).squareRoot() * 100).rounded())
      limits.append(
        "With \(count(cases, "case", "cases")), a share is known to within about ±\(margin) "
          + "points at most; smaller differences cannot be told apart from chance.")
    }
    if input.findings.indicativeOnly {
      limits.append("The round rests on fewer than 10 cases: every figure is an indication only.")
    }
    if let agreement = input.agreement, agreement.smallSample {
      limits.append(
        "Only \(count(agreement.cases, "case was", "cases were")) audited by two auditors: too "
          + "few to say reliably how consistently auditors grade.")
    }
    if let comparison = input.comparison {
      limits.append(
        "A change between the rounds may come from the training or from anything else that "
          + "changed; the rounds alone cannot tell which.")
      for warning in comparison.warnings where warning.severity == .limitation {
        limits.append(warning.message)
      }
      if let training = comparison.trainedWorkers,
        training.questions.allSatisfy({ $0.verdict == .noClearChange && !$0.flags.isEmpty })
      {
        limits.append(
          "Too few cases or workers in the trained and untrained groups to say whether the "
            + "training itself made a difference.")
      }
    }
    return limits
  }
}
