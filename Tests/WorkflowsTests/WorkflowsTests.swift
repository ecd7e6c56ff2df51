import AuditForms
import AuditStore
import CaseList
import Findings
import Foundation
import Reports
import Sampling
import TestSupport
import Testing
import Workflows

/// The use cases run in-process on the demo's workspace give what the commands print.
@Suite struct WorkflowsTests {
  static let baseline = DemoWorkspace.baseline
  static let followUp = DemoWorkspace.followUp
  static let course = DemoWorkspace.course

  /// The demo's workspace, made once by the `caseaudit` binary (the front end under test is
  /// the library; the binary only sets the scene).
  private static let demo = Result { try DemoWorkspace.make() }

  private func workspace() throws -> (Workspace, String) {
    let (_, path) = try Self.demo.get()
    return (try Workspace.open(at: path, actor: "test"), path)
  }

  @Test func anAuditedRoundHoldsEverySampledCaseUnderItsPseudonym() throws {
    let (workspace, path) = try workspace()
    let round = try AuditedRound(roundName: Self.followUp, workspace: workspace)
    let findings = try CommandRunner.run(
      ["findings", "--round", Self.followUp, "--json", "--workspace", path])
    let printed = try #require(
      try JSONSerialization.jsonObject(with: Data(findings.stdout.utf8)) as? [String: Any])
    #expect(round.cases.count == printed["cases"] as? Int)
    #expect(round.cases.map(\.caseID) == round.cases.map(\.caseID).sorted())
    #expect(round.cases.allSatisfy { $0.reference != $0.caseID })
    #expect(round.cases.allSatisfy { !$0.responses.isEmpty })
    let identified = try AuditedRound(
      roundName: Self.followUp, workspace: workspace, identify: true)
    #expect(identified.cases.allSatisfy { $0.reference == $0.caseID })
    let draw = try #require(try round.sample()?.draw)
    #expect(round.spec != nil)
    // The design weights come from the stored sample's rows: the draw's own probabilities.
    let probabilities = Dictionary(
      uniqueKeysWithValues: draw.cases.map { ($0.caseId, $0.inclusionProbability) })
    for audited in round.cases {
      let probability = try #require(probabilities[audited.caseID])
      #expect(audited.weight.map { abs($0 - 1 / probability) < 1e-12 } ?? false)
    }
  }

  /// References made on every core are the ones made one by one, in order.
  @Test func referencesMadeInParallelAreTheSerialOnes() {
    let pseudonyms = Pseudonymizer(secret: Array("a secret of the test".utf8))
    let ids = (0..<20_000).map { "CHILD-\($0)" }
    #expect(
      AuditedRound.references(for: ids, pseudonyms: pseudonyms)
        == ids.map(pseudonyms.reference(for:)))
  }

  @Test(arguments: [nil, course])
  func aComparisonInProcessIsTheComparisonTheCommandPrints(course: String?) throws {
    let (workspace, path) = try workspace()
    let compared = try RoundComparisonAssembly.compare(
      before: try AuditedRound(roundName: Self.baseline, workspace: workspace),
      after: try AuditedRound(roundName: Self.followUp, workspace: workspace), within: nil,
      course: course, workspace: workspace)
    let run = try CommandRunner.run(
      [
        "compare", "--before", Self.baseline, "--after", Self.followUp, "--json", "--workspace",
        path,
      ]
        + (course.map { ["--trained-workers", $0] } ?? []))
    #expect(run.exitCode == 0, "\(run.stderr)")
    let printed = try JSONDecoder().decode(RoundComparison.self, from: Data(run.stdout.utf8))
    #expect(printed == compared)
    #expect(!compared.questions.isEmpty)
  }

  @Test func aReportAssembledInProcessIsTheReportTheCommandWrites() throws {
    let (workspace, path) = try workspace()
    let directory = try TemporaryDirectory()
    let out = directory.file("report.json")
    let run = try CommandRunner.run(
      [
        "report", "--round", Self.followUp, "--compare-with", Self.baseline, "--trained-workers",
        Self.course, "--by", "stage", "--partnership", "Northbridge", "--format", "json", "--out",
        out, "--workspace", path,
      ])
    #expect(run.exitCode == 0, "\(run.stderr)")
    let report = try ReportAssembly.assemble(
      ReportRequest(
        round: Self.followUp, compareWith: Self.baseline, trainedWorkers: Self.course,
        breakdown: .stage, partnership: "Northbridge"),
      workspace: workspace, actor: "test", now: Date())
    func object(_ bytes: [UInt8]) throws -> NSDictionary {
      let parsed = try JSONSerialization.jsonObject(with: Data(bytes))
      // Not an object reads as empty, which the checks on `comparison` below then catch.
      let object = parsed as? [String: Any] ?? [:]
      return object.filter { $0.key != "generatedAt" } as NSDictionary
    }
    let written = try object(Array(try Data(contentsOf: URL(fileURLWithPath: out))))
    #expect(written == (try object(try JSONReport.render(report.input))))
    #expect(written["comparison"] != nil)
    let rows = try report.responseRows()
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.caseReference.hasPrefix("CA-") })
  }

  @Test func theRoundsProgressIsWhatTheCommandPrints() throws {
    let (workspace, path) = try workspace()
    let progress = try RoundProgress(round: Self.followUp, workspace: workspace)
    #expect(
      progress.cases.count
        == (try RoundContext(roundName: Self.followUp, workspace: workspace)).sampled.count)
    #expect(progress.done == progress.cases.count)
    #expect(progress.byState[.moderated, default: 0] > 0)
    let run = try CommandRunner.run(
      ["round", "progress", "--round", Self.followUp, "--json", "--workspace", path])
    #expect(run.exitCode == 0, "\(run.stderr)")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    #expect(run.stdout == String(decoding: try encoder.encode(progress), as: UTF8.self) + "\n")
    let text = try CommandRunner.run(
      ["round", "progress", "--round", Self.followUp, "--workspace", path])
    #expect(text.stdout.contains("\(progress.done) of \(progress.cases.count) case(s)"))
  }

  @Test func aCourseNoOneAttendedIsNamedWithTheCoursesThereAre() throws {
    let (workspace, _) = try workspace()
    let failure = #expect(throws: WorkflowFailure.self) {
      try RoundComparisonAssembly.compare(
        before: try AuditedRound(roundName: Self.baseline, workspace: workspace),
        after: try AuditedRound(roundName: Self.followUp, workspace: workspace), within: nil,
        course: "Knitting", workspace: workspace)
    }
    #expect(failure?.message.hasPrefix("no one attended a course called 'Knitting'") == true)
    #expect(failure?.message.contains(Self.course) == true)
  }

  @Test func aDrawVerifiesAgainstItsSnapshotAndTheOutcomeIsRecorded() throws {
    let (workspace, _) = try workspace()
    let round = try workspace.requireRound(named: Self.followUp)
    #expect(try SampleWork.verifyAndRecord(round, workspace: workspace, actor: "test") == [])
    let (spec, draw, _) = try SampleWork.load(round, workspace: workspace)
    #expect(draw.cases.count >= spec.size)
    #expect(try SampleWork.snapshot(id: nil, workspace: workspace).id == round.snapshotID)
    #expect(throws: WorkflowFailure("there is no snapshot 99")) {
      try SampleWork.snapshot(id: 99, workspace: workspace)
    }
  }

  @Test func anEmptyWorkspaceHasNoSnapshotAndSaysHowToImportOne() throws {
    let temp = try TemporaryWorkspace()
    #expect(
      throws: WorkflowFailure(
        "the workspace has no case list yet; import one with 'caseaudit cases import'")
    ) { try SampleWork.snapshot(id: nil, workspace: temp.workspace) }
  }

  @Test func aRoundContextNamesWhatIsMissing() throws {
    let (workspace, _) = try workspace()
    let context = try RoundContext(roundName: Self.followUp, workspace: workspace)
    let sampled = try #require(context.sampled.sorted().first)
    let reference = context.pseudonyms.reference(for: sampled)
    #expect(try context.requireCase(reference).id == sampled)
    #expect(try context.requireCase(sampled).id == sampled)
    #expect(throws: WorkflowFailure.self) { try context.requireCase("NOT-A-CASE") }
    #expect(
      throws: WorkflowFailure(
        "there is no auditor 'Z99' in the roster (see 'caseaudit auditors list')")
    ) { try context.requireAuditor("Z99") }
    #expect(throws: WorkspaceDataError.self) {
      try RoundContext(roundName: "no such round", workspace: workspace)
    }
  }

  @Test func aPartnershipsToolIsInstalledOnceAndABuiltInOneCannotBeRedefined() throws {
    let temp = try TemporaryWorkspace()
    let shipped = try #require(ShippedTools.entry(id: "neglect-thematic"))
    let original = try shipped.load().get()
    // The same tool under a new id is a partnership's own tool.
    let ownText = shipped.json.replacingOccurrences(
      of: "\"id\": \"neglect-thematic\"", with: "\"id\": \"northbridge-neglect\"")
    let own = try AuditToolLoader.load(text: ownText, fileName: "own.json").get()
    #expect(own.id == "northbridge-neglect")
    #expect(
      try ToolCatalog.install(own, definition: ownText, workspace: temp.workspace, actor: "t")
        == .installed)
    #expect(
      try ToolCatalog.install(own, definition: ownText, workspace: temp.workspace, actor: "t")
        == .alreadyInstalled)
    #expect(try ToolCatalog(workspace: temp.workspace).tool(id: own.id, version: nil).id == own.id)
    let changed = shipped.json.replacingOccurrences(of: original.title, with: "Changed title")
    #expect(throws: WorkflowFailure.self) {
      try ToolCatalog.install(
        try AuditToolLoader.load(text: changed, fileName: "x.json").get(), definition: changed,
        workspace: temp.workspace, actor: "t")
    }
  }

  @Test func theCatalogListsEveryToolInVersionOrderAndNamesWhatIsNot() throws {
    let catalog = try ToolCatalog(workspace: nil)
    #expect(Set(catalog.entries.map(\.id)) == Set(ShippedTools.all.map(\.id)))
    #expect(catalog.entries.allSatisfy { $0.builtIn })
    #expect(ToolCatalog.versionKey("1.10.0").lexicographicallyPrecedes([1, 11]))
    #expect(!ToolCatalog.versionKey("1.10.0").lexicographicallyPrecedes([1, 9]))
    let tool = try catalog.tool(id: "neglect-thematic", version: nil)
    #expect(tool.id == "neglect-thematic")
    let unknown = #expect(throws: WorkflowFailure.self) {
      try catalog.entry(id: "no-such-tool", version: nil)
    }
    #expect(unknown?.message.contains("neglect-thematic") == true)
    let version = #expect(throws: WorkflowFailure.self) {
      try catalog.entry(id: "neglect-thematic", version: "0.0.1")
    }
    #expect(version?.message.hasPrefix("tool 'neglect-thematic' has no version 0.0.1") == true)
  }
}
