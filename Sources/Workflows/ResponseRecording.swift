public import AuditForms
public import AuditStore
public import CaseList
internal import Sampling

/// Answers that did not pass the audit tool's checks: nothing was saved.
///
/// `problems` come in the validator's order (causes first, then the answers that follow from
/// them, `AnswerProblem.Kind.followsFromEarlierProblem`), each with its JSON path and question.
public struct AnswersRejected: Error, Sendable {
  /// Every problem, causes first.
  public let problems: [AnswerProblem]

  /// The number of problems that follow from an earlier one.
  public var consequences: Int { problems.count { $0.kind == .followsFromEarlierProblem } }

  /// The number of problems that are causes.
  public var causes: Int { problems.count - consequences }
}

/// Recording a case's answers: an auditor's draft or submission, or a moderator's agreed answers.
///
/// Every revision is kept; nothing is overwritten. Moderation follows a blind double audit.
public enum ResponseRecording {
  /// What was saved.
  public struct Recorded: Sendable, Equatable {
    /// The round's name.
    public let round: String
    /// The case's pseudonymous reference.
    public let caseReference: String
    /// The auditor or moderator.
    public let auditor: String
    /// The new revision's number.
    public let revision: Int
    /// The revision's status.
    public let status: ResponseStatus
    /// How many questions were answered.
    public let answered: Int
    /// For a moderation: how many independent submitted audits the case has.
    public let independentResponses: Int
  }

  /// One auditor at work on one case of a round: what recording their answers needs, and the
  /// latest revision they saved, to resume from.
  public struct AuditSession: Sendable {
    /// The round's name.
    public let round: String
    /// The case's pseudonymous reference.
    public let caseReference: String
    /// The auditor's id.
    public let auditorID: String
    /// The round's audit tool.
    public let tool: AuditTool
    /// The case's stage, for the form's heading.
    public let stage: Stage
    /// The case's attributes the tool's conditions read.
    public let attributes: CaseAttributes
    /// Whether the auditor is recording for a case they are not allocated to (allowed, logged).
    public let unallocated: Bool
    /// The auditor's latest saved revision of this case, if any.
    public let previous: ResponseRevision?
    private let roundRecord: RoundRecord
    private let caseID: String

    /// Opens a session; fails as `recordAudit` does for a missing round, case or auditor, or an
    /// unallocated auditor without `allowUnallocated`.
    public init(
      round: String, caseID: String, auditor auditorID: String, allowUnallocated: Bool,
      workspace: Workspace
    ) throws {
      let context = try RoundContext(roundName: round, workspace: workspace)
      let record = try context.requireCase(caseID)
      let auditor = try context.requireAuditor(auditorID)
      unallocated = try context.isUnallocated(auditor, for: record, allowed: allowUnallocated)
      self.round = context.round.name
      roundRecord = context.round
      self.caseID = record.id
      caseReference = context.pseudonyms.reference(for: record.id)
      self.auditorID = auditor.id
      tool = context.tool
      stage = record.stage
      attributes = RoundContext.attributes(of: record)
      previous = try workspace.responseRevisions(
        round: context.round, caseID: record.id, latestOnly: true
      ).first { $0.auditorID == auditor.id && $0.kind == .audit }
    }

    /// The answers of the latest saved revision (empty when there is none); a stored
    /// revision that no longer reads is `WorkspaceError.corruptRow`.
    public func resumedAnswers() throws -> AnswerSet {
      guard let previous else { return AnswerSet() }
      return try previous.answers(using: tool)
    }

    /// Saves `answers` as a draft and returns the new revision.
    ///
    /// Only the answers to questions that apply to the case are kept; nothing an auditor typed
    /// is refused as a draft.
    public func saveDraft(_ answers: AnswerSet, workspace: Workspace, actor: String) throws -> Int {
      try save(
        tool.keepingApplicable(answers, case: attributes), status: .draft,
        workspace: workspace, actor: actor)
    }

    /// Submits `answers`, or fails with `AnswersRejected` (nothing saved) when they do not
    /// pass the tool's checks for a submission; returns the new revision.
    public func submit(_ answers: AnswerSet, workspace: Workspace, actor: String) throws -> Int {
      let problems = tool.validate(answers, case: attributes, mode: .submit)
      guard problems.isEmpty else { throw AnswersRejected(problems: problems) }
      return try save(answers, status: .submitted, workspace: workspace, actor: actor)
    }

    fileprivate func save(
      _ answers: AnswerSet, status: ResponseStatus, workspace: Workspace, actor: String
    ) throws -> Int {
      try workspace.recordResponse(
        round: roundRecord, caseID: caseID, caseReference: caseReference, auditorID: auditorID,
        kind: .audit, status: status, answersJSON: answers.canonicalJSON(), rationale: nil,
        unallocated: unallocated, actor: actor)
    }
  }

  /// Records an auditor's answers (`answers`, JSON as in an answers file named `fileName`) for
  /// the case with id or reference `caseID` in round `round`, as a draft or a submission.
  ///
  /// Fails when the round, case or auditor does not exist, when the auditor is not allocated
  /// to the case and `allowUnallocated` is false, or with `AnswersRejected` when the answers
  /// do not pass the tool's checks (drafts are checked for what is there, not completeness).
  public static func recordAudit(
    round: String, caseID: String, auditor auditorID: String, answers: [UInt8],
    fileName: String, draft: Bool, allowUnallocated: Bool, workspace: Workspace, actor: String
  ) throws -> Recorded {
    let session = try AuditSession(
      round: round, caseID: caseID, auditor: auditorID, allowUnallocated: allowUnallocated,
      workspace: workspace)
    let checked = try check(
      answers, fileName: fileName, attributes: session.attributes, tool: session.tool,
      mode: draft ? .draft : .submit)
    let status: ResponseStatus = draft ? .draft : .submitted
    let revision = try session.save(checked, status: status, workspace: workspace, actor: actor)
    return Recorded(
      round: session.round, caseReference: session.caseReference, auditor: session.auditorID,
      revision: revision, status: status, answered: checked.count, independentResponses: 0)
  }

  /// Records a moderator's agreed answers for a case that has submitted audits.
  ///
  /// The moderator must be a moderator or lead who did not audit the case; the auditors' own
  /// answers are kept as they were (agreement is measured on them).
  public static func recordModeration(
    round: String, caseID: String, moderator moderatorID: String, answers: [UInt8],
    fileName: String, rationale: String?, workspace: Workspace, actor: String
  ) throws -> Recorded {
    let context = try RoundContext(roundName: round, workspace: workspace)
    let record = try context.requireCase(caseID)
    let moderator = try context.requireAuditor(moderatorID)
    guard moderator.role == .moderator || moderator.role == .lead else {
      throw WorkflowFailure(
        "'\(moderator.id)' is an \(moderator.role.rawValue), not a moderator or lead")
    }
    let submitted = try workspace.responseRevisions(
      round: context.round, caseID: record.id, latestOnly: true
    ).filter { $0.kind == .audit && $0.status == .submitted }
    guard !submitted.isEmpty else {
      throw WorkflowFailure(
        "no auditor has submitted answers for this case yet; there is nothing to moderate")
    }
    if submitted.contains(where: { $0.auditorID == moderator.id }) {
      throw WorkflowFailure("'\(moderator.id)' audited this case and cannot also moderate it")
    }
    let checked = try check(
      answers, fileName: fileName, attributes: RoundContext.attributes(of: record),
      tool: context.tool, mode: .submit)
    let reference = context.pseudonyms.reference(for: record.id)
    let revision = try workspace.recordResponse(
      round: context.round, caseID: record.id, caseReference: reference,
      auditorID: moderator.id, kind: .moderation, status: .moderated,
      answersJSON: checked.canonicalJSON(), rationale: rationale, unallocated: false,
      actor: actor)
    return Recorded(
      round: context.round.name, caseReference: reference, auditor: moderator.id,
      revision: revision, status: .moderated, answered: checked.count,
      independentResponses: submitted.count)
  }

  /// The answers checked for a case, or `AnswersRejected`.
  private static func check(
    _ bytes: [UInt8], fileName: String, attributes: CaseAttributes, tool: AuditTool,
    mode: ValidationMode
  ) throws -> AnswerSet {
    switch tool.checkAnswers(json: bytes, fileName: fileName, case: attributes, mode: mode) {
    case .success(let answers): return answers
    case .failure(let error): throw AnswersRejected(problems: error.problems)
    }
  }
}
