import Formats

/// Reading a tool's conditions.
extension ToolLoading {
  mutating func checkConditions(_ drafts: inout [Draft]) {
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
  mutating func checkDependencies(_ drafts: [Draft]) {
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
}
