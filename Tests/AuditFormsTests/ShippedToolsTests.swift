import AuditForms
import Formats
import Foundation
import Testing

@Suite struct ShippedToolsTests {
  static let toolsFolder = Fixtures.repositoryRoot.appendingPathComponent("AuditTools")

  static func loaded(_ id: String) throws -> AuditTool {
    let entry = try #require(ShippedTools.entry(id: id))
    switch entry.load() {
    case .success(let tool): return tool
    case .failure(let error):
      Issue.record("\(id) does not load:\n\(error)")
      throw error
    }
  }

  @Test(arguments: ShippedTools.all.map(\.id))
  func loadsWithNoProblems(id: String) throws {
    let tool = try Self.loaded(id)
    #expect(tool.id == id)
    #expect(tool.version == "1.0.0")
    #expect(ShippedTools.tool(id: id) == tool)
  }

  /// Checks that the generated source holds exactly the files in `AuditTools/`.
  ///
  /// Run with `UPDATE_SHIPPED_TOOLS=1` to rewrite `Sources/AuditForms/ShippedTools.swift`.
  @Test func matchesTheFilesInAuditTools() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.toolsFolder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    var files: [(name: String, text: String)] = []
    for name in names {
      let data = try Data(contentsOf: Self.toolsFolder.appendingPathComponent(name))
      files.append((name, String(decoding: data, as: UTF8.self)))
    }
    let target = Fixtures.repositoryRoot.appendingPathComponent(
      "Sources/AuditForms/ShippedTools.swift")
    let generated = Self.generatedSource(files)
    let source = String(decoding: try Data(contentsOf: target), as: UTF8.self)
    if source != generated && Fixtures.flag("UPDATE_SHIPPED_TOOLS") {
      try Data(generated.utf8).write(to: target)
      Issue.record("rewrote \(target.path); build and test again")
      return
    }
    #expect(
      source == generated,
      """
      Sources/AuditForms/ShippedTools.swift is out of date with AuditTools/*.json; run \
      UPDATE_SHIPPED_TOOLS=1 swift test --filter ShippedToolsTests
      """)
    // What the binary holds is byte for byte what the files hold.
    let current = ShippedTools.all.map { ($0.fileName, Array($0.json.utf8)) }
    #expect(current.map(\.0) == files.map(\.name))
    #expect(zip(current, files).allSatisfy { $0.1 == Array($1.text.utf8) })
    #expect(ShippedTools.all.map(\.id) == names.map { String($0.dropLast(".json".count)) })
  }

  /// The text of `ShippedTools.swift` for these files (already in `swift format` layout).
  static func generatedSource(_ files: [(name: String, text: String)]) -> String {
    var lines = [
      "// Generated from the JSON files in AuditTools/ by ShippedToolsTests; do not edit by hand.",
      "// After editing a tool, run `UPDATE_SHIPPED_TOOLS=1 swift test --filter ShippedToolsTests`",
      "// (or paste the JSON in below); a test fails until this file matches AuditTools/.",
      "",
      "/// The audit tools built into CaseAudit: the JSON text of each file in `AuditTools/`.",
      "public enum ShippedTools {",
      "  /// Every shipped tool, in file-name order.",
      "  public static let all: [ShippedTool] = [",
    ]
    for file in files {
      // A raw string with enough #s that nothing in the JSON can end it or start an escape.
      var hashes = "#"
      while file.text.contains("\"\"\"" + hashes) || file.text.contains("\\" + hashes) {
        hashes += "#"
      }
      lines.append("    ShippedTool(")
      lines.append(
        "      id: \"\(file.name.dropLast(".json".count))\", fileName: \"\(file.name)\",")
      lines.append("      json: \(hashes)\"\"\"")
      var body = file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      // A multi-line literal drops the line break before its closing delimiter, so a file that
      // ends with a line feed needs an empty last line.
      let endsWithLineFeed = body.last == ""
      if endsWithLineFeed { body.removeLast() }
      lines += body.map { $0.isEmpty ? "" : "        " + $0 }
      if endsWithLineFeed { lines.append("") }
      lines.append("        \"\"\"\(hashes)),")
    }
    lines += ["  ]", "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The example in `AuditTools/README.md` must stay a valid tool.
  @Test func theReadmeExampleLoads() throws {
    let readme = String(
      decoding: try Data(contentsOf: Self.toolsFolder.appendingPathComponent("README.md")),
      as: UTF8.self)
    let start = try #require(readme.range(of: "```json\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    let example = String(readme[start.upperBound..<end.lowerBound])
    let result = AuditToolLoader.load(text: example, fileName: "README.md")
    if case .failure(let error) = result { Issue.record("\(error)") }
    let tool = try result.get()
    #expect(tool.questions.count == 5)
    #expect(tool.question("assess.gcp2Level")?.scale?.direction == .lowerIsBetter)
  }

  @Test func neglectThematicCoversTheBrief() throws {
    let tool = try Self.loaded("neglect-thematic")
    #expect((30...45).contains(tool.questions.count), "\(tool.questions.count) questions")
    let types = Set(tool.questions.map(\.type.name))
    #expect(types == ["grade", "choice", "multiChoice", "number", "text"])
    let scales = Set(tool.questions.compactMap(\.scale?.id))
    #expect(
      scales.isSuperset(of: ["ofsted4", "yesPartlyNo", "progress", "challenge", "gcp2Level"]))
    #expect(tool.declaredScales.first?.direction == .lowerIsBetter)
    #expect(
      tool.question("outcome.neglectTypes")?.type.codes == [
        "physical", "emotional", "medical", "educational", "nutritional", "supervision",
      ])
    #expect(tool.question("outcome.progress")?.scale?.id == "progress")
    #expect(tool.overall?.questionID == "overall.judgement")
    #expect(tool.overall?.rule == .noHigherThanLowest)
    #expect((tool.overall?.limitingQuestions.count ?? 0) >= 8)
    let references = tool.questions.compactMap(\.reference)
    #expect(references.count >= 6)
    #expect(references.allSatisfy { $0.source.contains("F001:L") })
    #expect(tool.question("drift.present")?.showIf?.source == "case.longTerm")
    #expect(tool.question("multi.cpAttendance")?.stages == ["childProtection"])
  }

  @Test func agencyContributionIsShort() throws {
    let tool = try Self.loaded("agency-contribution")
    #expect((10...15).contains(tool.questions.count), "\(tool.questions.count) questions")
    #expect(tool.questions.contains { $0.type == .date })
    #expect(tool.overall?.questionID == "agency.overall")
  }

  @Test(arguments: ShippedTools.all.map(\.id))
  func everyGradedQuestionSaysWhatGoodAndInadequateLookLike(id: String) throws {
    let tool = try Self.loaded(id)
    for question in tool.questions where question.scale != nil {
      #expect(question.guidance?.inadequate != nil, "\(question.id)")
      #expect(question.evidence != .optional || question.scale?.id == "gcp2Level", "\(question.id)")
    }
    for question in tool.questions {
      #expect(question.guidance != nil, "\(question.id) has no guidance")
      if id == "neglect-thematic" { #expect(!question.themes.isEmpty, "\(question.id)") }
    }
  }

  /// Property: for every stage, long-term flag and age, filling each applicable question in
  /// turn with a plausible answer reaches a set that submits cleanly.
  @Test(arguments: ShippedTools.all.map(\.id))
  func aCompleteAuditSubmitsForEveryKindOfCase(id: String) throws {
    let tool = try Self.loaded(id)
    var variant = 0
    for stage in CaseAttributes.knownStages {
      for longTerm in [false, true] {
        for age in [nil, 2, 9] as [Int?] {
          let attributes = CaseAttributes(
            stage: stage, age: age, longTerm: longTerm, neglectStatus: "confirmed")
          let answers = Self.fill(tool, attributes, variant: variant)
          variant += 1
          let problems = tool.validate(answers, case: attributes, mode: .submit)
          #expect(problems.isEmpty, "\(stage) \(longTerm) \(String(describing: age)): \(problems)")
          #expect(tool.keepingApplicable(answers, case: attributes) == answers)
        }
      }
    }
  }

  /// Answers every applicable question, re-evaluating after each answer as `audit fill` would.
  ///
  /// `variant` picks which level or option each answer takes, so different runs take different
  /// paths through the conditions; the overall judgement takes its cap.
  static func fill(_ tool: AuditTool, _ attributes: CaseAttributes, variant: Int) -> AnswerSet {
    var answers = AnswerSet()
    var progress = true
    while progress {
      progress = false
      for question in tool.applicableQuestions(answers: answers, case: attributes)
      where answers[question.id] == nil {
        let value: AnswerValue
        switch question.type {
        case .grade(let scale):
          if question.id == tool.overall?.questionID {
            value = .level(
              tool.overallCap(answers: answers, case: attributes)?.level.code
                ?? scale.levels[variant % scale.levels.count].code)
          } else {
            value = .level(scale.levels[(variant + answers.count) % scale.levels.count].code)
          }
        case .choice(let options):
          value = .choice(options[(variant + answers.count) % options.count].code)
        case .multiChoice(let options):
          value = .choices([options[variant % options.count].code])
        case .number(let bounds): value = .number(bounds.minimum ?? 0)
        case .date: value = CalendarDate(iso: "2024-01-31").map { .date($0) } ?? .notApplicable
        case .text: value = .text("Synthetic note.")
        }
        answers[question.id] = Answer(value, evidence: "Synthetic evidence.")
        progress = true
        break
      }
    }
    return answers
  }
}
