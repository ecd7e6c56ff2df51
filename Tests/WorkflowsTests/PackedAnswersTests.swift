import AuditForms
import AuditStore
import Findings
import Formats
import Foundation
import TestSupport
import Testing
import Workflows

/// The aggregator reads packed answers (values and evidence marks, the evidence text left in
/// the workspace); its figures and quotes are the ones it computes from every answer in full.
@Suite struct PackedAnswersTests {
  /// Every round of the demo: findings (with their quotes) and agreement from the packed read
  /// equal those from the full answers, field for field.
  @Test func findingsFromPackedAnswersAreTheFindingsFromFullAnswers() throws {
    let (directory, path) = try DemoWorkspace.make()
    defer { _ = directory }
    let workspace = try Workspace.open(at: path, actor: "test")
    var quotes = 0
    var packedResponses = 0
    for round in try workspace.rounds() {
      let audited = try AuditedRound(roundName: round.name, workspace: workspace)
      let tool = audited.context.tool
      let full = try audited.fullAnswers()
      var unpacked = audited.cases
      for index in unpacked.indices {
        func expand(_ response: AuditedResponse) throws -> AuditedResponse {
          guard case .packed(_, let key) = response.answers else { return response }
          packedResponses += 1
          var copy = response
          copy.answers = .full(try #require(full[key]))
          return copy
        }
        unpacked[index].responses = try unpacked[index].responses.map(expand)
        unpacked[index].moderated = try unpacked[index].moderated.map(expand)
      }
      for breakdown in [nil, BreakdownDimension.stage] {
        let fromPacked = try RoundFindings.compute(
          tool: tool, round: audited.info, cases: audited.cases, breakdown: breakdown,
          evidence: audited.evidence)
        let fromFull = RoundFindings.compute(
          tool: tool, round: audited.info, cases: unpacked, breakdown: breakdown)
        #expect(fromPacked == fromFull, "\(round.name)")
        quotes += fromPacked.keyFindings.reduce(0) { $0 + $1.evidence.count }
      }
      #expect(
        AgreementReport.compute(tool: tool, round: audited.info, cases: audited.cases)
          == AgreementReport.compute(tool: tool, round: audited.info, cases: unpacked))
    }
    #expect(packedResponses > 100)
    #expect(quotes > 10, "the demo's key findings quote evidence")
  }

  /// Without a way to read evidence, packed answers give figures but no quotes — never quotes
  /// made up from the marks.
  @Test func packedAnswersWithoutEvidenceGiveNoQuotes() throws {
    let (directory, path) = try DemoWorkspace.make()
    defer { _ = directory }
    let workspace = try Workspace.open(at: path, actor: "test")
    let round = try #require(try workspace.rounds().first)
    let audited = try AuditedRound(roundName: round.name, workspace: workspace)
    let tool = audited.context.tool
    let withEvidence = try RoundFindings.compute(
      tool: tool, round: audited.info, cases: audited.cases, evidence: audited.evidence)
    let without = RoundFindings.compute(tool: tool, round: audited.info, cases: audited.cases)
    #expect(without.keyFindings.allSatisfy { $0.evidence.isEmpty })
    #expect(without.questions == withEvidence.questions)
    #expect(without.themes == withEvidence.themes)
  }

  /// A packed slot round-trips every kind of value, a code the tool does not list included,
  /// and a code given as the wrong kind (a level to a choice question) stays what it was.
  @Test func everyValueRoundTripsThroughASlot() throws {
    let layout = PackedAnswers.Layout(
      questionIDs: ["g", "c", "m", "n"], codes: [["a", "b"], ["x", "y"], ["p", "q"], []],
      isChoice: [false, true, false, false])
    let values: [(Int, AnswerValue)] = [
      (0, .level("b")), (0, .level("zz")), (0, .choice("a")), (0, .notApplicable),
      (1, .choice("y")), (1, .level("x")), (1, .choice("new")), (2, .choices(["p", "q"])),
      (2, .level("p")), (3, .number(-2.5)), (3, .text("free")),
      (3, .date(try #require(CalendarDate(iso: "2026-02-28")))),
    ]
    for (position, value) in values {
      for evidenced in [false, true] {
        var packed = PackedAnswers(layout: layout)
        packed.set(value, hasEvidence: evidenced, at: position)
        #expect(packed.value(at: position) == value, "\(value)")
        #expect(packed.hasEvidence(at: position) == evidenced)
        #expect(packed.answeredCount == 1)
        packed.clear(at: position)
        #expect(packed.value(at: position) == nil && packed.answeredCount == 0)
      }
    }
    // Equality is what the answers say, not how the values happen to be stored.
    var overwritten = PackedAnswers(layout: layout)
    overwritten.set(.number(1), hasEvidence: false, at: 3)
    overwritten.set(.number(2), hasEvidence: false, at: 3)
    var direct = PackedAnswers(layout: layout)
    direct.set(.number(2), hasEvidence: false, at: 3)
    #expect(overwritten == direct && overwritten.hashValue == direct.hashValue)
    direct.set(.number(2), hasEvidence: true, at: 3)
    #expect(overwritten != direct)
    var coded = PackedAnswers(layout: layout)
    coded.set(.level("b"), hasEvidence: false, at: 0)
    #expect(coded[0] == .code(1))
    coded.set(.level("x"), hasEvidence: false, at: 1)
    #expect(coded[1] == .value(.level("x")))
  }
}
