import AuditForms
import Foundation
import Testing

@Suite struct FormRendererTests {
  static let goldenFolder = Fixtures.repositoryRoot.appendingPathComponent(
    "Tests/AuditFormsTests/Golden")

  struct GoldenCase: Sendable, CustomTestStringConvertible {
    let toolID: String
    let format: FormRenderer.Format
    var fileName: String { "\(toolID).\(format.fileExtension).golden" }
    var testDescription: String { fileName }
  }

  static let goldenCases: [GoldenCase] = ShippedTools.all.flatMap { entry in
    FormRenderer.Format.allCases.map { GoldenCase(toolID: entry.id, format: $0) }
  }

  /// Compares each shipped tool's blank form with its golden file.
  ///
  /// Run with `UPDATE_GOLDEN=1` to rewrite the golden files from the current output.
  @Test(arguments: goldenCases)
  func matchesGoldenFile(_ golden: GoldenCase) throws {
    let tool = try ShippedToolsTests.loaded(golden.toolID)
    let rendered = FormRenderer.render(tool, format: golden.format)
    let url = Self.goldenFolder.appendingPathComponent(golden.fileName)
    if Fixtures.flag("UPDATE_GOLDEN") {
      try FileManager.default.createDirectory(
        at: Self.goldenFolder, withIntermediateDirectories: true)
      try Data(rendered.utf8).write(to: url)
      return
    }
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    if rendered != expected {
      let got = rendered.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line =
        zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(got.count, want.count)
      let gotLine = line < got.count ? String(got[line]) : "<end>"
      let wantLine = line < want.count ? String(want[line]) : "<end>"
      Issue.record(
        """
        \(golden.fileName) differs from line \(line + 1) (UPDATE_GOLDEN=1 to accept):
        got:  \(gotLine)
        want: \(wantLine)
        """)
    }
  }

  @Test(arguments: ShippedTools.all.map(\.id))
  func textFormsFitEightyColumns(id: String) throws {
    let text = FormRenderer.render(try ShippedToolsTests.loaded(id), format: .text)
    for line in text.split(separator: "\n") {
      #expect(line.count <= 80, "\(line)")
    }
  }

  @Test func formsShowEverythingAnAuditorNeeds() throws {
    let tool = try Fixtures.tool()
    for format in FormRenderer.Format.allCases {
      // Wrapped text breaks lines; compare with whitespace runs collapsed.
      let form = FormRenderer.render(tool, format: format)
        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
      for needle in [
        "q.followUp", "Only if q.grade is worse than Good.",
        "Only for cases at the child protection stage.", "Requires improvement to be good",
        "Good looks like", "Inadequate looks like that.", "Evidence required", "Not applicable",
        "Published figure (25% of 8 cases)", "A quarter in a made-up study", "Synthetic source",
        "Tick all that apply", "a whole number from 0 to 10 (changes)",
        "may be no better than the lowest grade given to any of: q.grade", "GCP-style level",
        "History",
      ] {
        let found = form.contains(needle)
        #expect(found, "\(format) lacks \(needle)")
      }
    }
  }

  @Test func htmlIsEscapedSelfContainedAndHasHeadingsInOrder() throws {
    let text = """
      {"id": "escape-test", "version": "1.0.0", "title": "Audit <script>alert(1)</script> & co",
       "description": "Quotes \\" and 'apostrophes'",
       "sections": [{"id": "s", "title": "A <b>bold</b> section", "questions": [
         {"id": "q", "type": "choice", "text": "Is 1 < 2?",
          "options": [{"code": "a", "label": "<i>A</i>"}, {"code": "b", "label": "B & C"}]}]}]}
      """
    let tool = try AuditToolLoader.load(text: text, fileName: "e.json").get()
    let html = FormRenderer.render(tool, format: .html)
    #expect(!html.contains("<script>"))
    #expect(html.contains("Audit &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
    #expect(html.contains("Quotes &quot; and &#39;apostrophes&#39;"))
    #expect(html.contains("&lt;i&gt;A&lt;/i&gt;"))
    #expect(html.contains("Is 1 &lt; 2?"))
    for external in ["src=", "href=", "<link", "<script", "@import", "url("] {
      #expect(!html.contains(external), "\(external)")
    }
    let markdown = FormRenderer.render(tool, format: .markdown)
    #expect(markdown.contains(#"Audit \<script\>alert(1)\</script\> & co"#))
  }

  @Test(arguments: ShippedTools.all.map(\.id))
  func htmlHeadingsNeverSkipALevel(id: String) throws {
    let html = FormRenderer.render(try ShippedToolsTests.loaded(id), format: .html)
    var previous = 0
    var index = html.startIndex
    while let range = html.range(of: "<h", range: index..<html.endIndex) {
      index = range.upperBound
      guard let digit = html[index...].first?.wholeNumberValue, (1...6).contains(digit) else {
        continue
      }
      #expect(digit <= previous + 1, "h\(digit) after h\(previous)")
      previous = digit
    }
    #expect(html.components(separatedBy: "<h1").count == 2)
    #expect(html.contains("<caption>"))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
  }
}
