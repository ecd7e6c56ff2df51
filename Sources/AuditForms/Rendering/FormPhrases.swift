import Formats

/// The words every form format shares, so the three formats say the same thing.
struct FormPhrases {
  let tool: AuditTool

  /// "Required" or "Optional".
  func requirement(_ question: Question) -> String {
    question.required ? "Required" : "Optional"
  }

  /// How to answer: "Tick one level", "Tick all that apply", "Write a date (YYYY-MM-DD)".
  func howToAnswer(_ question: Question) -> String {
    switch question.type {
    case .grade(let scale): return "Tick one level (\(scale.title))"
    case .choice: return "Tick one"
    case .multiChoice: return "Tick all that apply"
    case .number(let bounds): return "Write " + bounds.summary
    case .date: return "Write a date (YYYY-MM-DD)"
    case .text: return "Write your answer"
    }
  }

  /// The boxes to tick: levels or options, plus N/A where allowed; empty for write-in types.
  func boxes(_ question: Question) -> [String] {
    var boxes: [String]
    switch question.type {
    case .grade(let scale):
      boxes = scale.levels.map(\.label)
    case .choice(let options), .multiChoice(let options):
      boxes = options.map(\.label)
    case .number, .date, .text:
      boxes = []
    }
    if question.allowNotApplicable && !boxes.isEmpty { boxes.append("Not applicable") }
    return boxes
  }

  /// When the question is asked, or `nil` when always: "Only for cases at the child protection
  /// stage. Only if assess.history is Good or better."
  func when(_ question: Question) -> String? {
    var parts: [String] = []
    if !question.stages.isEmpty {
      let stages = question.stages.map(CaseAttributes.stageLabel)
      let list = Self.alternatives(stages)
      parts.append("Only for cases at the \(list) stage" + (stages.count == 1 ? "." : "s."))
    }
    if let condition = question.showIf {
      parts.append(condition.askedWhen)
    }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// The titles of the question's themes.
  func themes(_ question: Question) -> String? {
    let titles = question.themes.compactMap { tool.theme($0)?.title }
    return titles.isEmpty ? nil : titles.joined(separator: ", ")
  }

  /// The published figure: "Published figure (33% of 44 cases)", the finding, and its source.
  func reference(_ reference: PublishedReference) -> (
    label: String, finding: String, source: String
  ) {
    let percent = Int((reference.proportion * 100).rounded())
    var figure = "\(percent)%"
    if let outOf = reference.outOf { figure += " of \(outOf) cases" }
    return ("Published figure (\(figure))", reference.wording, reference.source)
  }

  /// "N/A allowed" note for write-in questions (tick types show an N/A box instead).
  func writeInNotApplicable(_ question: Question) -> String? {
    guard question.allowNotApplicable, boxes(question).isEmpty else { return nil }
    return "Write N/A if not applicable."
  }

  /// The overall-judgement rule in words, if the tool has one.
  var overallRule: String? {
    guard let overall = tool.overall else { return nil }
    let limiting = overall.limitingQuestions.joined(separator: ", ")
    return "The overall judgement (\(overall.questionID)) \(overall.rule.explanation): "
      + "\(limiting). Questions that do not apply or are marked N/A do not count."
  }

  /// "Levels, best first. Acceptable: Outstanding, Good."
  func scaleSummary(_ scale: GradeScale) -> String {
    let acceptable = scale.levels.filter(\.acceptable).map(\.label)
    let direction =
      scale.direction == .higherIsBetter ? "higher values are better" : "lower values are better"
    return "Listed best first; \(direction). Acceptable: "
      + (acceptable.isEmpty ? "none" : acceptable.joined(separator: ", ")) + "."
  }

  /// A number for a level's value, without a needless fraction.
  func value(_ level: GradeScale.Level) -> String { JSONWriter.number(level.value) }

  /// `a, b or c`.
  static func alternatives(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
  }
}
