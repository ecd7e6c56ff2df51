import Findings
import Foundation
import Testing

@testable import Reports

/// The accessibility and self-containment points of the HTML report that a program can check.
@Suite struct HTMLReportTests {
  let html: String

  init() throws {
    html = HTMLReport.render(try ReportFixture.input())
  }

  /// The parts of `text` from each `open` up to the next `close`.
  private func elements(_ open: String, _ close: String, in text: String) -> [Substring] {
    var result: [Substring] = []
    var rest = text[...]
    while let start = rest.range(of: open) {
      guard let end = rest[start.upperBound...].range(of: close) else { break }
      result.append(rest[start.lowerBound..<end.upperBound])
      rest = rest[end.upperBound...]
    }
    return result
  }

  @Test func theDocumentDeclaresItsLanguageAndTitle() {
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(html.contains("<title>Neglect audit, March 2027 — case-file audit report</title>"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
  }

  @Test func everyTableHasACaptionAndScopedHeaders() {
    let tables = elements("<table", "</table>", in: html)
    #expect(tables.count >= 15)
    for table in tables {
      #expect(table.contains("<caption>"), "\(table.prefix(120))")
      let headers =
        elements("<th ", ">", in: String(table)) + elements("<th>", ">", in: String(table))
      #expect(!headers.isEmpty)
      for header in headers {
        #expect(
          header.contains("scope=\"col\"") || header.contains("scope=\"row\""), "\(header)")
      }
    }
  }

  @Test func everyChartIsAnImageWithATextAlternativeAndATable() {
    let charts = elements("<svg", "</svg>", in: html)
    #expect(charts.count == 4)  // themes, two sections, before and after
    for chart in charts {
      #expect(chart.contains("role=\"img\""))
      #expect(chart.contains("aria-labelledby=\""))
      #expect(chart.contains("<title id=\""))
      #expect(chart.contains("<desc id=\""))
    }
    for figure in html.split(separator: "</figure>").dropLast() {
      #expect(figure.contains("<figcaption>"))
    }
    // Every figure is followed by the table of its numbers.
    for piece in html.split(separator: "</figure>").dropFirst() {
      #expect(piece.drop { $0 == "\n" }.hasPrefix("<div class=\"table-wrap\"><table>"))
    }
  }

  @Test func headingsNeverSkipALevel() throws {
    var levels: [Int] = []
    var rest = html[...]
    while let start = rest.range(of: "<h") {
      let after = rest[start.upperBound...]
      if let digit = after.first?.wholeNumberValue,
        after.dropFirst().first.map({ $0 == ">" || $0 == " " }) == true
      {
        levels.append(digit)
      }
      rest = after
    }
    #expect(levels.first == 1)
    #expect(levels.filter { $0 == 1 }.count == 1)
    for (previous, next) in zip(levels, levels.dropFirst()) {
      #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
    }
    #expect(levels.contains(3))
  }

  @Test(arguments: [
    "http://", "https://", "<script", "src=", "@import", "<link", "<img", "<iframe",
  ])
  func nothingOutsideThePageIsReferenced(forbidden: String) {
    #expect(!html.lowercased().contains(forbidden))
  }

  @Test func linksOnlyPointWithinThePage() {
    for link in elements("href=\"", "\"", in: html) {
      #expect(link.hasPrefix("href=\"#"), "\(link)")
    }
  }

  @Test func thePaletteMeetsWCAGAAContrast() throws {
    // WCAG 2.2 worked values: black on white is 21:1, #777777 on white just under 4.5:1.
    let blackOnWhite = try #require(ReportPalette.contrast("#000000", "#ffffff"))
    #expect(abs(blackOnWhite - 21) < 1e-9)
    let grey = try #require(ReportPalette.contrast("#777777", "#ffffff"))
    #expect(abs(grey - 4.48) < 0.01)
    for pair in ReportPalette.textPairs {
      let ratio = try #require(ReportPalette.contrast(pair.foreground, pair.background))
      #expect(ratio >= 4.5, "\(pair.use): \(pair.foreground) on \(pair.background) is \(ratio)")
    }
  }

  @Test func gradeFillsRunFromDarkestBestToLightestWorst() throws {
    let luminances = try ReportPalette.grades.map { try #require(ReportPalette.luminance($0)) }
    #expect(luminances == luminances.sorted())
    for count in 2...5 {
      let indices = (0..<count).map { ReportPalette.gradeIndex(rank: $0, count: count) }
      #expect(indices.first == 0)
      #expect(indices.last == ReportPalette.grades.count - 1)
      #expect(indices == indices.sorted() && Set(indices).count == count)
    }
  }

  @Test func belowAcceptableLevelsAreHatchedAndLabelled() {
    #expect(html.contains("fill=\"url(#chart-2-hatch)\""))
    #expect(html.contains("class=\"swatch hatched\""))
  }

  @Test func casesAppearOnlyUnderPseudonyms() {
    #expect(!html.contains("NB-0"))
    #expect(html.contains("Case P-02"))
    #expect(html.contains("Case references are pseudonyms"))
  }

  @Test func anIdentifiedReportSaysSoOnItsCover() throws {
    let identified = HTMLReport.render(try ReportFixture.input(identified: true))
    let cover = try #require(identified.split(separator: "</header>").first)
    #expect(cover.contains("Real case identifiers."))
    #expect(!cover.contains("Case references are pseudonyms"))
  }

  @Test func textIsEscaped() {
    #expect(html.contains("Child seen alone, &quot;wishes&quot; noted."))
    #expect(html.contains("Was the child&#39;s voice heard | recorded?"))
  }

  @Test func percentagesTravelWithCountsAndIntervals() {
    #expect(html.contains("6/12 (50%, 95% CI 25–75%)"))
    #expect(html.contains("indicative only"))
    #expect(html.contains("suppressed") || html.contains("Cases by stage"))
  }

  @Test func theMethodsAppendixCitesItsSources() {
    for reference in [
      "Wilson EB (1927)", "Newcombe RG (1998)", "method 10", "Holm S (1979)", "Cohen J (1960)",
      "Cohen J (1968)", "Fleiss JL (1971)", "Krippendorff K (2011)", "Cliff N (1993)",
      "Zou GY, Donner A (2008)", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "Verified: re-deriving",
    ] {
      #expect(html.contains(reference), "\(reference)")
    }
  }

  @Test func printingIsStyled() {
    #expect(html.contains("@media print"))
    #expect(html.contains("break-inside: avoid"))
  }
}
