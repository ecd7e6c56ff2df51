/// One question of an audit tool.
///
/// Its `id` is stable across versions of the tool, so rounds that used different versions can
/// be compared question by question.
public struct Question: Sendable, Hashable, Identifiable {
  /// The stable id, for example `assess.familyHistory`.
  public let id: String
  /// What kind of answer it takes.
  public let type: QuestionType
  /// The question as the auditor reads it.
  public let text: String
  /// What good (and, for grades, inadequate) looks like.
  public let guidance: Guidance?
  /// The ids of the themes it feeds.
  public let themes: [String]
  /// Whether a submitted audit must answer it when it applies.
  public let required: Bool
  /// Whether "not applicable" (`"na"`) is an allowed answer.
  public let allowNotApplicable: Bool
  /// When evidence must accompany the answer.
  public let evidence: EvidenceRule
  /// The condition under which the question is asked; `nil` means always.
  public let showIf: Condition?
  /// The stages of the child's journey it applies to; empty means every stage.
  public let stages: [String]
  /// A published figure to set its results beside.
  public let reference: PublishedReference?
  /// The id of the section it belongs to.
  public let sectionID: String

  /// Creates a question; the loader calls this after checking every field.
  init(
    id: String, type: QuestionType, text: String, guidance: Guidance?, themes: [String],
    required: Bool, allowNotApplicable: Bool, evidence: EvidenceRule, showIf: Condition?,
    stages: [String], reference: PublishedReference?, sectionID: String
  ) {
    self.id = id
    self.type = type
    self.text = text
    self.guidance = guidance
    self.themes = themes
    self.required = required
    self.allowNotApplicable = allowNotApplicable
    self.evidence = evidence
    self.showIf = showIf
    self.stages = stages
    self.reference = reference
    self.sectionID = sectionID
  }

  /// Whether the question is asked for a case at `stage` (its `stages` list allows it).
  public func applies(toStage stage: String) -> Bool {
    stages.isEmpty || stages.contains(stage)
  }

  /// The grade scale, for a grade question.
  public var scale: GradeScale? {
    if case .grade(let scale) = type { return scale }
    return nil
  }
}
