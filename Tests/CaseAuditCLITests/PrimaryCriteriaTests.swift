import Foundation
import TestSupport
import Testing

/// `compare --primary`: a pre-declared Holm family, recorded once with the follow-up round.
@Suite struct PrimaryCriteriaTests {
  private func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func primaryCriteriaAreHolmsFamilyAndAreRecordedOnce() throws {
    let directory = try TemporaryDirectory()
    let out = directory.file("demo")
    let demo = InProcessCLI.run(["demo", "--out", out, "--samples", DemoTests.samples])
    #expect(demo.exitCode == 0, "\(demo.stderr)")
    let ws = ["--workspace", out + "/caseaudit.db"]
    let rounds = ["compare", "--before", DemoTests.baseline, "--after", DemoTests.followUp]
    let primary = ["assess.familyHistory", "assess.voice", "change.measured"]

    // An id the rounds do not share is a usage error, and nothing is recorded.
    let unknown = InProcessCLI.run(rounds + ["--primary", "assess.voice,nope"] + ws)
    #expect(unknown.exitCode == 64)
    #expect(unknown.stderr.contains("'nope'"))
    let before = try object(InProcessCLI.run(rounds + ["--json"] + ws).stdout)
    #expect(before["primary"] is NSNull)
    let everyCriterion = try #require(before["familySize"] as? Int)
    #expect(everyCriterion > primary.count)

    let declared = InProcessCLI.run(
      rounds + ["--primary", primary.joined(separator: ","), "--json"] + ws)
    #expect(declared.exitCode == 0, "\(declared.stderr)")
    let comparison = try object(declared.stdout)
    #expect(comparison["primary"] as? [String] == primary)
    #expect(comparison["familySize"] as? Int == primary.count)
    let questions = try #require(comparison["questions"] as? [[String: Any]])
    // Holm over the primary criteria alone, recomputed here from their unadjusted p-values.
    let family = questions.filter { primary.contains($0["id"] as? String ?? "") }
    let raw = family.compactMap { $0["fisherP"] as? Double }
    let order = raw.indices.sorted { raw[$0] < raw[$1] }
    var expected = [Double](repeating: 0, count: raw.count)
    var running = 0.0
    for (rank, index) in order.enumerated() {
      running = max(running, min(1, Double(raw.count - rank) * raw[index]))
      expected[index] = running
    }
    let adjusted = family.compactMap { $0["holmP"] as? Double }
    #expect(adjusted.count == expected.count)
    for (got, want) in zip(adjusted, expected) { #expect(abs(got - want) < 1e-12) }
    for question in questions where !primary.contains(question["id"] as? String ?? "") {
      #expect(question["holmP"] is NSNull)
      let verdict = question["verdict"] as? String
      #expect(verdict != "improved" && verdict != "worsened", "a secondary criterion confirmed")
      if verdict == "possible change" {
        #expect((question["caveat"] as? String)?.contains("secondary criterion") == true)
      }
    }

    // Recorded with the round: later comparisons (and the report) use it without the flag.
    let later = try object(InProcessCLI.run(rounds + ["--json"] + ws).stdout)
    #expect(later["primary"] as? [String] == primary)
    // A different family after the fact is refused.
    let changed = InProcessCLI.run(rounds + ["--primary", "assess.voice"] + ws)
    #expect(changed.exitCode != 0)
    #expect(changed.stderr.contains("cannot change"))
    let again = InProcessCLI.run(rounds + ["--primary", primary.joined(separator: ",")] + ws)
    #expect(again.exitCode == 0, "declaring the same list again is harmless")
  }
}
