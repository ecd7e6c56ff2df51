import Foundation
import TestSupport
import Testing

/// Recording, revising, filling, moderating, listing and exporting answers through the binary.
@Suite struct AuditCommandTests {
  static let miniTool = """
    {"id": "mini-audit", "version": "1.0.0", "title": "Mini audit",
     "description": "A three-question test tool.",
     "themes": [{"id": "history", "title": "Family history", "description": "History analysed."}],
     "sections": [{"id": "assess", "title": "Assessment", "questions": [
       {"id": "assess.history", "type": "grade", "scale": "ofsted4",
        "text": "Is family history analysed?", "themes": ["history"], "required": true,
        "evidence": "requiredBelowAcceptable",
        "guidance": {"good": "History shapes the plan.", "inadequate": "No history."}},
       {"id": "assess.why", "type": "text", "text": "What was missing?",
        "showIf": "assess.history < good", "required": true},
       {"id": "assess.voice", "type": "grade", "scale": "yesPartlyNo",
        "text": "Is the child's voice heard?", "themes": ["history"], "allowNotApplicable": true}
     ]}]}
    """

  /// A workspace with a drawn, double-rated round on the mini tool.
  struct Setup {
    let directory: TemporaryDirectory
    let ws: [String]
    /// Case id → allocated auditor ids.
    let allocation: [String: [String]]

    init() throws {
      directory = try TemporaryDirectory()
      ws = ["--workspace", directory.file("w.db")]
      let files = try SamplingCommandTests.writeLists(in: directory)
      let tool = try directory.write(AuditCommandTests.miniTool, to: "mini.json")
      let roster = try directory.write(SamplingCommandTests.roster, to: "roster.csv")
      for command in [
        ["init"], ["cases", "import"] + files + ["--as-of", "2026-03-31"],
        ["form", "install", tool],
        ["round", "create", "R1", "--tool", "mini-audit"],
        ["sample", "draw", "--round", "R1", "--size", "4", "--seed", "3"],
        ["auditors", "import", roster],
      ] {
        let result = InProcessCLI.run(command + ws)
        #expect(result.exitCode == 0, "\(command): \(result.stderr)")
      }
      let allocated = InProcessCLI.run(
        ["round", "allocate", "--round", "R1", "--raters", "2", "--seed", "1", "--json"] + ws)
      let object =
        try JSONSerialization.jsonObject(with: Data(allocated.stdout.utf8)) as? [String: Any]
      let assignments = object?["assignments"] as? [[String: Any]] ?? []
      var allocation: [String: [String]] = [:]
      for assignment in assignments {
        if let id = assignment["caseId"] as? String,
          let auditors = assignment["auditors"] as? [String]
        {
          allocation[id] = auditors
        }
      }
      self.allocation = allocation
      #expect(allocation.count == 4)
    }

    var firstCase: (id: String, auditors: [String]) {
      let id = allocation.keys.sorted()[0]
      return (id, allocation[id] ?? [])
    }

    func answers(_ json: String, name: String = "answers.json") throws -> String {
      try directory.write(json, to: name)
    }
  }

  static let goodAnswers = """
    {"answers": {"assess.history": {"value": "good", "evidence": "Genogram on file."},
                 "assess.voice": {"value": "yes"}}}
    """

  @Test func recordingAgainKeepsEveryRevision() throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    let file = try setup.answers(Self.goodAnswers)
    for expected in 1...2 {
      let result = InProcessCLI.run(
        [
          "audit", "record", "--round", "R1", "--case", caseID, "--auditor", auditors[0],
          "--answers", file, "--json",
        ] + setup.ws)
      #expect(result.exitCode == 0, "\(result.stderr)")
      #expect(result.stdout.contains("\"revision\" : \(expected)"))
      #expect(!result.stdout.contains(caseID), "output uses the pseudonym")
    }
    let shown = InProcessCLI.run(
      ["audit", "show", "--round", "R1", "--case", caseID, "--all-revisions", "--json"] + setup.ws)
    let revisions = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
    #expect(revisions.map { $0["revision"] as? Int } == [1, 2])
    let answers = try #require(revisions.first?["answers"] as? [String: Any])
    #expect(answers["answers"] != nil)
    let listed = InProcessCLI.run(["audit", "list", "--round", "R1", "--json"] + setup.ws)
    #expect(listed.stdout.contains("\"submitted\""))
    #expect(
      InProcessCLI.run(["status", "--json"] + setup.ws).stdout.contains("\"responses\" : 1"))
  }

  @Test(arguments: [
    (#"{"answers": {"assess.history": {"value": "excellent"}}}"#, "assess.history", "'excellent'"),
    (
      #"{"answers": {"assess.histry": {"value": "good"}, "assess.history": {"value": "good"}}}"#,
      "assess.histry", "unknown question"
    ),
    (#"{"answers": {"assess.voice": {"value": "yes"}}}"#, "assess.history", "required"),
    (
      #"{"answers": {"assess.history": {"value": "inadequate"}, "assess.why": {"value": "none"}}}"#,
      "assess.history", "evidence"
    ),
    (
      #"{"answers": {"assess.history": {"value": "good"}, "assess.why": {"value": "x"}}}"#,
      "assess.why", "does not apply"
    ),
    (
      #"{"answers": {"assess.history": {"value": "goood"}, "assess.why": {"value": "x"}}}"#,
      "assess.why: follows from the problem with assess.history above",
      "2 problems in the answers (and 1 answer that follows from them)"
    ),
    (#"{"answers": {"assess.history": {"value": "na"}}}"#, "assess.history", "not allowed"),
    (#"{"answers": {"assess.history": {"value": 3}}}"#, "assess.history", ""),
    (#"{"answers": {"assess.history": {"value": "good"}"#, "answers.json:1:", ""),
  ])
  func badAnswersExit65NamingTheQuestionAndSaveNothing(
    json: String, place: String, words: String
  ) throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    let file = try setup.answers(json)
    let result = InProcessCLI.run(
      [
        "audit", "record", "--round", "R1", "--case", caseID, "--auditor", auditors[0],
        "--answers", file,
      ] + setup.ws)
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains(place), "\(result.stderr)")
    #expect(
      words.isEmpty || result.stderr.lowercased().contains(words.lowercased()), "\(result.stderr)")
    #expect(result.stderr.contains("nothing was saved"))
    #expect(
      InProcessCLI.run(["status", "--json"] + setup.ws).stdout.contains("\"responses\" : 0"))
  }

  @Test func draftsSkipTheCompletenessChecks() throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    let file = try setup.answers(#"{"answers": {"assess.voice": {"value": "partly"}}}"#)
    let result = InProcessCLI.run(
      [
        "audit", "record", "--round", "R1", "--case", caseID, "--auditor", auditors[0],
        "--answers", file, "--draft",
      ] + setup.ws)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("a draft"))
  }

  @Test func onlyAllocatedAuditorsRecordUnlessToldOtherwise() throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    let outsider = try #require(
      ["A01", "A02", "A03", "A04", "A05"].first { !auditors.contains($0) })
    let file = try setup.answers(Self.goodAnswers)
    let refused = InProcessCLI.run(
      [
        "audit", "record", "--round", "R1", "--case", caseID, "--auditor", outsider,
        "--answers", file,
      ] + setup.ws)
    #expect(refused.exitCode == 1)
    #expect(refused.stderr.contains("--unallocated"))
    let allowed = InProcessCLI.run(
      [
        "audit", "record", "--round", "R1", "--case", caseID, "--auditor", outsider,
        "--answers", file, "--unallocated",
      ] + setup.ws)
    #expect(allowed.exitCode == 0, "\(allowed.stderr)")
    #expect(
      InProcessCLI.run(["log", "--json"] + setup.ws).stdout.contains(
        "\\\"unallocated\\\":\\\"true\\\""))
  }

  @Test func fillCompletesAWholeAuditFromPipedInput() throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    // history: "4" = inadequate (needs evidence), why (shown because below good), voice: na.
    let input = "?\n4\nNo chronology or genogram.\nNothing about the father's history.\n\nna\n"
    let result = InProcessCLI.run(
      ["audit", "fill", "--round", "R1", "--case", caseID, "--auditor", auditors[0]] + setup.ws,
      stdin: input)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Good: History shapes the plan."))
    #expect(result.stdout.contains("[2/3] assess.why"), "the condition added a question")
    #expect(result.stdout.contains("Submitted: revision 1"))
    let shown = InProcessCLI.run(
      ["audit", "show", "--round", "R1", "--case", caseID, "--json"] + setup.ws)
    #expect(shown.stdout.contains("\"inadequate\""))
    #expect(shown.stdout.contains("\"submitted\""))
  }

  @Test func fillKeepsADraftWhenInputEndsAndResumesIt() throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    let arguments =
      ["audit", "fill", "--round", "R1", "--case", caseID, "--auditor", auditors[0]] + setup.ws
    let partial = InProcessCLI.run(arguments, stdin: "good\nGenogram seen.\n")
    #expect(partial.exitCode == 0, "\(partial.stderr)")
    #expect(partial.stdout.contains("saved a draft (revision 1"))
    let resumed = InProcessCLI.run(arguments, stdin: "\nyes\n\n")
    #expect(resumed.exitCode == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("Resuming revision 1 (draft)"))
    #expect(resumed.stdout.contains("Submitted: revision 2"))
  }

  @Test func fillKeepsADraftOnCtrlC() throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    let running = try CommandRunner.start(
      ["audit", "fill", "--round", "R1", "--case", caseID, "--auditor", auditors[0]] + setup.ws)
    running.send(input: "good\nGenogram seen.\n")
    #expect(running.waitForOutput(containing: "[2/2] assess.voice"))
    running.send(signal: SIGINT)
    #expect(running.waitForExit(), "Ctrl-C ends fill without closing its input")
    let result = running.wait()
    #expect(result.exitCode == 130)
    #expect(result.stderr.contains("Interrupted: saved a draft (revision 1)"))
    let shown = InProcessCLI.run(
      ["audit", "show", "--round", "R1", "--case", caseID, "--json"] + setup.ws)
    #expect(shown.stdout.contains("\"draft\""))
    #expect(shown.stdout.contains("Genogram seen."))
  }

  @Test func moderationKeepsTheOriginals() throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    #expect(auditors.count == 2)
    let first = try setup.answers(Self.goodAnswers, name: "a.json")
    let second = try setup.answers(
      #"{"answers": {"assess.history": {"value": "requiresImprovement", "evidence": "Dated."}, "assess.why": {"value": "Old history only."}, "assess.voice": {"value": "partly"}}}"#,
      name: "b.json")
    for (auditor, file) in zip(auditors, [first, second]) {
      let result = InProcessCLI.run(
        [
          "audit", "record", "--round", "R1", "--case", caseID, "--auditor", auditor,
          "--answers", file,
        ] + setup.ws)
      #expect(result.exitCode == 0, "\(result.stderr)")
    }
    let notModerator = InProcessCLI.run(
      ["moderate", "--round", "R1", "--case", caseID, "--moderator", "A05", "--answers", first]
        + setup.ws)
    #expect(notModerator.exitCode == 1)
    let moderated = InProcessCLI.run(
      [
        "moderate", "--round", "R1", "--case", caseID, "--moderator", "M01", "--answers", second,
        "--rationale", "History was dated.",
      ] + setup.ws)
    #expect(moderated.exitCode == 0, "\(moderated.stderr)")
    let shown = InProcessCLI.run(
      ["audit", "show", "--round", "R1", "--case", caseID, "--json"] + setup.ws)
    let revisions = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
    #expect(revisions.count == 3)
    #expect(
      revisions.contains {
        $0["kind"] as? String == "moderation" && $0["rationale"] as? String == "History was dated."
      })
    #expect(revisions.filter { $0["kind"] as? String == "audit" }.count == 2)
  }

  @Test func exportUsesPseudonymsUnlessIdentifiedAndNeutralisesFormulas() throws {
    let setup = try Setup()
    let (caseID, auditors) = setup.firstCase
    let file = try setup.answers(
      #"{"answers": {"assess.history": {"value": "good", "evidence": "=HYPERLINK(\"x\")"}, "assess.voice": {"value": "yes"}}}"#
    )
    let recorded = InProcessCLI.run(
      [
        "audit", "record", "--round", "R1", "--case", caseID, "--auditor", auditors[0],
        "--answers", file,
      ] + setup.ws)
    #expect(recorded.exitCode == 0, "\(recorded.stderr)")
    let out = setup.directory.file("export.csv")
    let export = InProcessCLI.run(
      ["audit", "export", "--round", "R1", "--format", "csv", "--out", out] + setup.ws)
    #expect(export.exitCode == 0, "\(export.stderr)")
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(
      text.hasPrefix(
        "case_reference,auditor,agency,kind,status,revision,question_id,value,evidence\r\n"))
    #expect(text.contains(",assess.history,good,\"'=HYPERLINK(\"\"x\"\")\"\r\n"))
    #expect(!text.contains(caseID))
    #expect(text.contains("CA-"))
    let identified = InProcessCLI.run(
      ["audit", "export", "--round", "R1", "--format", "json", "--identify"] + setup.ws)
    #expect(identified.stdout.contains(caseID))
    #expect(InProcessCLI.run(["log"] + setup.ws).stdout.contains("export.identified"))
  }

  @Test func aFailedIdentifiedExportOrReportLeavesNoFileAndNoEvent() throws {
    let setup = try Setup()
    let before = InProcessCLI.run(["status", "--json"] + setup.ws).stdout
    let export = InProcessCLI.run(
      [
        "audit", "export", "--round", "R1", "--format", "csv", "--identify",
        "--out", setup.directory.file("missing/folder/x.csv"),
      ] + setup.ws)
    #expect(export.exitCode == 1)
    #expect(export.stderr.contains("cannot write"))
    let report = InProcessCLI.run(
      [
        "report", "--round", "R1", "--format", "md", "--identify",
        "--out", setup.directory.file("missing/folder/r.md"),
      ] + setup.ws)
    #expect(report.exitCode == 1)
    #expect(InProcessCLI.run(["status", "--json"] + setup.ws).stdout == before)
  }

  @Test(arguments: ["neglect-thematic", "agency-contribution"])
  func shippedToolsCheckAndRenderFromAnyFolder(id: String) throws {
    let directory = try TemporaryDirectory()
    for format in ["text", "markdown", "html"] {
      let shown = InProcessCLI.run(
        ["form", "show", id, "--format", format], in: directory.path)
      #expect(shown.exitCode == 0, "\(shown.stderr)")
      #expect(shown.stdout.count > 2_000)
    }
    let listed = InProcessCLI.run(["form", "list", "--json"], in: directory.path)
    #expect(listed.stdout.contains("\"\(id)\""))
  }

  @Test func badToolDefinitionsExit65WithPathAndLine() throws {
    let directory = try TemporaryDirectory()
    let bad = try directory.write(
      Self.miniTool.replacingOccurrences(of: "assess.history < good", with: "assess.histry < good"),
      to: "bad.json")
    let result = InProcessCLI.run(["form", "check", bad])
    #expect(result.exitCode == 65)
    #expect(
      result.stderr.contains(
        "bad.json:10: sections[0].questions[1].showIf: unknown question 'assess.histry'"),
      "\(result.stderr)")
  }
}

/// Piped answers that are not answers: refused, nothing saved, never submitted.
@Suite struct FillJunkTests {
  @Test func randomBytesOrAWrongAnswerStopAPipedFillAndSaveNothing() throws {
    let setup = try AuditCommandTests.Setup()
    let (caseID, auditors) = setup.firstCase
    let arguments =
      ["audit", "fill", "--round", "R1", "--case", caseID, "--auditor", auditors[0]] + setup.ws
    var bytes: [UInt8] = []
    var state: UInt64 = 7
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes.append(UInt8(truncatingIfNeeded: state >> 56))
    }
    let junk = String(decoding: bytes, as: UTF8.self)
    for input in [junk, "not-a-level\nGenogram seen.\n", "good\nSeen \u{1}\n"] {
      let result = InProcessCLI.run(arguments, stdin: input)
      #expect(result.exitCode == 65, "\(result.stdout)")
      #expect(result.stderr.contains("nothing was saved"))
      let listed = InProcessCLI.run(
        ["audit", "list", "--round", "R1", "--json"] + setup.ws)
      #expect(!listed.stdout.contains("\"submitted\""), "a junk fill must never submit")
    }
  }
}
