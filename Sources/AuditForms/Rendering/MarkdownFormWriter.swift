/// Writes the blank form as Markdown (CommonMark, with GitHub-style task-list boxes and
/// tables).
struct MarkdownFormWriter {
  let tool: AuditTool
  private let phrases: FormPhrases
  private var out: [String] = []

  init(tool: AuditTool) {
    self.tool = tool
    self.phrases = FormPhrases(tool: tool)
  }

  func render() -> String {
    var writer = self
    writer.write()
    return writer.out.joined(separator: "\n") + "\n"
  }

  /// Escapes the characters Markdown would otherwise treat as markup.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  private mutating func line(_ text: String = "") { out.append(text) }

  private mutating func write() {
    line("# " + Self.escape(tool.title))
    line()
    line("Audit tool `\(tool.id)`, version \(tool.version)")
    line()
    line(Self.escape(tool.description))
    line()
    line("| Case reference | Stage | Auditor | Date of audit |")
    line("| --- | --- | --- | --- |")
    line("| &nbsp; | &nbsp; | &nbsp; | &nbsp; |")
    line()
    line(
      "Answer every question that applies to this case. A question marked \"Only for\" or "
        + "\"Only if\" is answered only when that holds; otherwise leave it blank. Tick one box "
        + "unless told to tick all that apply, and write the evidence from the case record "
        + "where asked.")
    line()
    writeScales()
    writeThemes()
    for (number, section) in tool.sections.enumerated() {
      line("## \(number + 1). " + Self.escape(section.title))
      line()
      if !section.description.isEmpty {
        line(Self.escape(section.description))
        line()
      }
      for question in section.questions { writeQuestion(question) }
    }
    if let rule = phrases.overallRule {
      line("## Overall judgement rule")
      line()
      line(Self.escape(rule))
      line()
    }
  }

  private mutating func writeScales() {
    let scales = tool.scalesUsed
    guard !scales.isEmpty else { return }
    line("## Scales")
    line()
    for scale in scales {
      line("### " + Self.escape(scale.title) + " (`\(scale.id)`)")
      line()
      line(phrases.scaleSummary(scale))
      line()
      line("| Level | Code | Value | Acceptable |")
      line("| --- | --- | --- | --- |")
      for level in scale.levels {
        let row = [
          Self.escape(level.label), "`\(level.code)`", phrases.value(level),
          level.acceptable ? "yes" : "no",
        ]
        line("| " + row.joined(separator: " | ") + " |")
      }
      line()
    }
  }

  private mutating func writeThemes() {
    guard !tool.themes.isEmpty else { return }
    line("## Themes")
    line()
    for theme in tool.themes {
      var item = "- **" + Self.escape(theme.title) + "** (`\(theme.id)`)"
      if !theme.description.isEmpty { item += ": " + Self.escape(theme.description) }
      line(item)
    }
    line()
  }

  private mutating func writeQuestion(_ question: Question) {
    line("### `\(question.id)` " + Self.escape(question.text))
    line()
    var notes = [phrases.requirement(question) + ".", question.evidence.label + "."]
    if let notApplicable = phrases.writeInNotApplicable(question) { notes.append(notApplicable) }
    line("*" + Self.escape(notes.joined(separator: " ")) + "*")
    if let when = phrases.when(question) {
      line()
      line("**When:** " + Self.escape(when))
    }
    if let themes = phrases.themes(question) {
      line()
      line("**Themes:** " + Self.escape(themes))
    }
    line()
    line(Self.escape(phrases.howToAnswer(question)) + ":")
    line()
    switch question.type {
    case .grade, .choice, .multiChoice:
      for box in phrases.boxes(question) { line("- [ ] " + Self.escape(box)) }
    case .number, .date:
      line("Answer: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_")
    case .text:
      line("Answer:")
      line()
      line("&nbsp;")
      line()
      line("&nbsp;")
    }
    line()
    if let guidance = question.guidance {
      line("**Good looks like:** " + Self.escape(guidance.good))
      line()
      if let inadequate = guidance.inadequate {
        line("**Inadequate looks like:** " + Self.escape(inadequate))
        line()
      }
    }
    if let reference = question.reference {
      let (label, finding, source) = phrases.reference(reference)
      line("> **\(label):** " + Self.escape(finding) + ". Source: " + Self.escape(source) + ".")
      line()
    }
    line("Evidence:")
    line()
    line("&nbsp;")
    line()
    line("---")
    line()
  }
}
