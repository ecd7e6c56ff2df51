import Formats

/// Reading a tool's questions.
extension ToolLoading {
  static let commonQuestionKeys = [
    "id", "type", "text", "guidance", "themes", "required", "allowNotApplicable", "evidence",
    "showIf", "stages", "reference",
  ]

  static let typeKeys: [String: [String]] = [
    "grade": ["scale"], "choice": ["options"], "multiChoice": ["options"],
    "number": ["min", "max", "integer", "unit"], "date": [], "text": [],
  ]

  mutating func question(
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

  mutating func questionType(_ fields: JSONFields, typeName: String?) -> QuestionType? {
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

  mutating func guidance(_ fields: JSONFields, isGrade: Bool) -> Guidance? {
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

  mutating func evidenceRule(_ fields: JSONFields, type: QuestionType?) -> EvidenceRule? {
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

  mutating func reference(
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
}
