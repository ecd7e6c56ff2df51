import AuditForms
import CaseList
import Findings
import Statistics
import Testing

/// Findings, breakdowns and agreement on generated rounds against a plain recomputation.
@Suite struct FindingsPropertyTests {
  let tool: AuditTool

  init() throws {
    tool = try FindingsFixtures.tool()
  }

  /// 9,000 cases cross the aggregator's chunk boundaries, so the merging is checked too.
  @Test(arguments: [(seed: UInt64(1), count: 300), (seed: 2, count: 60), (seed: 3, count: 9_000)])
  func findingsMatchAPlainRecount(seed: UInt64, count: Int) throws {
    var generator = SeededCases(tool: tool, seed: seed)
    let cases = generator.cases(count)
    let findings = RoundFindings.compute(tool: tool, round: FindingsFixtures.round(), cases: cases)
    let reference = ReferenceFindings(tool: tool, cases: cases)
    #expect(findings.cases == reference.cases)
    #expect(findings.moderatedCases == reference.moderated)
    #expect(findings.notAudited == reference.notAudited)
    for question in tool.questions {
      let counted = try #require(findings.question(question.id))
      let expected = reference.questions[question.id] ?? ReferenceFindings.QuestionCounts()
      #expect(counted.applicable == expected.applicable, "\(question.id)")
      #expect(counted.answered == expected.answered, "\(question.id)")
      #expect(counted.notApplicable == expected.notApplicable, "\(question.id)")
      #expect(counted.levels.filter { $0.value > 0 } == expected.levels, "\(question.id)")
      if let acceptable = counted.acceptable {
        #expect(acceptable.count == expected.acceptable, "\(question.id)")
        #expect(acceptable.n == expected.judged, "\(question.id)")
      }
    }
    for theme in tool.themes {
      let counted = try #require(findings.theme(theme.id))
      let expected = reference.themes[theme.id] ?? (0, 0)
      #expect(counted.belowAcceptable.n == expected.judged, "\(theme.id)")
      #expect(counted.belowAcceptable.count == expected.below, "\(theme.id)")
    }
  }

  @Test(arguments: [UInt64(11), 12, 13])
  func unsuppressedStageCellsAddUpToTheRound(seed: UInt64) throws {
    var generator = SeededCases(tool: tool, seed: seed)
    let cases = generator.cases(400)
    let findings = RoundFindings.compute(
      tool: tool, round: FindingsFixtures.round(), cases: cases, breakdown: .stage,
      minimumCell: 0)
    let cells = try #require(findings.breakdown?.cells)
    #expect(cells.compactMap(\.cases).reduce(0, +) == findings.cases)
    for question in findings.questions {
      guard let total = question.acceptable else { continue }
      let parts = cells.compactMap { $0.questions.first { $0.id == question.id }?.acceptable }
      #expect(parts.map(\.count).reduce(0, +) == total.count)
      #expect(parts.map(\.n).reduce(0, +) == total.n)
    }
  }

  /// No withheld figure can be recovered by subtraction: in every row of cells, either nothing
  /// is withheld, or two or more figures are, or the withheld one is the only non-empty one.
  @Test(arguments: [UInt64(21), 22, 23, 24])
  func suppressionNeverLeavesALoneFigureToSubtract(seed: UInt64) throws {
    var generator = SeededCases(tool: tool, seed: seed)
    let cases = generator.cases(24 + Int(seed % 4) * 9)
    for dimension in [BreakdownDimension.stage, .team, .ageBand] {
      let shown = try #require(
        RoundFindings.compute(
          tool: tool, round: FindingsFixtures.round(), cases: cases, breakdown: dimension
        ).breakdown)
      let truth = try #require(
        RoundFindings.compute(
          tool: tool, round: FindingsFixtures.round(), cases: cases, breakdown: dimension,
          minimumCell: 0
        ).breakdown)
      func check(_ sizes: [Int], _ withheld: [Bool], _ row: String) {
        let hidden = withheld.filter { $0 }.count
        let otherNonEmpty = zip(sizes, withheld).filter { $0.0 > 0 && !$0.1 }.count
        #expect(hidden != 1 || otherNonEmpty == 0, "\(dimension) \(row)")
        for (size, isWithheld) in zip(sizes, withheld) where !isWithheld {
          #expect(size == 0 || size >= 3, "\(dimension) \(row) shows \(size)")
        }
      }
      check(truth.cells.compactMap(\.cases), shown.cells.map(\.suppressed), "cases")
      for question in tool.questions where question.scale != nil {
        let sizes = truth.cells.map {
          $0.questions.first { $0.id == question.id }?.acceptable?.n ?? 0
        }
        let withheld = shown.cells.map {
          $0.questions.first { $0.id == question.id }?.suppressed ?? false
        }
        check(sizes, withheld, question.id)
      }
    }
  }

  @Test(arguments: [UInt64(31), 32])
  func agreementMatchesAPlainRecount(seed: UInt64) throws {
    var generator = SeededCases(tool: tool, seed: seed)
    let cases = generator.cases(500)
    let report = AgreementReport.compute(tool: tool, round: FindingsFixtures.round(), cases: cases)
    for question in tool.questions {
      guard case .grade(let scale) = question.type else { continue }
      // Each double-audited case's final responses, in allocation order.
      var proportions: [Double] = []
      var table = [[Int]](
        repeating: [Int](repeating: 0, count: scale.levels.count), count: scale.levels.count)
      for audited in cases {
        let raters = audited.allocatedAuditors.compactMap { id in
          audited.responses.first { $0.auditorID == id && $0.status != .draft }
        }
        guard raters.count >= 2 else { continue }
        let ranks = raters.compactMap { response -> Int? in
          let states = tool.applicability(
            answers: response.answers.valueSet, case: ReferenceFindings.attributes(audited.record))
          // "Not needed" on the challenge scale is not a grade: left out like N/A
          // (AuditTools/README.md).
          guard states[question.id] == .applies,
            case .level(let code)? = response.answers.value(ofQuestion: question.id),
            !(scale.id == "challenge" && code == "notNeeded")
          else { return nil }
          return scale.rank(of: code)
        }
        guard ranks.count == 2 else { continue }
        proportions.append(ranks[0] == ranks[1] ? 1 : 0)
        table[ranks[0]][ranks[1]] += 1
      }
      let measures = try #require(report.questions.first { $0.id == question.id }).measures
      #expect(measures.units == proportions.count, "\(question.id)")
      guard !proportions.isEmpty else { continue }
      let exact = proportions.reduce(0, +) / Double(proportions.count)
      #expect(measures.exactAgreement.map { abs($0 - exact) < 1e-12 } == true, "\(question.id)")
      let kappa = CohensKappa.estimate(table: table)?.value
      #expect(
        measures.cohenKappa == kappa || abs((measures.cohenKappa ?? 0) - (kappa ?? 0)) < 1e-12)
    }
  }
}
