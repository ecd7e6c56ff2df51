import Formats
import Foundation
import Testing

/// The one diagnostic shape: what a person reads, and what programs decode.
struct DiagnosticTests {
  @Test(arguments: [
    (Diagnostic.Location(file: "l6.csv", line: 4, column: 7), "l6.csv:4:7: bad code"),
    (
      Diagnostic.Location(file: "tool.json", line: 12, place: "sections[0]"),
      "tool.json:12: sections[0]: bad code"
    ),
    (Diagnostic.Location(place: "referral.quality"), "referral.quality: bad code"),
    (Diagnostic.Location(file: "answers.json"), "answers.json: bad code"),
    (Diagnostic.Location(), "bad code"),
  ])
  func readsInTheCompilerStyleWithTheKnownParts(location: Diagnostic.Location, text: String) {
    let diagnostic = Diagnostic(location: location, code: "unknownCode", message: "bad code")
    #expect(diagnostic.description == text)
    #expect(diagnostic.isError)
  }

  @Test func aWarningSaysSo() {
    let warning = Diagnostic(
      severity: .warning, location: .init(file: "l6.csv", line: 2, column: 1),
      code: "endBeforeStart", message: "closure before start")
    #expect(warning.description == "l6.csv:2:1: warning: closure before start")
    #expect(!warning.isError)
  }

  @Test func aColumnWithoutALineIsNotShown() {
    let diagnostic = Diagnostic(
      location: .init(file: "f", column: 3), code: "x", message: "m")
    #expect(diagnostic.description == "f: m")
  }

  @Test func roundTripsThroughJSON() throws {
    let diagnostic = Diagnostic(
      severity: .warning, location: .init(file: "a.csv", line: 1, column: 2, place: "p"),
      code: "c", message: "m")
    let data = try JSONEncoder().encode(diagnostic)
    #expect(try JSONDecoder().decode(Diagnostic.self, from: data) == diagnostic)
    let node = try JSONParser.parse(Array(data))
    #expect(node.members?.map(\.key).sorted() == ["code", "location", "message", "severity"])
  }
}
