/// Loads an audit tool from JSON, checking everything and reporting every problem found.
///
/// The format is documented in `AuditTools/README.md`. Loading checks the JSON syntax, every
/// field's presence and type, ids and codes (unique, well formed), scales, themes, evidence
/// rules, stages, references, `showIf` conditions (syntax, names, codes, types, cycles and
/// references to later questions) and the overall-judgement rule. Each problem names the file,
/// the line and the JSON path of the value at fault.
public enum AuditToolLoader {
  /// Loads a tool from UTF-8 JSON bytes; `fileName` is used in problem messages only.
  ///
  /// - Complexity: O(n) in the size of the file, plus O(q²) in the number of questions for the
  ///   dependency check.
  public static func load(json: [UInt8], fileName: String) -> Result<AuditTool, ToolDefinitionError>
  {
    let root: JSONNode
    do {
      root = try JSONParser.parse(json)
    } catch {
      let problem = ToolProblem(
        fileName: fileName, position: error.position, path: "", kind: .malformedJSON,
        message: error.message)
      return .failure(ToolDefinitionError(problems: [problem]))
    }
    var loader = ToolLoading(fileName: fileName)
    let tool = loader.tool(root)
    let problems = loader.decoder.problems.enumerated().sorted {
      ($0.element.position, $0.offset) < ($1.element.position, $1.offset)
    }.map(\.element)
    if let tool, problems.isEmpty { return .success(tool) }
    return .failure(ToolDefinitionError(problems: problems))
  }

  /// Loads a tool from JSON text.
  public static func load(text: String, fileName: String) -> Result<AuditTool, ToolDefinitionError>
  {
    load(json: Array(text.utf8), fileName: fileName)
  }
}

/// The state of one load: the decoder with its problems, and what has been read so far.
private struct ToolLoading {
  var decoder: ToolDecoder
  private var scales: [String: GradeScale] = GradeScale.builtIn
  private var declaredScales: [GradeScale] = []
  private var themeIDs: Set<String> = []

  init(fileName: String) {
    decoder = ToolDecoder(fileName: fileName)
  }

  /// A question read in the first pass, before conditions are checked.
  struct Draft {
    var id: String
    var path: JSONPath
    var position: SourcePosition
    var sectionIndex: Int
    var type: QuestionType?
    var text: String
    var guidance: Guidance?
    var themes: [String]
    var required: Bool
    var allowNotApplicable: Bool
    var evidence: EvidenceRule
    var stages: [String]
    var reference: PublishedReference?
    var showIf: (source: String, node: JSONNode, path: JSONPath)?
    var condition: Condition?
  }

  static let idPattern = "letters, digits and '_', starting with a letter"

  // MARK: - Tool

  mutating func tool(_ root: JSONNode) -> AuditTool? {
    guard
      let fields = decoder.object(
        root, .root,
        allowed: [
          "id", "version", "title", "description", "scales", "themes", "sections", "overall",
        ])
    else { return nil }
    let id = decoder.string(fields, "id")
    if let id, let member = fields["id"], !Self.isToolID(id) {
      decoder.report(
        .invalidValue, .root.key("id"), member.value.position,
        "'\(id)' is not a valid tool id; use lower-case letters, digits and single hyphens, "
          + "e.g. neglect-thematic")
    }
    let version = decoder.string(fields, "version")
    if let version, let member = fields["version"], !Self.isVersion(version) {
      decoder.report(
        .invalidValue, .root.key("version"), member.value.position,
        "'\(version)' is not a valid version; write MAJOR.MINOR.PATCH, e.g. 1.0.0")
    }
    let title = decoder.string(fields, "title")
    let description = decoder.string(fields, "description")
    if let nodes = decoder.array(fields, "scales", required: false, nonEmpty: false) {
      for (node, path) in nodes { scale(node, path) }
    }
    var themes: [Theme] = []
    if let nodes = decoder.array(fields, "themes", required: false, nonEmpty: false) {
      for (node, path) in nodes {
        if let theme = theme(node, path) { themes.append(theme) }
      }
    }
    var drafts: [Draft] = []
    var sectionHeads: [(id: String, title: String, description: String)?] = []
    if let nodes = decoder.array(fields, "sections", required: true, nonEmpty: true) {
      var sectionIDs: Set<String> = []
      for (index, (node, path)) in nodes.enumerated() {
        sectionHeads.append(section(node, path, index: index, ids: &sectionIDs, drafts: &drafts))
      }
    }
    checkConditions(&drafts)
    checkDependencies(drafts)
    var overall: OverallJudgement?
    if let member = fields["overall"] {
      overall = self.overall(member.value, .root.key("overall"), drafts)
    }

    guard let id, let version, let title, let description,
      decoder.problems.isEmpty
    else { return nil }
    var sections: [AuditSection] = []
    for (index, head) in sectionHeads.enumerated() {
      guard let head else { return nil }
      var questions: [Question] = []
      for draft in drafts where draft.sectionIndex == index {
        guard let type = draft.type else { return nil }
        questions.append(
          Question(
            id: draft.id, type: type, text: draft.text, guidance: draft.guidance,
            themes: draft.themes, required: draft.required,
            allowNotApplicable: draft.allowNotApplicable, evidence: draft.evidence,
            showIf: draft.condition, stages: draft.stages, reference: draft.reference,
            sectionID: head.id))
      }
      sections.append(
        AuditSection(
          id: head.id, title: head.title, description: head.description, questions: questions))
    }
    return AuditTool(
      id: id, version: version, title: title, description: description,
      declaredScales: declaredScales, themes: themes, sections: sections, overall: overall)
  }

  /// `neglect-thematic`: lower-case letters and digits in hyphen-separated words.
  static func isToolID(_ id: String) -> Bool {
    let words = id.split(separator: "-", omittingEmptySubsequences: false)
    return words.allSatisfy { word in
      !word.isEmpty
        && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
  }

  /// `1.0.0`: three dot-separated whole numbers.
  static func isVersion(_ version: String) -> Bool {
    let parts = version.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 3
      && parts.allSatisfy {
        !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
      }
  }

  // MARK: - Scales

  private mutating func code(
    _ fields: JSONFields, _ key: String, what: String
  ) -> String? {
    guard let code = decoder.string(fields, key), let member = fields[key] else { return nil }
    guard ConditionLexer.isCode(code), code != "na" else {
      decoder.report(
        .invalidValue, fields.path.key(key), member.value.position,
        "'\(code)' is not a valid \(what); use \(Self.idPattern), not a reserved word "
          + "(and, or, not, in, answered, true, false, na)")
      return nil
    }
    return code
  }

  private mutating func scale(_ node: JSONNode, _ path: JSONPath) {
    guard
      let fields = decoder.object(node, path, allowed: ["id", "title", "direction", "levels"])
    else { return }
    let id = code(fields, "id", what: "scale id")
    if let id, let member = fields["id"] {
      if GradeScale.builtIn[id] != nil {
        decoder.report(
          .duplicateID, path.key("id"), member.value.position,
          "'\(id)' is a built-in scale; use it without declaring it, or choose another id")
      } else if scales[id] != nil {
        decoder.report(
          .duplicateID, path.key("id"), member.value.position, "scale '\(id)' is declared twice")
      }
    }
    let title = decoder.string(fields, "title")
    var direction: GradeScale.Direction?
    if let text = decoder.string(fields, "direction"), let member = fields["direction"] {
      direction = GradeScale.Direction(rawValue: text)
      if direction == nil {
        decoder.report(
          .invalidValue, path.key("direction"), member.value.position,
          "'\(text)' is not a direction; use higherIsBetter or lowerIsBetter")
      }
    }
    var levels: [GradeScale.Level] = []
    var levelNodes: [(JSONNode, JSONPath)] = []
    var failed = false
    if let nodes = decoder.array(fields, "levels", required: true, nonEmpty: false) {
      if nodes.count < 2, let member = fields["levels"] {
        decoder.report(
          .invalidValue, path.key("levels"), member.value.position,
          "a scale needs at least two levels")
      }
      for (levelNode, levelPath) in nodes {
        guard
          let level = self.level(levelNode, levelPath, existing: levels)
        else {
          failed = true
          continue
        }
        levels.append(level)
        levelNodes.append((levelNode, levelPath))
      }
    } else {
      failed = true
    }
    if !failed, let direction {
      checkOrder(levels, levelNodes, direction: direction)
    }
    if let id, let title, let direction, !failed, GradeScale.builtIn[id] == nil, scales[id] == nil {
      let scale = GradeScale(id: id, title: title, direction: direction, levels: levels)
      scales[id] = scale
      declaredScales.append(scale)
    }
  }

  private mutating func level(
    _ node: JSONNode, _ path: JSONPath, existing: [GradeScale.Level]
  ) -> GradeScale.Level? {
    guard
      let fields = decoder.object(node, path, allowed: ["code", "label", "value", "acceptable"])
    else { return nil }
    let code = code(fields, "code", what: "level code")
    if let code, let member = fields["code"], existing.contains(where: { $0.code == code }) {
      decoder.report(
        .duplicateID, path.key("code"), member.value.position, "level '\(code)' is listed twice")
      return nil
    }
    let label = decoder.string(fields, "label")
    let value = decoder.number(fields, "value", required: true)
    let acceptable = decoder.bool(fields, "acceptable", default: nil)
    guard let code, let label, let value, let acceptable else { return nil }
    return GradeScale.Level(code: code, label: label, value: value.value, acceptable: acceptable)
  }

  /// Levels are listed best first: values must run the way `direction` says, and the
  /// acceptable levels must come before the others.
  private mutating func checkOrder(
    _ levels: [GradeScale.Level], _ nodes: [(JSONNode, JSONPath)],
    direction: GradeScale.Direction
  ) {
    for index in levels.indices.dropFirst() {
      let previous = levels[index - 1]
      let level = levels[index]
      let (node, path) = nodes[index]
      let inOrder =
        direction == .higherIsBetter ? level.value < previous.value : level.value > previous.value
      if !inOrder {
        let word = direction == .higherIsBetter ? "smaller" : "greater"
        decoder.report(
          .badScale, path.key("value"), node.position,
          "levels are listed best first, so on a \(direction.rawValue) scale each value must be "
            + "\(word) than the one before; '\(level.code)' has \(JSONWriter.number(level.value)) "
            + "after \(JSONWriter.number(previous.value))")
      }
      if level.acceptable && !previous.acceptable {
        decoder.report(
          .badScale, path.key("acceptable"), node.position,
          "acceptable levels must come first (levels are listed best first): '\(level.code)' "
            + "is acceptable but follows '\(previous.code)', which is not")
      }
    }
  }

  // MARK: - Themes and sections

  private mutating func theme(_ node: JSONNode, _ path: JSONPath) -> Theme? {
    guard let fields = decoder.object(node, path, allowed: ["id", "title", "description"]) else {
      return nil
    }
    let id = code(fields, "id", what: "theme id")
    let title = decoder.string(fields, "title")
    let description = decoder.string(fields, "description", required: false) ?? ""
    guard let id, let title else { return nil }
    if themeIDs.contains(id), let member = fields["id"] {
      decoder.report(
        .duplicateID, path.key("id"), member.value.position, "theme '\(id)' is declared twice")
      return nil
    }
    themeIDs.insert(id)
    return Theme(id: id, title: title, description: description)
  }

  private mutating func section(
    _ node: JSONNode, _ path: JSONPath, index: Int, ids: inout Set<String>, drafts: inout [Draft]
  ) -> (id: String, title: String, description: String)? {
    guard
      let fields = decoder.object(
        node, path, allowed: ["id", "title", "description", "questions"])
    else { return nil }
    let id = code(fields, "id", what: "section id")
    if let id, let member = fields["id"], !ids.insert(id).inserted {
      decoder.report(
        .duplicateID, path.key("id"), member.value.position, "section '\(id)' is declared twice")
    }
    let title = decoder.string(fields, "title")
    let description = decoder.string(fields, "description", required: false) ?? ""
    if let nodes = decoder.array(fields, "questions", required: true, nonEmpty: true) {
      for (questionNode, questionPath) in nodes {
        if let draft = question(questionNode, questionPath, sectionIndex: index, drafts: drafts) {
          drafts.append(draft)
        }
      }
    }
    guard let id, let title else { return nil }
    return (id, title, description)
  }

  // MARK: - Questions

  static let commonQuestionKeys = [
    "id", "type", "text", "guidance", "themes", "required", "allowNotApplicable", "evidence",
    "showIf", "stages", "reference",
  ]

  static let typeKeys: [String: [String]] = [
    "grade": ["scale"], "choice": ["options"], "multiChoice": ["options"],
    "number": ["min", "max", "integer", "unit"], "date": [], "text": [],
  ]

  private mutating func question(
    _ node: JSONNode, _ path: JSONPath, sectionIndex: Int, drafts: [Draft]
  ) -> Draft? {
    let typeName = node.members?.first { $0.key == "type" }?.value.stringValue
    let specific = typeName.flatMap { Self.typeKeys[$0] }
    var elsewhere: [String: String] = [:]
    if let typeName, let specific {
      var owners: [String: [String]] = [:]
      for (otherType, keys) in Self.typeKeys {
        for key in keys { owners[key, default: []].append(otherType) }
      }
      for (key, types) in owners where !specific.contains(key) {
        let list = ConditionChecker.list(types.sorted())
        elsewhere[key] = "field '\(key)' applies only to \(list) questions, not \(typeName)"
      }
    }
    let allowed =
      Self.commonQuestionKeys + (specific ?? Array(Set(Self.typeKeys.values.joined())).sorted())
    guard let fields = decoder.object(node, path, allowed: allowed, elsewhere: elsewhere) else {
      return nil
    }
    var id = decoder.string(fields, "id")
    if let candidate = id, let member = fields["id"] {
      if !ConditionLexer.isQuestionID(candidate) || candidate.hasPrefix("case.") {
        decoder.report(
          .invalidValue, path.key("id"), member.value.position,
          "'\(candidate)' is not a valid question id; use names of \(Self.idPattern), joined "
            + "by dots (e.g. assess.familyHistory), not starting with 'case.'")
        id = nil
      } else if drafts.contains(where: { $0.id == candidate }) {
        decoder.report(
          .duplicateID, path.key("id"), member.value.position,
          "question '\(candidate)' is defined twice")
        id = nil
      }
    }
    let type = questionType(fields, typeName: typeName)
    let text = decoder.string(fields, "text")
    let guidance = guidance(fields, isGrade: typeName == "grade")
    var themes: [String] = []
    for (theme, themeNode, themePath) in decoder.stringArray(fields, "themes", nonEmpty: false)
      ?? []
    {
      if themeIDs.contains(theme) {
        themes.append(theme)
      } else {
        var message = "unknown theme '\(theme)'"
        if let suggestion = Suggestion.closest(to: theme, in: Array(themeIDs)) {
          message += " (did you mean '\(suggestion)'?)"
        }
        decoder.report(
          .unknownTheme, themePath, themeNode.position, message + "; declare it in themes")
      }
    }
    let required = decoder.bool(fields, "required", default: true) ?? true
    let allowNotApplicable = decoder.bool(fields, "allowNotApplicable", default: false) ?? false
    let evidence = evidenceRule(fields, type: type)
    var stages: [String] = []
    for (stage, stageNode, stagePath) in decoder.stringArray(fields, "stages", nonEmpty: true) ?? []
    {
      if CaseAttributes.knownStages.contains(stage) {
        stages.append(stage)
      } else {
        var message = "unknown stage '\(stage)'; known stages are "
        message += ConditionChecker.list(CaseAttributes.knownStages)
        if let suggestion = Suggestion.closest(to: stage, in: CaseAttributes.knownStages) {
          message += " (did you mean '\(suggestion)'?)"
        }
        decoder.report(.badStage, stagePath, stageNode.position, message)
      }
    }
    var reference: PublishedReference?
    if let member = fields["reference"] {
      reference = self.reference(member.value, path.key("reference"), type: type)
    }
    var showIf: (String, JSONNode, JSONPath)?
    if let member = fields["showIf"], let source = decoder.string(member.value, path.key("showIf"))
    {
      showIf = (source, member.value, path.key("showIf"))
    }
    guard let id, let text else { return nil }
    return Draft(
      id: id, path: path, position: fields.position, sectionIndex: sectionIndex, type: type,
      text: text, guidance: guidance, themes: themes, required: required,
      allowNotApplicable: allowNotApplicable, evidence: evidence ?? .optional, stages: stages,
      reference: reference, showIf: showIf, condition: nil)
  }

  private mutating func questionType(_ fields: JSONFields, typeName: String?) -> QuestionType? {
    guard let name = decoder.string(fields, "type"), let member = fields["type"] else { return nil }
    let path = fields.path
    switch name {
    case "grade":
      guard let scaleID = decoder.string(fields, "scale"), let scaleMember = fields["scale"] else {
        return nil
      }
      guard let scale = scales[scaleID] else {
        var message = "unknown scale '\(scaleID)'; use a built-in scale ("
        message +=
          ConditionChecker.alternatives(GradeScale.builtIn.keys.sorted())
          + ") or declare it in scales"
        if let suggestion = Suggestion.closest(to: scaleID, in: Array(scales.keys)) {
          message += " (did you mean '\(suggestion)'?)"
        }
        decoder.report(.unknownScale, path.key("scale"), scaleMember.value.position, message)
        return nil
      }
      return .grade(scale)
    case "choice", "multiChoice":
      guard let nodes = decoder.array(fields, "options", required: true, nonEmpty: false) else {
        return nil
      }
      let minimum = name == "choice" ? 2 : 1
      if nodes.count < minimum, let optionsMember = fields["options"] {
        decoder.report(
          .invalidValue, path.key("options"), optionsMember.value.position,
          "a \(name) question needs at least \(minimum) option\(minimum == 1 ? "" : "s")")
      }
      var options: [ChoiceOption] = []
      var failed = false
      for (node, optionPath) in nodes {
        guard let optionFields = decoder.object(node, optionPath, allowed: ["code", "label"]),
          let code = code(optionFields, "code", what: "option code"),
          let label = decoder.string(optionFields, "label")
        else {
          failed = true
          continue
        }
        if options.contains(where: { $0.code == code }), let codeMember = optionFields["code"] {
          decoder.report(
            .duplicateID, optionPath.key("code"), codeMember.value.position,
            "option '\(code)' is listed twice")
          failed = true
          continue
        }
        options.append(ChoiceOption(code: code, label: label))
      }
      if failed { return nil }
      return name == "choice" ? .choice(options) : .multiChoice(options)
    case "number":
      let minimum = decoder.number(fields, "min", required: false)?.value
      let maximum = decoder.number(fields, "max", required: false)?.value
      let integer = decoder.bool(fields, "integer", default: false) ?? false
      let unit = decoder.string(fields, "unit", required: false)
      if let minimum, let maximum, minimum > maximum, let maxMember = fields["max"] {
        decoder.report(
          .invalidValue, path.key("max"), maxMember.value.position,
          "max (\(JSONWriter.number(maximum))) is less than min (\(JSONWriter.number(minimum)))")
        return nil
      }
      return .number(NumberBounds(minimum: minimum, maximum: maximum, integer: integer, unit: unit))
    case "date":
      return .date
    case "text":
      return .text
    default:
      var message = "unknown question type '\(name)'; use grade, choice, multiChoice, number, "
      message += "date or text"
      if let suggestion = Suggestion.closest(to: name, in: Array(Self.typeKeys.keys)) {
        message += " (did you mean '\(suggestion)'?)"
      }
      decoder.report(.invalidValue, path.key("type"), member.value.position, message)
      return nil
    }
  }

  private mutating func guidance(_ fields: JSONFields, isGrade: Bool) -> Guidance? {
    guard let member = fields["guidance"] else { return nil }
    let path = fields.path.key("guidance")
    if member.value.members == nil && member.value.stringValue == nil {
      decoder.report(
        .wrongJSONType, path, member.value.position,
        "expected a string or an object {\"good\": …, \"inadequate\": …}, found "
          + member.value.kindDescription)
      return nil
    }
    if member.value.stringValue != nil {
      return decoder.string(member.value, path).map { Guidance(good: $0) }
    }
    guard
      let guidanceFields = decoder.object(member.value, path, allowed: ["good", "inadequate"])
    else { return nil }
    let good = decoder.string(guidanceFields, "good")
    let inadequate = decoder.string(guidanceFields, "inadequate", required: false)
    if inadequate != nil, !isGrade, let inadequateMember = guidanceFields["inadequate"] {
      decoder.report(
        .invalidValue, path.key("inadequate"), inadequateMember.value.position,
        "guidance on what inadequate looks like applies only to grade questions")
    }
    return good.map { Guidance(good: $0, inadequate: inadequate) }
  }

  private mutating func evidenceRule(_ fields: JSONFields, type: QuestionType?) -> EvidenceRule? {
    guard let member = fields["evidence"] else { return .optional }
    let path = fields.path.key("evidence")
    guard let text = decoder.string(member.value, path) else { return nil }
    guard let rule = EvidenceRule(rawValue: text) else {
      decoder.report(
        .badEvidenceRule, path, member.value.position,
        "unknown evidence rule '\(text)'; use required, requiredBelowAcceptable or optional")
      return nil
    }
    if rule == .requiredBelowAcceptable, let type, type.name != "grade" {
      decoder.report(
        .badEvidenceRule, path, member.value.position,
        "requiredBelowAcceptable needs a grade question (this is \(type.name)); "
          + "use required or optional")
      return nil
    }
    return rule
  }

  private mutating func reference(
    _ node: JSONNode, _ path: JSONPath, type: QuestionType?
  ) -> PublishedReference? {
    guard
      let fields = decoder.object(
        node, path, allowed: ["source", "proportion", "wording", "outOf", "answers"])
    else { return nil }
    let source = decoder.string(fields, "source")
    let wording = decoder.string(fields, "wording")
    var proportion = decoder.number(fields, "proportion", required: true)?.value
    if let value = proportion, !(0...1).contains(value), let member = fields["proportion"] {
      decoder.report(
        .badReference, path.key("proportion"), member.value.position,
        "proportion \(JSONWriter.number(value)) is outside 0…1; write a share, e.g. 0.33 for a third"
      )
      proportion = nil
    }
    var outOf: Int?
    if let (value, isInteger) = decoder.number(fields, "outOf", required: false),
      let member = fields["outOf"]
    {
      if isInteger, value >= 1, value <= 1_000_000_000 {
        outOf = Int(value)
      } else {
        decoder.report(
          .badReference, path.key("outOf"), member.value.position,
          "outOf must be a whole number of cases, at least 1")
      }
    }
    var answers: [String] = []
    for (code, codeNode, codePath) in decoder.stringArray(fields, "answers", nonEmpty: true) ?? [] {
      guard let type else { continue }
      let codes = type.codes
      if codes.isEmpty {
        decoder.report(
          .badReference, codePath, codeNode.position,
          "reference answers apply only to grade and choice questions")
        break
      }
      if codes.contains(code) {
        answers.append(code)
      } else {
        decoder.report(
          .unknownCode, codePath, codeNode.position,
          "'\(code)' is not an answer code of this question; expected one of "
            + ConditionChecker.alternatives(codes))
      }
    }
    guard let source, let wording, let proportion else { return nil }
    return PublishedReference(
      source: source, proportion: proportion, wording: wording, outOf: outOf, answers: answers)
  }

  // MARK: - Conditions

  private mutating func checkConditions(_ drafts: inout [Draft]) {
    var types: [String: QuestionType] = [:]
    var untyped: Set<String> = []
    for draft in drafts {
      if let type = draft.type { types[draft.id] = type } else { untyped.insert(draft.id) }
    }
    for index in drafts.indices {
      guard let (source, node, path) = drafts[index].showIf else { continue }
      switch Condition.check(source, questionTypes: types, untyped: untyped) {
      case .success(let condition):
        drafts[index].condition = condition
      case .failure(let list):
        for error in list.errors {
          let kind: ToolProblem.Kind
          switch error.kind {
          case .syntax: kind = .conditionSyntax
          case .unknownName: kind = .unknownQuestion
          case .unknownCode: kind = .unknownCode
          case .type: kind = .conditionType
          }
          decoder.report(kind, path, node.position, error.description)
        }
      }
    }
  }

  /// Reports circular conditions and conditions that read questions asked later.
  private mutating func checkDependencies(_ drafts: [Draft]) {
    let order = Dictionary(
      drafts.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    let edges: [[Int]] = drafts.map { draft in
      (draft.condition?.referencedQuestions ?? []).compactMap { order[$0] }
    }
    let components = StronglyConnectedComponents.find(edges: edges)
    var component = [Int](repeating: -1, count: drafts.count)
    for (number, members) in components.enumerated() {
      for member in members { component[member] = number }
    }
    for (index, draft) in drafts.enumerated() {
      guard let (_, node, path) = draft.showIf else { continue }
      let members = components[component[index]]
      if edges[index].contains(index) {
        decoder.report(
          .conditionCycle, path, node.position,
          "showIf refers to its own question '\(draft.id)'")
        continue
      }
      if members.count > 1 {
        let cycle = StronglyConnectedComponents.cycle(
          through: index, edges: edges, within: Set(members))
        let names = cycle.map { drafts[$0].id }.joined(separator: " → ")
        decoder.report(
          .conditionCycle, path, node.position, "showIf conditions form a cycle: \(names)")
        continue
      }
      for target in edges[index] where target > index {
        decoder.report(
          .conditionForwardReference, path, node.position,
          "showIf refers to '\(drafts[target].id)', which is asked later; a condition may only "
            + "depend on questions asked before it")
      }
    }
  }

  // MARK: - Overall judgement

  private mutating func overall(
    _ node: JSONNode, _ path: JSONPath, _ drafts: [Draft]
  ) -> OverallJudgement? {
    guard
      let fields = decoder.object(node, path, allowed: ["question", "rule", "limitingQuestions"])
    else { return nil }
    var scale: GradeScale?
    let questionID = decoder.string(fields, "question")
    if let questionID, let member = fields["question"] {
      if let draft = drafts.first(where: { $0.id == questionID }) {
        if case .grade(let overallScale) = draft.type {
          scale = overallScale
        } else if let type = draft.type {
          decoder.report(
            .badOverallRule, path.key("question"), member.value.position,
            "the overall judgement must be a grade question; '\(questionID)' is \(type.name)")
        }
      } else {
        decoder.report(
          .unknownQuestion, path.key("question"), member.value.position,
          "unknown question '\(questionID)'")
      }
    }
    var rule: OverallJudgement.Rule?
    if let text = decoder.string(fields, "rule"), let member = fields["rule"] {
      rule = OverallJudgement.Rule(rawValue: text)
      if rule == nil {
        decoder.report(
          .badOverallRule, path.key("rule"), member.value.position,
          "unknown rule '\(text)'; use "
            + ConditionChecker.alternatives(OverallJudgement.Rule.allCases.map(\.rawValue)))
      }
    }
    var limiting: [String] = []
    if let entries = decoder.stringArray(fields, "limitingQuestions", nonEmpty: true) {
      for (id, entryNode, entryPath) in entries {
        guard let draft = drafts.first(where: { $0.id == id }) else {
          var message = "unknown question '\(id)'"
          if let suggestion = Suggestion.closest(to: id, in: drafts.map(\.id)) {
            message += " (did you mean '\(suggestion)'?)"
          }
          decoder.report(.unknownQuestion, entryPath, entryNode.position, message)
          continue
        }
        if id == questionID {
          decoder.report(
            .badOverallRule, entryPath, entryNode.position,
            "the overall question cannot limit itself")
          continue
        }
        guard case .grade(let limitingScale) = draft.type else {
          if let type = draft.type {
            decoder.report(
              .badOverallRule, entryPath, entryNode.position,
              "limiting questions must be grade questions; '\(id)' is \(type.name)")
          }
          continue
        }
        if let scale, limitingScale.id != scale.id {
          decoder.report(
            .badOverallRule, entryPath, entryNode.position,
            "'\(id)' is graded on \(limitingScale.id), but the overall judgement is on "
              + "\(scale.id); limiting questions must share its scale")
          continue
        }
        limiting.append(id)
      }
    } else if fields["limitingQuestions"] == nil, let scale, let questionID {
      limiting = drafts.filter { $0.id != questionID && $0.type == .grade(scale) }.map(\.id)
    }
    guard let questionID, let rule else { return nil }
    return OverallJudgement(questionID: questionID, rule: rule, limitingQuestions: limiting)
  }
}
