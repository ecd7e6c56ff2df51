/// Writes the blank form as plain text, 80 columns wide.
struct TextFormWriter {
  let tool: AuditTool
  private let phrases: FormPhrases
  private let width = 80
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

  private mutating func line(_ text: String = "") { out.append(text) }

  private mutating func para(_ text: String, indent: String = "", first: String? = nil) {
    out += TextWrap.lines(text, width: width, indent: indent, firstIndent: first)
  }

  private mutating func heading(_ text: String, underline: Character) {
    line(text)
    line(String(repeating: underline, count: min(width, text.count)))
  }

  private mutating func write() {
    heading(tool.title.uppercased(), underline: "=")
    line("Audit tool \(tool.id), version \(tool.version)")
    line()
    para(tool.description)
    line()
    line("Case reference: ______________________  Stage: ______________________")
    line("Auditor: _____________________________  Date of audit: ____-__-__")
    line()
    para(
      "Answer every question that applies to this case. A question marked \"Only for\" or "
        + "\"Only if\" is answered only when that holds; otherwise leave it blank. Tick one "
        + "box unless told to tick all that apply, and write the evidence from the case "
        + "record where asked.")
    line()
    writeScales()
    writeThemes()
    for (number, section) in tool.sections.enumerated() {
      writeSection(section, number: number + 1)
    }
    if let rule = phrases.overallRule {
      heading("OVERALL JUDGEMENT RULE", underline: "-")
      para(rule)
      line()
    }
    line("End of form.")
  }

  private mutating func writeScales() {
    let scales = tool.scalesUsed
    guard !scales.isEmpty else { return }
    heading("SCALES", underline: "-")
    for scale in scales {
      line("\(scale.title) (\(scale.id))")
      para(phrases.scaleSummary(scale), indent: "  ")
      for level in scale.levels {
        let mark = level.acceptable ? "acceptable" : "not acceptable"
        para(
          "\(level.label) (\(level.code), value \(phrases.value(level)), \(mark))", indent: "    ",
          first: "  - ")
      }
      line()
    }
  }

  private mutating func writeThemes() {
    guard !tool.themes.isEmpty else { return }
    heading("THEMES", underline: "-")
    for theme in tool.themes {
      let text = theme.description.isEmpty ? theme.title : "\(theme.title): \(theme.description)"
      para(text, indent: "    ", first: "  - ")
    }
    line()
  }

  private mutating func writeSection(_ section: AuditSection, number: Int) {
    heading("\(number). \(section.title.uppercased())", underline: "-")
    if !section.description.isEmpty {
      para(section.description)
    }
    line()
    for question in section.questions {
      writeQuestion(question)
    }
  }

  private mutating func writeQuestion(_ question: Question) {
    line("[\(question.id)]")
    para(question.text, indent: "  ", first: "  ")
    var notes = [phrases.requirement(question) + ".", question.evidence.label + "."]
    if let notApplicable = phrases.writeInNotApplicable(question) { notes.append(notApplicable) }
    para(notes.joined(separator: " "), indent: "  ", first: "  ")
    if let when = phrases.when(question) { para(when, indent: "  ", first: "  ") }
    if let themes = phrases.themes(question) {
      para("Themes: \(themes).", indent: "  ", first: "  ")
    }
    para(phrases.howToAnswer(question) + ":", indent: "  ", first: "  ")
    let boxes = phrases.boxes(question)
    switch question.type {
    case .text:
      for _ in 0..<3 { line("    " + String(repeating: "_", count: width - 4)) }
    case .number, .date:
      line("    " + String(repeating: "_", count: 24))
    case .grade, .choice, .multiChoice:
      for box in boxes { para(box, indent: "        ", first: "    [ ] ") }
    }
    if let guidance = question.guidance {
      para("Good looks like: " + guidance.good, indent: "  ", first: "  ")
      if let inadequate = guidance.inadequate {
        para("Inadequate looks like: " + inadequate, indent: "  ", first: "  ")
      }
    }
    if let reference = question.reference {
      let (label, finding, source) = phrases.reference(reference)
      para("\(label): \(finding). Source: \(source).", indent: "  ", first: "  ")
    }
    line("  Evidence:")
    line("  " + String(repeating: "_", count: width - 2))
    line("  " + String(repeating: "_", count: width - 2))
    line()
  }
}
