import AuditForms
import Findings
import Statistics
import Testing

/// A verdict never outruns its interval or its multiplicity-adjusted test, on generated rounds
/// of many sizes and shifts, and on every possible pair of 40-case rounds.
@Suite struct ComparisonPropertyTests {
  @Test(arguments: Array(UInt64(1)...UInt64(12)))
  func aChangeIsConfirmedOnlyWhenTheIntervalAndTheAdjustedTestAgree(seed: UInt64) throws {
    let tool = try FindingsFixtures.tool()
    var generator = SeededCases(tool: tool, seed: seed)
    let sizes = [5, 20, 80, 200]
    let before = generator.cases(sizes[Int(seed % 4)], shift: Int(seed % 3) - 1)
    let after = generator.cases(sizes[Int((seed / 4) % 4)], first: 10_000, shift: 1 - Int(seed % 3))
    let comparison = RoundComparison.compute(
      before: (FindingsFixtures.round("Before"), before),
      after: (FindingsFixtures.round("After"), after), beforeTool: tool, afterTool: tool,
      within: .stage)
    var rows: [(ComparisonVerdict, ConfidenceInterval?, Double?, Double?, String?)] = []
    for question in comparison.questions + comparison.strata.flatMap(\.questions) {
      rows.append(
        (question.verdict, question.interval, question.fisherP, question.holmP, question.caveat))
    }
    for theme in comparison.themes + comparison.strata.flatMap(\.themes) {
      rows.append((theme.verdict, theme.interval, theme.fisherP, theme.holmP, theme.caveat))
    }
    #expect(!rows.isEmpty)
    for (verdict, interval, fisherP, holmP, caveat) in rows {
      let excludesZero = interval.map { $0.lower > 0 || $0.upper < 0 } ?? false
      let confirmed = excludesZero && (holmP ?? 1) < 0.05 && (fisherP ?? 1) < 0.05
      #expect(verdict.isConfirmed == confirmed)
      #expect(
        (verdict == .possibleChange) == (!confirmed && (excludesZero || (fisherP ?? 1) < 0.05)))
      if let interval, verdict == .improved { #expect(interval.lower > 0) }
      if let interval, verdict == .worsened { #expect(interval.upper < 0) }
      #expect((caveat != nil) == (verdict == .possibleChange))
      if let fisherP, let holmP { #expect(holmP >= fisherP) }
      #expect((fisherP == nil) == (holmP == nil))
    }
  }

  /// Every one of the 1,681 pairs of 40-case rounds (0–40 acceptable in each), as the only
  /// criterion and as one of a family of 33: the verdict is confirmed only when Newcombe's
  /// interval excludes zero and the Holm-adjusted Fisher p is below 0.05, and whenever the
  /// interval and the unadjusted test disagree it is at most a possible change.
  @Test func theVerdictTableOfEveryFortyAgainstFortyRound() throws {
    var confirmedAlone = 0
    var disagreements = 0
    for before in 0...40 {
      for after in 0...40 {
        let interval = ProportionDifference.newcombeInterval(
          BinomialCount(successes: after, trials: 40),
          BinomialCount(successes: before, trials: 40))
        let fisher = try #require(
          FisherExact.test(a: after, b: 40 - after, c: before, d: 40 - before)?.twoSided)
        let excludesZero = interval.map { $0.lower > 0 || $0.upper < 0 } ?? false
        if excludesZero != (fisher < 0.05) { disagreements += 1 }
        for family in [1, 33] {
          let holm = min(1, fisher * Double(family))  // the smallest p of a family: Bonferroni
          let verdict = ComparisonVerdict(interval: interval, fisherP: fisher, holmP: holm)
          if verdict.isConfirmed {
            #expect(excludesZero && holm < 0.05, "\(before) → \(after), family \(family)")
          }
          if excludesZero != (fisher < 0.05) { #expect(!verdict.isConfirmed) }
          if family == 1, verdict.isConfirmed { confirmedAlone += 1 }
        }
      }
    }
    #expect(disagreements > 0)
    #expect(confirmedAlone > 0)
  }
}
