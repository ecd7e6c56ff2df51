import Formats

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
///
/// Its reading of each part of a tool is in an extension of its own (`ToolLoading+Scales`,
/// `+Sections`, `+Questions`, `+Conditions`, `+Overall`).
struct ToolLoading {
  var decoder: ToolDecoder
  var scales: [String: GradeScale] = GradeScale.builtIn
  var declaredScales: [GradeScale] = []
  var themeIDs: Set<String> = []

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
}
