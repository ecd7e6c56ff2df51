import AuditForms
import Findings
import Statistics
import Testing

/// A verdict never outruns its interval, on generated rounds of many sizes and shifts.
@Suite struct ComparisonPropertyTests {
  @Test(arguments: Array(UInt64(1)...UInt64(12)))
  func theVerdictClaimsAChangeExactlyWhenTheIntervalExcludesZero(seed: UInt64) throws {
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
      #expect((verdict != .noClearChange) == excludesZero)
      if let interval, verdict == .improved { #expect(interval.lower > 0) }
      if let interval, verdict == .worsened { #expect(interval.upper < 0) }
      #expect((caveat != nil) == (verdict != .noClearChange && (holmP ?? 1) >= 0.05))
      if let fisherP, let holmP { #expect(holmP >= fisherP) }
      #expect((fisherP == nil) == (holmP == nil))
    }
  }
}
