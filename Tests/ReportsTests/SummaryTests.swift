import Findings
import Foundation
import Testing

@testable import Reports

/// The round at a glance: first in the report, on its own as `--format summary`, in plain words.
@Suite struct SummaryTests {
  let input: ReportInput
  let summary: String
  let html: String

  init() throws {
    input = try ReportFixture.input()
    summary = HTMLReport.renderSummary(input)
    html = HTMLReport.render(input)
  }

  @Test func theGlanceComesStraightAfterTheCover() throws {
    let cover = try #require(html.range(of: "</header>"))
    let glance = try #require(html.range(of: "id=\"at-a-glance\""))
    let about = try #require(html.range(of: "id=\"about\""))
    #expect(cover.upperBound < glance.lowerBound && glance.upperBound < about.lowerBound)
    // Nothing but the main landmark's start stands between the cover and the glance.
    let between = html[cover.upperBound..<glance.lowerBound]
    #expect(!between.contains("<table") && !between.contains("<dl"))
  }

  @Test func theShortfallsAreInPlainWords() throws {
    let weakest = try #require(input.findings.keyFindings.first { $0.kind == .weakestCriterion })
    let phrase =
      "\(weakest.finding.count) of \(weakest.finding.n) cases; the true share is likely between"
    #expect(summary.contains(phrase))
    #expect(summary.contains("Where practice most often fell short"))
  }

  @Test func theSummaryHasNoStatisticThatNeedsAGlossary() {
    for jargon in ["Holm", "Mann", "Cliff", "kappa", "alpha", "MOVER", " pp", "p = ", "95% CI"] {
      #expect(!summary.contains(jargon), "the summary says '\(jargon)'")
    }
    #expect(summary.contains("What this round cannot show"))
    #expect(!summary.contains("<table"), "the summary has no statistics tables")
  }
}

/// Chart labels wrap onto more lines instead of being cut.
@Suite struct ChartLabelTests {
  @Test func longLabelsWrapAtWordsAndKeepEveryWord() {
    let label = String(repeating: "assessment of the family history ", count: 8)
      .trimmingCharacters(in: .whitespaces)
    let lines = SVGChart.RowLayout.wrap(label)
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= SVGChart.RowLayout.lineLength })
    #expect(lines.joined(separator: " ") == label)
    #expect(!lines.joined().contains("…"))
  }

  @Test func aWrappedRowPushesTheRowsBelowItDown() {
    let long = String(repeating: "word ", count: 40).trimmingCharacters(in: .whitespaces)
    let layout = SVGChart.RowLayout(labels: ["short", long, "short"], top: 24, rowHeight: 44)
    let extra = SVGChart.RowLayout.lineHeight * Double(layout.lines[1].count - 1)
    #expect(layout.contentY[0] == 24)
    #expect(layout.contentY[1] == 24 + 44 + extra)
    #expect(layout.contentY[2] == 24 + 88 + extra)
    #expect(layout.bottom == 24 + 132 + extra)
  }
}

/// One colour, one meaning, whatever the scale.
@Suite struct GradeColourTests {
  @Test func goodAndPartlyNoLongerShareAColour() {
    let ofsted: Set<String> = ["outstanding", "good"]
    let yesPartlyNo: Set<String> = ["yes"]
    let good = ReportPalette.gradeIndex(rank: 1, count: 4, code: "good", acceptable: ofsted)
    let partly = ReportPalette.gradeIndex(
      rank: 1, count: 3, code: "partly", acceptable: yesPartlyNo)
    #expect(good == 1 && partly == 3)
    // The best and worst levels of every scale share their colours.
    #expect(
      ReportPalette.gradeIndex(rank: 0, count: 4, code: "outstanding", acceptable: ofsted)
        == ReportPalette.gradeIndex(rank: 0, count: 3, code: "yes", acceptable: yesPartlyNo))
    #expect(
      ReportPalette.gradeIndex(rank: 3, count: 4, code: "inadequate", acceptable: ofsted)
        == ReportPalette.gradeIndex(rank: 2, count: 3, code: "no", acceptable: yesPartlyNo))
    // A five-level scale: level 2 acceptable, levels 3 and 4 below, level 5 worst.
    let gcp: Set<String> = ["level1", "level2"]
    let fills = (0..<5).map {
      ReportPalette.gradeIndex(rank: $0, count: 5, code: "level\($0 + 1)", acceptable: gcp)
    }
    #expect(fills == [0, 1, 3, 3, 4])
  }
}
