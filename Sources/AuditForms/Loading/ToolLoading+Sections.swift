import Formats

/// Reading a tool's themes and sections.
extension ToolLoading {
  mutating func theme(_ node: JSONNode, _ path: JSONPath) -> Theme? {
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

  mutating func section(
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
}
