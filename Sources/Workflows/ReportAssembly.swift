internal import AuditForms
public import AuditStore
internal import CaseList
public import Findings
import Formats
public import Foundation
public import Reports
internal import Sampling

/// What a round's report is to hold: the round, an optional earlier round to compare with, and
/// how the report names cases.
public struct ReportRequest: Sendable {
  /// The round the report is about.
  public var round: String
  /// An earlier round to compare with (training impact), if any.
  public var compareWith: String?
  /// With `compareWith`: the course whose attendance splits each round's cases.
  public var trainedWorkers: String?
  /// With `trainedWorkers`: how workers are grouped.
  public var design: TrainingGrouping
  /// A breakdown of the findings, if any.
  public var breakdown: BreakdownDimension?
  /// The partnership's name for the cover.
  public var partnership: String?
  /// Real case ids instead of pseudonyms (the front end logs it).
  public var identify: Bool
  /// Re-derive the sample from its snapshot now, instead of citing the last verification.
  public var verify: Bool

  /// A request; everything but the round is optional.
  public init(
    round: String, compareWith: String? = nil, trainedWorkers: String? = nil,
    design: TrainingGrouping = .cohort, breakdown: BreakdownDimension? = nil,
    partnership: String? = nil, identify: Bool = false, verify: Bool = false
  ) {
    self.round = round
    self.compareWith = compareWith
    self.trainedWorkers = trainedWorkers
    self.design = design
    self.breakdown = breakdown
    self.partnership = partnership
    self.identify = identify
    self.verify = verify
  }
}

/// A report assembled and ready for any renderer (HTML, summary, Markdown, CSV, JSON).
public struct AssembledReport {
  /// What every renderer reads.
  public let input: ReportInput
  /// The round as gathered.
  public let audited: AuditedRound

  /// Every final answer in long form, for the CSV of responses: read in full, evidence
  /// included, from the workspace.
  public func responseRows() throws -> [ResponseRow] {
    try ReportAssembly.responseRows(audited)
  }
}

/// Assembling a round's report: findings, agreement, an optional comparison, who took part,
/// the methods appendix (with the sample's verification) and the notes on the data.
public enum ReportAssembly {
  /// Assembles the report `request` asks for.
  ///
  /// Fails when a round is missing or a comparison cannot be made. With `verify`, records the
  /// sample's verification (as `actor`).
  public static func assemble(
    _ request: ReportRequest, workspace: Workspace, actor: String, now: Date
  ) throws -> AssembledReport {
    let audited = try AuditedRound(
      roundName: request.round, workspace: workspace, identify: request.identify)
    let context = audited.context
    let findings = try RoundFindings.compute(
      tool: context.tool, round: audited.info, cases: audited.cases,
      breakdown: request.breakdown, evidence: audited.evidence)
    let agreement = AgreementReport.compute(
      tool: context.tool, round: audited.info, cases: audited.cases)
    let comparison = try request.compareWith.map { earlier in
      try RoundComparisonAssembly.compare(
        before: try AuditedRound(
          roundName: earlier, workspace: workspace, identify: request.identify),
        after: audited, within: nil, course: request.trainedWorkers, design: request.design,
        workspace: workspace)
    }
    let input = ReportInput(
      partnership: request.partnership,
      round: ReportRound(
        name: context.round.name, purpose: context.round.purpose.rawValue,
        toolID: context.tool.id, toolVersion: context.tool.version, toolTitle: context.tool.title,
        auditDate: context.round.auditDate?.description, createdAt: context.round.createdAt,
        training: context.round.training),
      participants: participants(audited), findings: findings,
      agreement: agreement.cases > 0 ? agreement : nil, comparison: comparison,
      methods: try methods(audited, workspace: workspace, verify: request.verify, actor: actor),
      dataQuality: try dataQuality(audited, workspace: workspace),
      generatedAt: Workspace.timestamp(now), identified: request.identify,
      auditTool: context.tool)
    return AssembledReport(input: input, audited: audited)
  }

  /// A case's auditors' responses and its moderation, drafts left out.
  static func finalResponses(of item: AuditedCase) -> [AuditedResponse] {
    (item.responses + (item.moderated.map { [$0] } ?? [])).filter { $0.status != .draft }
  }

  /// Who took part, by agency: auditors, submitted responses and moderations.
  static func participants(_ audited: AuditedRound) -> [ReportParticipant] {
    var auditors: [String: Set<String>] = [:]
    var responses: [String: Int] = [:]
    var moderations: [String: Int] = [:]
    for item in audited.cases {
      for response in item.responses where response.status != .draft {
        auditors[response.auditorAgency, default: []].insert(response.auditorID)
        responses[response.auditorAgency, default: 0] += 1
      }
      if let moderated = item.moderated, moderated.status != .draft {
        moderations[moderated.auditorAgency, default: 0] += 1
      }
    }
    return Set(auditors.keys).union(moderations.keys).sorted().map {
      ReportParticipant(
        agency: $0, auditors: auditors[$0]?.count ?? 0, responses: responses[$0] ?? 0,
        moderations: moderations[$0] ?? 0)
    }
  }

  /// The report's methods appendix.
  ///
  /// The sample's verification is the one `sample verify`
  /// recorded, cited when it checked the sample as it is now; only `verify` (the report's
  /// `--verify`) loads the population to verify it afresh, and records that too.
  static func methods(
    _ audited: AuditedRound, workspace: Workspace, verify: Bool = false, actor: String = ""
  ) throws -> ReportMethods {
    let round = audited.context.round
    let snapshot = try workspace.snapshot(id: round.snapshotID)
    var verification = "No sample has been drawn for this round."
    let sample = try audited.sample()
    let sampleDraw = sample?.draw
    if let sample {
      let (draw, stored) = (sample.draw, sample.stored)
      let fingerprint = Workspace.sampleFingerprint(stored, snapshotID: round.snapshotID)
      let how =
        "re-deriving the draw from snapshot \(round.snapshotID) with seed \(draw.seed) "
        + "(\(draw.algorithm)) reproduces the sample exactly, including "
        + Plural.count(draw.replacements.count, "replacement") + " in reserve order"
      if verify {
        let differences = try SampleWork.verifyAndRecord(
          round, workspace: workspace, actor: actor)
        verification =
          differences.isEmpty
          ? "Verified when this report was written: " + how + "."
          : "NOT verified: " + differences.joined(separator: "; ")
      } else if let recorded = try workspace.latestVerification(round: round),
        recorded.fingerprint == fingerprint
      {
        verification =
          recorded.identical
          ? "Verified on \(ReportDates.long(recorded.at)) (caseaudit sample verify): " + how
            + ". Fingerprint of the verified sample: SHA-256 \(fingerprint)."
          : "NOT verified: the last check, on \(ReportDates.long(recorded.at)), found the stored "
            + "sample differs from a fresh derivation; see 'caseaudit sample verify'."
      } else {
        verification =
          "Not verified since the sample was last drawn or changed: run 'caseaudit sample "
          + "verify' (or write the report with --verify) to re-derive it from the snapshot."
      }
    }
    let allocation = try workspace.allocationRun(forRound: round)
    return ReportMethods(
      snapshotID: String(round.snapshotID), asOf: snapshot?.asOf.description ?? "",
      sources: snapshot?.sources.map {
        ReportMethods.SourceFile(file: $0.file, sha256: $0.sha256, rows: $0.rows)
      } ?? [],
      populationSize: sampleDraw?.populationSize ?? snapshot?.cases ?? 0,
      eligible: sampleDraw?.eligible ?? 0, filters: audited.info.sampleDescription,
      strata: sampleDraw?.strata.map {
        ReportMethods.Stratum(key: $0.key, eligible: $0.eligible, sampled: $0.sampled)
      } ?? [],
      seed: sampleDraw.map { String($0.seed) } ?? "", algorithm: sampleDraw?.algorithm ?? "",
      verification: verification,
      allocation: allocation.map {
        ReportMethods.Allocation(
          seed: $0.seed, raters: $0.raters,
          auditors: Set(audited.cases.flatMap(\.allocatedAuditors)).count,
          doubleFraction: $0.doubleFraction)
      }, replacements: sampleDraw?.replacements.count ?? 0)
  }

  /// The report's notes on the data: import warnings, drafts, unallocated answers.
  static func dataQuality(_ audited: AuditedRound, workspace: Workspace) throws -> [String] {
    var notes: [String] = []
    let snapshotID = audited.context.round.snapshotID
    let warnings = try workspace.warnings(inSnapshot: snapshotID)
    if !warnings.isEmpty {
      let byKind = Dictionary(grouping: warnings, by: \.kind).map { kind, group in
        (kind, group.count)
      }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.rawValue < $1.0.rawValue }
      let kinds = byKind.map { "\($0.1) \(kindLabel($0.0, count: $0.1))" }
      let flagged = warnings.compactMap(\.childID)
      let sampled = Set(audited.cases.map(\.caseID))
      let inSample = Set(flagged).intersection(sampled).count
      notes.append(
        "The case lists carried \(Plural.count(warnings.count, "data-quality warning")) at "
          + "import (\(kinds.joined(separator: ", "))); "
          + (inSample == 0
            ? "none is on a sampled case. "
            : "\(Plural.count(inSample, "sampled case")) \(inSample == 1 ? "is" : "are") "
              + "flagged. ")
          + "'caseaudit cases quality --snapshot \(snapshotID)' lists them.")
    }
    let drafts = audited.cases.filter { item in
      item.responses.contains { $0.status == .draft }
    }.count
    if drafts > 0 {
      notes.append(
        "\(Plural.count(drafts, "case")) \(drafts == 1 ? "has" : "have") a response still in "
          + "draft; drafts are not counted.")
    }
    let unallocated = audited.cases.filter { item in
      item.responses.contains { !item.allocatedAuditors.contains($0.auditorID) }
    }.count
    if unallocated > 0 {
      notes.append(
        "\(Plural.count(unallocated, "case")) \(unallocated == 1 ? "has" : "have") answers "
          + "from an auditor who was not allocated to \(unallocated == 1 ? "it" : "them").")
    }
    return notes
  }

  /// A kind of data-quality warning in words, for the report's data notes.
  static func kindLabel(_ kind: CaseListProblemKind, count: Int) -> String {
    let one = count == 1
    return switch kind {
    case .endBeforeStart: one ? "closure before its start" : "closures before their start"
    case .seenAfterAsOf:
      one ? "visit dated after the as-of date" : "visits dated after the as-of date"
    case .code: one ? "unpublished code" : "unpublished codes"
    case .ageDisagrees:
      one
        ? "age that disagrees with the date of birth" : "ages that disagree with the date of birth"
    case .duplicateRow: one ? "repeated row" : "repeated rows"
    case .header: one ? "unknown column" : "unknown columns"
    default: one ? "other warning" : "other warnings"
    }
  }

  /// Every final answer in long form (one row per case, response and question).
  static func responseRows(_ audited: AuditedRound) throws -> [ResponseRow] {
    var rows: [ResponseRow] = []
    let stored = try audited.fullAnswers()
    for item in audited.cases {
      for response in finalResponses(of: item) {
        let answers: AnswerSet
        switch response.answers {
        case .full(let set): answers = set
        case .packed(_, let key):
          guard let set = stored[key] else {
            throw WorkspaceError.corruptRow(
              table: "responses",
              detail: "response \(key.responseID) revision \(key.revision) "
                + "was read but has no stored answers")
          }
          answers = set
        }
        for question in audited.context.tool.questions {
          guard let answer = answers[question.id] else { continue }
          rows.append(
            ResponseRow(
              caseReference: item.reference, auditor: response.auditorID,
              agency: response.auditorAgency, status: response.status.rawValue,
              questionID: question.id, value: answer.value.exportText,
              evidence: answer.evidence ?? ""))
        }
      }
    }
    return rows
  }
}
