import Formats

/// Reading a tool's overall judgement.
extension ToolLoading {
  mutating func overall(
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
