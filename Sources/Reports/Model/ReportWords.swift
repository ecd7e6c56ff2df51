import Findings

/// Words for the codes a report shows.
enum ReportWords {
  /// A round purpose in words.
  static func purpose(_ code: String) -> String {
    switch code {
    case "routine": "Routine audit"
    case "baseline": "Baseline (before an intervention)"
    case "postTraining": "Follow-up after training"
    case "calibration": "Calibration exercise"
    default: humanise(code)
    }
  }

  /// A camel-case code as words: `socialCare` → "Social care".
  static func humanise(_ code: String) -> String {
    var words = ""
    for character in code {
      if character.isUppercase, !words.isEmpty, words.last != " " {
        words += " " + character.lowercased()
      } else if character == "_" || character == "-" && words.last?.isLetter == true {
        words += " "
      } else {
        words.append(character)
      }
    }
    guard let first = words.first else { return code }
    return first.uppercased() + words.dropFirst()
  }

  /// A breakdown dimension in words.
  static func dimension(_ dimension: BreakdownDimension) -> String {
    switch dimension {
    case .stage: "stage"
    case .team: "team"
    case .auditorAgency: "auditor's agency"
    case .ageBand: "age band"
    case .neglectType: "type of neglect"
    case .longTerm: "long-term work"
    }
  }

  /// Why a figure is withheld, in words.
  static func suppression(_ reason: SuppressionReason?, minimum: Int) -> String {
    switch reason {
    case .complementary?: "suppressed (to protect a small cell)"
    case .belowMinimum?, nil: "suppressed (fewer than \(minimum) cases)"
    }
  }

  /// Why a figure is withheld when the minimum cell size is not at hand.
  static func withheld(_ reason: SuppressionReason?) -> String {
    reason == .complementary
      ? "suppressed (to protect a small cell)" : "suppressed (too few cases)"
  }

  /// Why a criterion could not be compared, in words.
  static func unmatched(_ reason: UnmatchedQuestion.Reason) -> String {
    switch reason {
    case .onlyBefore: "only in the earlier round's tool"
    case .onlyAfter: "only in the later round's tool"
    case .scaleChanged: "its scale changed between the rounds"
    }
  }

  /// A training effect's verdict with its flags: "Improved — fewer than 10 cases in every
  /// group".
  static func trainingVerdict(_ effect: TrainingEffect) -> String {
    // A group under 10 cases gives counts only: no difference and no verdict; a group from
    // under 5 workers, no verdict.
    let countsOnly = effect.flags.contains { $0.flag != .fewWorkers }
    var text =
      countsOnly
      ? "Counts only" : effect.flags.isEmpty ? verdict(effect.verdict) : "No change claimed"
    for flag in TrainingEffect.Flag.allCases {
      let groups = effect.flags.filter { $0.flag == flag }.map(\.group)
      guard !groups.isEmpty else { continue }
      let lead =
        switch flag {
        case .emptyCell: "no cases"
        case .smallCell: "fewer than 10 cases"
        case .fewWorkers: "fewer than 5 workers"
        }
      text +=
        groups.count == 4
        ? " — \(lead) in every group"
        : " — \(lead): " + groups.map(group).joined(separator: ", ")
    }
    return text
  }

  /// A stratum key in words.
  ///
  /// "stage=lookedAfter|longTerm=true" → "Looked after, open long term"; "all" → "All
  /// eligible cases". Keys join `dimension=value` pairs with `|` (see Sampling's
  /// StratumCoder), with `%25`, `%7C` and `%3D` escapes in team names.
  static func stratum(_ key: String) -> String {
    guard key != "all" else { return "All eligible cases" }
    let parts = key.split(separator: "|").map { pair -> String in
      let sides = pair.split(separator: "=", maxSplits: 1).map(String.init)
      guard sides.count == 2 else { return humanise(String(pair)) }
      let value = sides[1].replacing("%7C", with: "|").replacing("%3D", with: "=")
        .replacing("%25", with: "%")
      switch sides[0] {
      case "longTerm": return value == "true" ? "open long term" : "not long term"
      case "team": return "team \(value)"
      default: return humanise(value)
      }
    }
    let text = parts.joined(separator: ", ")
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  /// A file's name without its folders.
  ///
  /// A board paper must not carry the user's home folder: "/home/lee/exports/list6.csv" →
  /// "list6.csv"; the SHA-256 beside it is the provenance.
  static func fileName(_ path: String) -> String {
    String(path.split { $0 == "/" || $0 == "\\" }.last ?? Substring(path))
  }

  /// Auditors per case in words: "1, and 2 for the 20% of cases audited blind by more than
  /// one".
  static func auditorsPerCase(_ allocation: ReportMethods.Allocation) -> String {
    guard allocation.doubleFraction > 0 else { return "\(allocation.raters)" }
    return "\(allocation.raters), and \(allocation.raters + 1) for the "
      + "\(ReportNumbers.percent(allocation.doubleFraction)) of cases audited blind by more than one"
  }

  /// A verdict in words, capitalised.
  static func verdict(_ verdict: ComparisonVerdict) -> String {
    switch verdict {
    case .improved: "Improved"
    case .worsened: "Worsened"
    case .possibleChange: "Possible change, not confirmed"
    case .noClearChange: "No clear change"
    }
  }

  /// Whose answers the findings rest on, in words.
  static func source(_ source: FindingSource) -> String {
    switch source {
    case .moderated: "moderated (agreed) answers for every case"
    case .primary: "each case's first allocated auditor's submitted answers"
    case .mixed: "moderated answers where a case was moderated, otherwise the first auditor's"
    case .none: "no usable answers"
    }
  }

  /// A key-finding list's heading.
  static func kind(_ kind: KeyFinding.Kind) -> String {
    switch kind {
    case .weakestCriterion: "Criteria most often below the standard"
    case .strongestCriterion: "Criteria most often meeting the standard"
    case .weakestTheme: "Themes with most cases below the standard"
    case .strongestTheme: "Themes with most cases meeting the standard throughout"
    }
  }

  /// An agreement measure's field name in words.
  static func measureName(_ field: String) -> String {
    switch field {
    case "exactAgreement": "Exact agreement"
    case "withinOne": "Agreement within one level"
    case "cohenKappa": "Cohen's kappa"
    case "weightedKappa": "Weighted kappa"
    case "fleissKappa": "Fleiss' kappa"
    case "alpha": "Krippendorff's alpha"
    default: humanise(field)
    }
  }

  /// A training-effect group in words.
  static func group(_ code: String) -> String {
    switch code {
    case "trainedBefore": "trained workers, before"
    case "trainedAfter": "trained workers, after"
    case "untrainedBefore": "untrained workers, before"
    case "untrainedAfter": "untrained workers, after"
    default: humanise(code)
    }
  }

  /// A grade question's counts in words.
  ///
  /// "Good 24; Inadequate 2", or "Applied to no sampled case" when no case was asked it.
  static func grades(_ question: QuestionFinding) -> String {
    guard question.applicable > 0 else { return "Applied to no sampled case" }
    return question.distribution.map { "\($0.label) \($0.count)" }.joined(separator: "; ")
  }

  /// A multi-choice or choice question's counts in words: "Physical 5, Emotional 3".
  static func choices(_ question: QuestionFinding) -> String {
    let parts = question.distribution.map { "\($0.label) \($0.count)" }
    return parts.isEmpty ? "no answers" : parts.joined(separator: ", ")
  }

  /// A number question's summary in words.
  static func numbers(_ question: QuestionFinding) -> String {
    guard let numbers = question.numbers else { return "no answers" }
    return "n = \(numbers.n); mean \(ReportNumbers.decimal(numbers.mean, places: 1)), median "
      + "\(ReportNumbers.decimal(numbers.median, places: 1)), range "
      + "\(ReportNumbers.decimal(numbers.min, places: 1))–"
      + "\(ReportNumbers.decimal(numbers.max, places: 1))"
  }

  /// The statistical methods and their references, for the methods appendix.
  static let methods: [(method: String, reference: String)] = [
    (
      "Proportions are given with Wilson score 95% intervals.",
      "Wilson EB (1927) Probable inference, the law of succession, and statistical inference. "
        + "JASA 22:209–212; Newcombe RG (1998) Two-sided confidence intervals for the single "
        + "proportion. Statistics in Medicine 17:857–872 (method 3)."
    ),
    (
      "Differences between two rounds' proportions use Newcombe's hybrid score interval.",
      "Newcombe RG (1998) Interval estimation for the difference between independent "
        + "proportions. Statistics in Medicine 17:873–890 (method 10)."
    ),
    (
      "Changes in acceptable proportions are tested with Fisher's exact test, two-sided.",
      "Fisher RA (1935) The logic of inductive inference. JRSS 98:39–82."
    ),
    (
      "Shifts in the whole grade distribution are tested with the Mann–Whitney U test, "
        + "tie-corrected, with Cliff's delta as the effect size.",
      "Mann HB, Whitney DR (1947) Annals of Mathematical Statistics 18:50–60; Cliff N (1993) "
        + "Dominance statistics. Psychological Bulletin 114:494–509."
    ),
    (
      "p-values across criteria are adjusted for multiple comparisons by Holm's method.",
      "Holm S (1979) A simple sequentially rejective multiple test procedure. Scandinavian "
        + "Journal of Statistics 6:65–70."
    ),
    (
      "Case mix (stage) between rounds is compared with Pearson's chi-square test.",
      "Pearson K (1900) Philosophical Magazine 50:157–175."
    ),
    (
      "Agreement between two auditors: Cohen's kappa, unweighted and with quadratic weights.",
      "Cohen J (1960) Educational and Psychological Measurement 20:37–46; Cohen J (1968) "
        + "Psychological Bulletin 70:213–220."
    ),
    (
      "Agreement among any number of auditors: Fleiss' kappa and Krippendorff's alpha.",
      "Fleiss JL (1971) Psychological Bulletin 76:378–382; Krippendorff K (2011) Computing "
        + "Krippendorff's alpha-reliability. University of Pennsylvania."
    ),
    (
      "The training effect is a difference-in-differences with a MOVER interval over the four "
        + "Wilson intervals.",
      "Zou GY, Donner A (2008) Construction of confidence limits about effect measures: a "
        + "general approach. Statistics in Medicine 27:1693–1716."
    ),
  ]

  /// The standing caveats on reading the figures.
  static let readingNotes = [
    "Every percentage is shown with its count, denominator and 95% interval.",
    "Figures resting on fewer than 10 cases are marked “indicative only”.",
    "A change is called an improvement or a worsening only when it is confirmed: its 95% "
      + "interval excludes zero and it survives the adjustment for the number of criteria "
      + "compared.",
  ]

  /// The technical appendix's glossary: each term the detailed tables use, in plain words.
  static let glossary: [(String, String)] = [
    (
      "95% CI (confidence interval)",
      "The range the true figure for all cases most likely lies in, given that only a sample "
        + "was audited: it comes out right 95 times in 100 (Wilson's method for a share)."
    ),
    ("pp (percentage points)", "The gap between two percentages: 40% to 55% is 15 points."),
    (
      "Newcombe interval",
      "The 95% range for the change between two rounds' shares (Newcombe's hybrid score method)."
    ),
    (
      "Fisher p",
      "How often a change at least this large would appear by chance alone if nothing had "
        + "changed; below 0.05 is the usual line."
    ),
    (
      "Holm p",
      "The Fisher p adjusted for comparing many criteria at once (Holm's method): with 30 "
        + "criteria, one or two will look changed by chance; a confirmed change needs this "
        + "below 0.05."
    ),
    (
      "Mann–Whitney p",
      "A second test of change that uses every grade level, not just acceptable or not."
    ),
    (
      "Cliff’s δ",
      "How often a case from the later round was graded better than one from the earlier, "
        + "minus the reverse: from −1 to +1, 0 meaning no shift."
    ),
    (
      "MOVER",
      "The method that combines the four groups' ranges into a range for the difference in "
        + "differences (trained against untrained workers)."
    ),
    (
      "κ (kappa)",
      "Agreement between two or more auditors beyond what chance would give: 1 complete, 0 no "
        + "better than chance (Cohen's, weighted and Fleiss' versions)."
    ),
    (
      "α (Krippendorff's alpha)",
      "The same idea as kappa, for any number of auditors and with missing answers allowed."
    ),
    (
      "Bootstrap",
      "Re-drawing the audited cases (or workers) at random many times to see how much a figure "
        + "would vary: the source of the ranges for kappa, alpha and the training comparison."
    ),
  ]

  /// The summary's reading notes: the same points in the words the summary itself uses.
  static let howToReadSummary = [
    "“18% — 7 of 40 cases” means it was true in 7 of the 40 cases audited. The cases were a "
      + "random sample, so the share across all the partnership's cases is not known exactly.",
    "“The true share is likely between 9% and 32%” is the range where the share for all cases "
      + "most likely lies: it comes out right 95 times in 100. Small samples give wide ranges.",
    "A change is called an improvement or a worsening only when it is clear even after "
      + "allowing for the many criteria compared at once (comparing 30, one or two will look "
      + "changed by chance); a “possible change” is worth looking at again next round.",
    "A figure resting on fewer than 10 cases is marked as an indication only.",
  ]

  /// The "How to read these figures" box every report carries, in plain words for a board
  /// member.
  static let howToRead = [
    "“23% — 9 of 40 cases” means the thing was true in 9 of the 40 cases audited. The cases "
      + "were a random sample, so the share across all the partnership's cases is not known "
      + "exactly.",
    "The range after it — “95% CI 12–38%” — is where the true share for all cases most likely "
      + "lies: it comes out right 95 times in 100. Small samples give wide ranges; two "
      + "figures whose ranges overlap a lot may not really differ.",
    "“Indicative only” marks a figure resting on fewer than 10 cases: treat it as a pointer, "
      + "not a finding.",
    "A criterion has **improved** or **worsened** only when the whole range for the change "
      + "lies on one side of zero and the change is still clear after allowing for the many "
      + "criteria compared at once (comparing 30 criteria, one or two will look changed by "
      + "chance). A “possible change” did not pass that second test: look again next round.",
    "Agreement between auditors (kappa, alpha) runs from 0 (no better than chance) to 1 "
      + "(complete); a range is shown for each, and below 30 double-audited cases it is wide.",
  ]
}
