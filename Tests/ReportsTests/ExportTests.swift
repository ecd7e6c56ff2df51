import AuditForms
import Findings
import Foundation
import Reports
import Testing

/// The CSV and JSON exports: Excel-safe bytes, pseudonyms, and a JSON that round-trips.
@Suite struct ExportTests {
  let input: ReportInput

  init() throws {
    input = try ReportFixture.input()
  }

  /// The records of a CSV file: the bytes after the BOM split at CRLF outside quotes.
  private func records(_ bytes: [UInt8]) -> [String] {
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    var records: [String] = []
    var current = ""
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if character == "\r\n" && !quoted {
        records.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    #expect(current.isEmpty, "the file ends with CRLF")
    return records
  }

  @Test(arguments: ["summary", "responses"])
  func csvStartsWithABOMAndEndsEveryRecordWithCRLF(table: String) throws {
    let bytes =
      table == "summary"
      ? CSVReport.summary(input) : CSVReport.responses(rows: try ReportFixture.responseRows())
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    // Every LF is part of a CRLF.
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      #expect(index > 0 && bytes[index - 1] == 0x0D)
    }
    let records = records(bytes)
    let header = table == "summary" ? CSVReport.summaryColumns : CSVReport.responseColumns
    #expect(records.first == header.joined(separator: ","))
    #expect(records.count > 20)
  }

  @Test func formulasInEvidenceAreNeutralised() throws {
    let responses = String(
      decoding: CSVReport.responses(rows: try ReportFixture.responseRows()), as: UTF8.self)
    #expect(responses.contains("\"'=HYPERLINK(\"\"x\"\",\"\"click\"\") chronology missing\""))
    #expect(!responses.contains(",=HYPERLINK"))
    let summary = String(decoding: CSVReport.summary(input), as: UTF8.self)
    #expect(!summary.contains(",=HYPERLINK"))
  }

  @Test func csvUsesPseudonymsOnly() throws {
    let rows = try ReportFixture.responseRows()
    #expect(rows.count == 16 * 6)  // 12 cases, 4 double-audited, 6 questions answered each
    let responses = String(decoding: CSVReport.responses(rows: rows), as: UTF8.self)
    let summary = String(decoding: CSVReport.summary(input), as: UTF8.self)
    for text in [responses, summary] {
      #expect(!text.contains("NB-0"))
    }
    #expect(responses.contains("P-02,A3,socialCare,submitted,q.history,requiresImprovement"))
    #expect(responses.contains("P-02's earlier plan"))
  }

  @Test func theSummaryHoldsEveryFigureWithItsInterval() {
    let summary = String(decoding: CSVReport.summary(input), as: UTF8.self)
    #expect(
      summary.contains("question,q.plan,How good was the plan?,acceptable,9,12,75.0,46.8,91.1"))
    #expect(summary.contains("theme,voice,Voice of the child,below acceptable,6,12,50.0,25.4,74.6"))
    #expect(summary.contains("agreement,scale:ofsted4,Exact agreement,exactAgreement,8"))
    #expect(summary.contains("comparison_question,q.voice,"))
    #expect(summary.contains("did,q.history,"))
    #expect(summary.contains(",indicative only,"))
  }

  @Test func jsonRoundTripsTheWholeInput() throws {
    let bytes = try JSONReport.render(input)
    #expect(bytes.last == 0x0A)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(!text.contains("NB-0"))
    #expect(text.contains("\"partnership\" : \"Northbridge Safeguarding Children Partnership\""))
    let decoded = try JSONDecoder().decode(ReportInput.self, from: Data(bytes))
    #expect(decoded.round == input.round)
    #expect(decoded.methods == input.methods)
    #expect(decoded.tool == input.tool)
    #expect(
      decoded.findings.questions.map(\.acceptable) == input.findings.questions.map(\.acceptable))
    #expect(
      decoded.comparison?.questions.map(\.verdict) == input.comparison?.questions.map(\.verdict))
    #expect(try JSONReport.render(decoded) == bytes)
  }

  @Test func theMarkdownEscapesTableCells() {
    let markdown = MarkdownReport.render(input)
    #expect(markdown.contains("| Was the child's voice heard \\| recorded? |"))
    #expect(!markdown.contains("NB-0"))
    #expect(markdown.contains("suppressed") || markdown.contains("Cases by stage"))
  }
}
