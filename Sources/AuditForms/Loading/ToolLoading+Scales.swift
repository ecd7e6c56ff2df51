import Formats

/// Reading a tool's scales.
extension ToolLoading {
  mutating func code(
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

  mutating func scale(_ node: JSONNode, _ path: JSONPath) {
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

  mutating func level(
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
  mutating func checkOrder(
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
}
