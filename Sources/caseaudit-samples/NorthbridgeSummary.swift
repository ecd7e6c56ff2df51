import AuditForms
import CaseList
import Foundation
import Sampling
import Statistics

/// The calibration summary printed after generating and copied into the samples' README:
/// the population's shape, each key criterion's figure in both rounds, the split by trained
/// workers (difference in differences), and agreement on the double-audited cases.
///
/// Figures use the answers the findings use: a case's moderation where there is one, else its
/// first allocated auditor's (issue 5, §1). They are descriptive; the demo's own `findings` and
/// `compare` add the intervals and tests.
struct NorthbridgeSummary {
  /// The summary as Markdown.
  let text: String

  /// A criterion as the summary reports it.
  private struct Criterion {
    /// The question id.
    let id: String
    /// What the share counts.
    let label: String
    /// The answer codes counted; `nil` for the scale's acceptable levels.
    var codes: Set<String>?
    /// Whether the course worked on it.
    var focus = false
  }

  private static let criteria: [Criterion] = [
    Criterion(id: "assess.familyHistory", label: "Family history good or better", focus: true),
    Criterion(id: "assess.chronology", label: "Chronology: yes", focus: true),
    Criterion(id: "assess.impact", label: "Impact on the child good or better", focus: true),
    Criterion(id: "assess.voice", label: "Child's voice good or better", focus: true),
    Criterion(id: "assess.childFocus", label: "Child focus good or better"),
    Criterion(id: "referral.quality", label: "Referral quality good or better"),
    Criterion(id: "plan.quality", label: "Plan quality good or better (CIN, CP)"),
    Criterion(id: "change.measured", label: "Change measured good or better"),
    Criterion(
      id: "drift.present", label: "Drift or delay found (long-term cases)",
      codes: ["past", "current"]),
    Criterion(
      id: "drift.careProceedings", label: "Missed chance of care proceedings (long-term)",
      codes: ["yes"]),
    Criterion(id: "drift.timely", label: "Right action at the right time, good or better"),
    Criterion(id: "oversight.management", label: "Management oversight good or better"),
    Criterion(id: "oversight.supervision", label: "Reflective supervision: yes"),
    Criterion(id: "multi.informationSharing", label: "Information sharing: yes"),
    Criterion(id: "multi.interventions", label: "Interventions good or better"),
    Criterion(
      id: "challenge.professional", label: "Professional challenge effective or not needed"),
    Criterion(id: "outcome.progress", label: "Progress positive", codes: ["positive"]),
    Criterion(id: "outcome.progress", label: "Progress partial", codes: ["partial"]),
    Criterion(id: "outcome.progress", label: "Progress none", codes: ["none"]),
    Criterion(id: "overall.judgement", label: "Overall judgement good or better"),
  ]

  /// Summarises the generated partnership.
  init(population: [CaseRecord], rounds: [NorthbridgeRound], tool: AuditTool, lists: [[UInt8]]) {
    var lines = ["### Population", ""]
    lines += Self.population(population, lists: lists)
    lines += ["", "### Rounds", ""]
    lines += Self.rounds(rounds, tool: tool)
    if rounds.count == 2 {
      lines += ["", "### Trained workers' cases (difference in differences)", ""]
      lines += Self.differenceInDifferences(rounds[0], rounds[1], tool: tool)
    }
    lines += ["", "### Agreement on double-audited cases", ""]
    lines += Self.agreement(rounds, tool: tool)
    text = lines.joined(separator: "\n") + "\n"
  }

  private static func population(_ records: [CaseRecord], lists: [[UInt8]]) -> [String] {
    let open = records.filter(\.isOpen)
    let stages: [(Stage, String)] = [
      (.childInNeed, "child in need"), (.childProtection, "child protection"),
      (.lookedAfter, "looked after"), (.assessment, "assessment"),
    ]
    let byStage = stages.map { stage, label in
      "\(open.count { $0.stage == stage }) \(label)"
    }
    let eligible = open.filter { $0.neglectStatus != .none }
    let plans = open.filter { $0.stage == .childProtection }
    let neglectPlans = plans.count { $0.neglectStatus == .confirmed }
    let families = Dictionary(grouping: records.compactMap(\.familyKey)) { $0 }
    let siblingGroups = families.values.count { $0.count >= 2 }
    let bom = lists[0].starts(with: [0xEF, 0xBB, 0xBF])
    return [
      "- \(records.count) children in \(families.count) families (\(siblingGroups) sibling "
        + "groups of 2–4) in the follow-up's snapshot; \(open.count) open at 01/03/2027: "
        + byStage.joined(separator: ", ")
        + "; \(records.count - open.count) closed.",
      "- Child-protection plans under neglect (latest category, or initial when blank): "
        + "\(neglectPlans) of \(plans.count) open plans (\(percent(neglectPlans, plans.count))).",
      "- Eligible for the rounds (open, neglect possible or confirmed): \(eligible.count), of "
        + "whom \(eligible.count(where: \.isLongTerm)) "
        + "(\(percent(eligible.count(where: \.isLongTerm), eligible.count))) open 12 months "
        + "or more.",
      "- Files: list 6 \(lists[0].count) bytes (UTF-8 with \(bom ? "a" : "no") byte order mark, "
        + "CRLF); "
        + "list 7 \(lists[1].count) bytes (UTF-8, LF); list 8 \(lists[2].count) bytes "
        + "(Windows-1252: \(lists[2].count { $0 == 0xEB }) × byte 0xEB for ë).",
    ]
  }

  private static func rounds(_ rounds: [NorthbridgeRound], tool: AuditTool) -> [String] {
    var lines = [
      "| round | cases | double-audited | strata (sampled / eligible) |",
      "|---|---|---|---|",
    ]
    var later: [String] = []
    for round in rounds {
      let count = round.facts.values.count {
        ($0.record.startDate ?? round.auditDate) > round.auditDate
      }
      if count > 0 { later.append("\(count) of the \(round.slug) cases") }
      let strata = round.draw.strata.map {
        "\($0.key.replacingOccurrences(of: "stage=", with: "")) \($0.sampled)/\($0.eligible)"
      }
      lines.append(
        "| \(round.slug) | \(round.assignments.count) | "
          + "\(round.assignments.count(where: \.isDoubleRated)) | "
          + strata.joined(separator: ", ") + " |")
    }
    if !later.isEmpty {
      lines += [
        "",
        "Current episode (as the March 2027 lists record it) starting after the round's audit "
          + "date: " + later.joined(separator: "; ") + ".",
      ]
    }
    lines += [
      "",
      "| criterion | " + rounds.map(\.slug).joined(separator: " | ") + " | Ofsted 2014 |",
      "|---|" + rounds.map { _ in "---|" }.joined() + "---|",
    ]
    for criterion in criteria {
      let figures = rounds.map { round in
        let (count, n) = share(round, criterion, tool: tool) { _ in true }
        return "\(count)/\(n) (\(percent(count, n)))"
      }
      lines.append(
        "| \(criterion.label) | " + figures.joined(separator: " | ") + " | "
          + reference(criterion) + " |")
    }
    return lines
  }

  private static func reference(_ criterion: Criterion) -> String {
    switch (criterion.id, criterion.codes?.first) {
    case ("assess.familyHistory", _): "about 55% (history lacking in nearly half)"
    case ("assess.impact", _): "about 50%"
    case ("drift.present", _): "about 33%"
    case ("drift.careProceedings", _): "21%"
    case ("outcome.progress", "positive"): "61% (27/44)"
    case ("outcome.progress", "partial"): "9% (4/44)"
    case ("outcome.progress", "none"): "30% (13/44)"
    case ("challenge.professional", _): "no challenge in 7/19 needing it"
    default: ""
    }
  }

  private static func differenceInDifferences(
    _ before: NorthbridgeRound, _ after: NorthbridgeRound, tool: AuditTool
  ) -> [String] {
    var lines = [
      "Cases split by whether the allocated worker had attended the course before the round's "
        + "audit date (`compare --trained-workers`).",
      "",
      "| criterion | baseline trained | baseline not | follow-up trained | follow-up not | DiD |",
      "|---|---|---|---|---|---|",
    ]
    for criterion in criteria
    where criterion.focus || criterion.id == "drift.timely"
      || criterion.id == "oversight.management"
    {
      let cells = [before, after].flatMap { round in
        [true, false].map { trained in
          share(round, criterion, tool: tool) { $0.trained == trained }
        }
      }
      let rates = cells.map { $0.1 == 0 ? Double.nan : Double($0.0) / Double($0.1) }
      let did = (rates[2] - rates[0]) - (rates[3] - rates[1])
      lines.append(
        "| \(criterion.label) | "
          + cells.map { "\($0.0)/\($0.1)" }.joined(separator: " | ")
          + " | " + (did.isNaN ? "n/a" : String(format: "%+.0f points", did * 100)) + " |")
    }
    return lines
  }

  private static func agreement(_ rounds: [NorthbridgeRound], tool: AuditTool) -> [String] {
    var lines = [
      "Unweighted Cohen's kappa over every question on the scale that both auditors graded, "
        + "pooled across the double-audited cases.",
      "",
      "| round | scale | pairs | agreement | kappa |",
      "|---|---|---|---|---|",
    ]
    for round in rounds {
      for scale in [GradeScale.ofsted4, GradeScale.yesPartlyNo] {
        var table = Array(
          repeating: Array(repeating: 0, count: scale.levels.count), count: scale.levels.count)
        for assignment in round.assignments where assignment.isDoubleRated {
          let sets = assignment.auditors.compactMap { auditor in
            round.responses.first { $0.caseId == assignment.caseId && $0.auditor == auditor }?
              .answers
          }
          guard sets.count == 2 else { continue }
          for question in tool.questions where question.scale?.id == scale.id {
            guard case .level(let a) = sets[0][question.id]?.value,
              case .level(let b) = sets[1][question.id]?.value,
              let i = scale.rank(of: a), let j = scale.rank(of: b)
            else { continue }
            table[i][j] += 1
          }
        }
        let pairs = table.joined().reduce(0, +)
        let agreed = table.indices.reduce(0) { $0 + table[$1][$1] }
        let kappa = CohensKappa.estimate(table: table).map { String(format: "%.2f", $0.value) }
        lines.append(
          "| \(round.slug) | \(scale.id) | \(pairs) | \(percent(agreed, pairs)) | "
            + (kappa ?? "n/a") + " |")
      }
    }
    return lines
  }

  /// The cases (of those `include` admits) whose answer to the criterion's question counts,
  /// and the cases answering it (N/A and unanswered left out).
  private static func share(
    _ round: NorthbridgeRound, _ criterion: Criterion, tool: AuditTool,
    include: (NorthbridgeCaseFacts) -> Bool
  ) -> (Int, Int) {
    var count = 0
    var total = 0
    for assignment in round.assignments {
      guard let facts = round.facts[assignment.caseId], include(facts),
        let value = round.primaryAnswers(of: assignment.caseId)?[criterion.id]?.value
      else { continue }
      let code: String
      switch value {
      case .level(let text), .choice(let text): code = text
      default: continue
      }
      total += 1
      if let codes = criterion.codes {
        if codes.contains(code) { count += 1 }
      } else if tool.question(criterion.id)?.scale?.isAcceptable(code) == true {
        count += 1
      }
    }
    return (count, total)
  }

  private static func percent(_ count: Int, _ total: Int) -> String {
    total == 0 ? "–" : "\(Int((100 * Double(count) / Double(total)).rounded()))%"
  }
}
