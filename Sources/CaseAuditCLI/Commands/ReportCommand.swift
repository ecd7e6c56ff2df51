internal import AuditForms
internal import AuditStore
internal import CaseList
internal import Findings
internal import Foundation
internal import Reports
internal import Sampling
internal import Workflows

/// `caseaudit report`: the paper for the partnership's quality-assurance sub-group.
enum ReportCommand {
  enum Format: String, CaseIterable {
    case html
    case md
    case csv
    case json
    case summary
  }

  static let definition = CommandDefinition(
    name: "report", abstract: "Write a round's report: HTML, Markdown, CSV for Excel, or JSON.",
    discussion: """
      HTML is one self-contained file (inline CSS and SVG charts, no scripts or external
      resources) that opens offline and prints well. CSV writes the summary tables to FILE and
      the answers in long form (one row per case and question) beside it as FILE-responses.csv.
      Case references are pseudonyms unless --identify is given (which is logged).
      """,
    arguments: [
      .option("round", valueName: "name", help: "The round."),
      .option(
        "compare-with", valueName: "round",
        help: "An earlier round to compare with (training impact)."),
      .option(
        "trained-workers", valueName: "course",
        help: "With --compare-with: split by training attendance."),
      .option(
        "design", valueName: "cohort|per-round",
        help: "With --trained-workers: cohort (default) or per-round grouping."),
      .option(
        "by", valueName: "dimension",
        help: "A breakdown (stage, team, auditorAgency, ageBand, neglectType, longTerm)."),
      .option(
        "format", valueName: "format",
        help: "html, md, csv, json, or summary (the two-page summary for the board, as HTML)."),
      .option("out", valueName: "file", help: "The file to write."),
      .option("partnership", valueName: "name", help: "The partnership's name for the cover."),
      .flag("identify", help: "Use real case ids instead of pseudonyms (logged)."),
      .flag(
        "verify",
        help: "Re-derive the sample from the population snapshot now (otherwise the report cites "
          + "the last 'sample verify' of this sample)."),
      CommonArguments.workspace,
    ],
    run: { invocation in try run(invocation) })

  static func run(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    guard let format = try arguments.choice("format", as: Format.self) else {
      throw UsageError(
        message: "missing '--format' (html, md, csv, json or summary)",
        commandPath: arguments.commandPath)
    }
    let out = invocation.resolve(try arguments.required("out"))
    let dimension = try arguments.choice("by", as: BreakdownDimension.self)
    let identify = arguments.flag("identify")
    if arguments.value("trained-workers") != nil && arguments.value("compare-with") == nil {
      throw UsageError(
        message: "--trained-workers needs --compare-with", commandPath: arguments.commandPath)
    }
    let workspace = try invocation.openWorkspace()
    let audited = try AuditedRound(
      roundName: try arguments.required("round"), workspace: workspace, identify: identify)
    let context = audited.context
    let findings = RoundFindings.compute(
      tool: context.tool, round: audited.info, cases: audited.cases, breakdown: dimension)
    let agreement = AgreementReport.compute(
      tool: context.tool, round: audited.info, cases: audited.cases)
    let comparison = try arguments.value("compare-with").map { earlier in
      try RoundComparisonAssembly.compare(
        before: try AuditedRound(roundName: earlier, workspace: workspace, identify: identify),
        after: audited, within: nil, course: arguments.value("trained-workers"),
        design: try arguments.trainingDesign(), workspace: workspace)
    }
    let input = ReportInput(
      partnership: arguments.value("partnership"),
      round: ReportRound(
        name: context.round.name, purpose: context.round.purpose.rawValue,
        toolID: context.tool.id, toolVersion: context.tool.version, toolTitle: context.tool.title,
        auditDate: context.round.auditDate?.description, createdAt: context.round.createdAt,
        training: context.round.training),
      participants: participants(audited), findings: findings,
      agreement: agreement.cases > 0 ? agreement : nil, comparison: comparison,
      methods: try methods(
        audited, workspace: workspace, verify: arguments.flag("verify"), actor: invocation.actor),
      dataQuality: try dataQuality(audited, workspace: workspace),
      generatedAt: Workspace.timestamp(invocation.now()), identified: identify,
      auditTool: context.tool)

    var files: [(String, [UInt8])] = []
    switch format {
    case .html: files = [(out, Array(HTMLReport.render(input).utf8))]
    case .summary: files = [(out, Array(HTMLReport.renderSummary(input).utf8))]
    case .md: files = [(out, Array(MarkdownReport.render(input).utf8))]
    case .json: files = [(out, try JSONReport.render(input))]
    case .csv:
      files = [
        (out, CSVReport.summary(input)),
        (responsesPath(for: out), CSVReport.responses(rows: responseRows(audited))),
      ]
    }
    let written = files.map(\.0)
    // The report and its event land together: written inside the transaction that logs it,
    // and removed again if that transaction fails.
    do {
      try workspace.write(
        actor: invocation.actor, action: identify ? "report.identified" : "report.written",
        subject: context.round.name,
        details: ["format": format.rawValue, "compareWith": arguments.value("compare-with") ?? ""]
      ) { _ in
        for (path, bytes) in files { try CommandInputs.write(bytes, to: path) }
      }
    } catch {
      for path in written { try? FileManager.default.removeItem(atPath: path) }
      throw error
    }
    for path in written { invocation.stdout.line("Wrote \(path)") }
    return ExitCode.success
  }

  /// `report.csv` → `report-responses.csv`.
  static func responsesPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let stem = url.deletingPathExtension().lastPathComponent
    return url.deletingLastPathComponent().appendingPathComponent("\(stem)-responses.csv").path
  }

  /// A case's auditors' responses and its moderation, drafts left out.
  static func finalResponses(of item: AuditedCase) -> [AuditedResponse] {
    (item.responses + (item.moderated.map { [$0] } ?? [])).filter { $0.status != .draft }
  }

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
    if audited.spec != nil, let draw = audited.draw,
      let stored = try workspace.sample(forRound: round)
    {
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
      populationSize: audited.draw?.populationSize ?? snapshot?.cases ?? 0,
      eligible: audited.draw?.eligible ?? 0, filters: audited.info.sampleDescription,
      strata: audited.draw?.strata.map {
        ReportMethods.Stratum(key: $0.key, eligible: $0.eligible, sampled: $0.sampled)
      } ?? [],
      seed: audited.draw.map { String($0.seed) } ?? "", algorithm: audited.draw?.algorithm ?? "",
      verification: verification,
      allocation: allocation.map {
        ReportMethods.Allocation(
          seed: $0.seed, raters: $0.raters,
          auditors: Set(audited.cases.flatMap(\.allocatedAuditors)).count,
          doubleFraction: $0.doubleFraction)
      }, replacements: audited.draw?.replacements.count ?? 0)
  }

  static func dataQuality(_ audited: AuditedRound, workspace: Workspace) throws -> [String] {
    var notes: [String] = []
    let snapshotID = audited.context.round.snapshotID
    let warnings = try workspace.warnings(inSnapshot: snapshotID)
    if !warnings.isEmpty {
      let byKind = Dictionary(grouping: warnings, by: \.kind).map { kind, group in
        (kind, group.count)
      }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.rawValue < $1.0.rawValue }
      let kinds = byKind.map { "\($0.1) \(ReportCommand.kindLabel($0.0, count: $0.1))" }
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

  static func responseRows(_ audited: AuditedRound) -> [ResponseRow] {
    var rows: [ResponseRow] = []
    for item in audited.cases {
      for response in finalResponses(of: item) {
        for question in audited.context.tool.questions {
          guard let answer = response.answers[question.id] else { continue }
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
