import Findings

/// The report's content arranged once for every rendering: questions grouped by section,
/// evidence grouped by theme, and the words for codes.
///
/// - Complexity: building it is O(q + k · e) for q questions and k key findings with e quotes.
struct ReportModel {
  /// One section of the tool with its questions' findings.
  struct SectionGroup {
    /// The section's id.
    let id: String
    /// The section's title (its id when the tool is not at hand).
    let title: String
    /// Its grade questions with an acceptable proportion, in tool order.
    let grades: [QuestionFinding]
    /// Its other questions (choices, numbers, dates, text), in tool order.
    let others: [QuestionFinding]
  }

  /// The evidence quoted under one theme.
  struct ThemeQuotes {
    /// The theme's id.
    let id: String
    /// The theme's title.
    let title: String
    /// The quotes, each once, in the order the key findings give them.
    let quotes: [EvidenceQuote]
  }

  let input: ReportInput
  let sections: [SectionGroup]
  let quotesByTheme: [ThemeQuotes]
  private let questionsByID: [String: QuestionFinding]
  private let acceptable: [String: Set<String>]

  init(_ input: ReportInput) {
    self.input = input
    let findings = input.findings
    var byID: [String: QuestionFinding] = [:]
    for question in findings.questions where byID[question.id] == nil {
      byID[question.id] = question
    }
    questionsByID = byID
    acceptable = input.tool?.acceptableLevels.mapValues(Set.init) ?? [:]
    sections = Self.groupSections(findings.questions, tool: input.tool)
    quotesByTheme = Self.groupQuotes(findings, byID: byID)
  }

  private static func groupSections(
    _ questions: [QuestionFinding], tool: ReportTool?
  ) -> [SectionGroup] {
    var order: [String] = []
    var members: [String: [QuestionFinding]] = [:]
    for question in questions {
      if members[question.sectionID] == nil { order.append(question.sectionID) }
      members[question.sectionID, default: []].append(question)
    }
    var titles: [String: String] = [:]
    if let tool {
      for section in tool.sections { titles[section.id] = section.title }
      let known = tool.sections.map(\.id).filter { members[$0] != nil }
      order = known + order.filter { !known.contains($0) }
    }
    return order.map { id in
      let all = members[id] ?? []
      return SectionGroup(
        id: id, title: titles[id] ?? id,
        grades: all.filter { $0.type == "grade" && $0.acceptable != nil },
        others: all.filter { !($0.type == "grade" && $0.acceptable != nil) })
    }
  }

  private static func groupQuotes(
    _ findings: RoundFindings, byID: [String: QuestionFinding]
  ) -> [ThemeQuotes] {
    struct Key: Hashable {
      let theme: String
      let quote: EvidenceQuote
    }
    var seen: Set<Key> = []
    var quotes: [String: [EvidenceQuote]] = [:]
    for key in findings.keyFindings {
      for quote in key.evidence {
        let themes: [String]
        switch key.kind {
        case .weakestTheme, .strongestTheme: themes = [key.id]
        case .weakestCriterion, .strongestCriterion:
          themes = byID[quote.questionID]?.themes ?? []
        }
        for theme in themes where seen.insert(Key(theme: theme, quote: quote)).inserted {
          quotes[theme, default: []].append(quote)
        }
      }
    }
    return findings.themes.compactMap { theme in
      guard let list = quotes[theme.id], !list.isEmpty else { return nil }
      return ThemeQuotes(id: theme.id, title: theme.title, quotes: list)
    }
  }

  /// The report's title: the round's name.
  var title: String { input.round.name }

  /// A question's text, or its id when unknown.
  func questionText(_ id: String) -> String { questionsByID[id]?.text ?? id }

  /// A theme's title, or its id when unknown.
  func themeTitle(_ id: String) -> String {
    input.findings.themes.first { $0.id == id }?.title ?? id
  }

  /// A level's label for a question, or the code when unknown.
  func levelLabel(question id: String, code: String) -> String {
    questionsByID[id]?.distribution.first { $0.code == code }?.label ?? code
  }

  /// The acceptable level codes of a grade question, when the tool is at hand.
  func acceptableLevels(question id: String) -> Set<String>? { acceptable[id] }

  /// The note on case references for the cover.
  var referenceNote: String {
    input.identified
      ? "This report uses real case identifiers (--identify). Handle it as personal data: "
        + "share it only with those entitled to see case records."
      : "Case references are pseudonyms: no real case identifier appears in this report. All "
        + "figures are counts of audited cases."
  }

  /// The grade questions of every section, in order.
  var gradeQuestions: [QuestionFinding] { sections.flatMap(\.grades) }

  /// The non-grade questions with something to summarise, in order.
  var otherQuestions: [QuestionFinding] {
    sections.flatMap(\.others).filter { $0.type != "date" && $0.type != "text" }
  }

  /// Data-quality rows with something to report.
  var dataQualityRows: [QuestionDataQuality] {
    input.findings.dataQuality.questions.filter {
      $0.missing + $0.notApplicable + $0.invalid + $0.answeredNotAsked + $0.excluded > 0
    }
  }

  /// An `AgreementMeasures`' undefined measures, as "field: reason" notes.
  static func reasons(_ measures: AgreementMeasures) -> [String] {
    measures.reasons.keys.sorted().compactMap { key in
      measures.reasons[key].map { "\(ReportWords.measureName(key)): \($0)" }
    }
  }
}
