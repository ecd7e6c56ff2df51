import Formats
import Testing

@testable import AuditForms

@Suite struct JSONParserTests {
  private func parse(_ text: String) throws -> JSONNode {
    try JSONParser.parse(Array(text.utf8))
  }

  @Test func recordsLineAndColumnOfEveryValue() throws {
    let node = try parse("{\n  \"a\": [1, true],\r\n  \"b\": {\"c\": \"é\", \"d\": null}\n}")
    let members = try #require(node.members)
    #expect(node.position == SourcePosition(line: 1, column: 1))
    #expect(members.map(\.key) == ["a", "b"])
    #expect(members[0].keyPosition == SourcePosition(line: 2, column: 3))
    let array = try #require(members[0].value.elements)
    #expect(array[0].position == SourcePosition(line: 2, column: 9))
    #expect(array[1].position == SourcePosition(line: 2, column: 12))
    let inner = try #require(members[1].value.members)
    #expect(inner[0].value.stringValue == "é")
    // Columns count scalars: the two-byte é is one column.
    #expect(inner[1].keyPosition == SourcePosition(line: 3, column: 19))
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let node = try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#)
    #expect(node.stringValue == "a\"b\\c/d\n\té😀")
  }

  @Test func readsNumbersAndKeepsWhetherTheyWereIntegers() throws {
    let array = try #require(try parse("[0, -12, 3.5, 1e2, -0.25E-1]").elements)
    var values: [Double] = []
    var integers: [Bool] = []
    for element in array {
      if case .number(let value, let isInteger) = element.value {
        values.append(value)
        integers.append(isInteger)
      }
    }
    #expect(values == [0, -12, 3.5, 100, -0.025])
    #expect(integers == [true, true, false, false, false])
  }

  @Test func skipsAByteOrderMark() throws {
    let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
    #expect(node.members?.isEmpty == true)
  }

  @Test(arguments: [
    ("", 1, 1, "expected a JSON value, found end of input"),
    ("{\"a\": 1,, }", 1, 9, "expected a string key"),
    ("{\"a\" 1}", 1, 6, "expected ':' after the key"),
    ("[1 2]", 1, 4, "expected ',' or ']'"),
    ("{\n  \"a\": tru\n}", 2, 8, "invalid literal"),
    ("[01]", 1, 2, "leading zeros"),
    ("[1.]", 1, 2, "expected a digit after '.'"),
    ("\"abc", 1, 1, "unterminated string"),
    ("\"a\u{01}\"", 1, 3, "control character"),
    ("\"\\x\"", 1, 2, "invalid escape"),
    ("\"\\ud800\"", 1, 2, "unpaired surrogate"),
    ("{} x", 1, 4, "after the JSON value"),
    ("[1e999]", 1, 2, "out of range"),
  ])
  func reportsMalformedJSONWithItsPosition(
    text: String, line: Int, column: Int, message: String
  ) {
    #expect {
      _ = try parse(text)
    } throws: { error in
      guard let error = error as? JSONSyntaxError else { return false }
      return error.position == SourcePosition(line: line, column: column)
        && error.message.contains(message)
    }
  }

  @Test func refusesInvalidUTF8InStrings() {
    #expect(throws: JSONSyntaxError.self) {
      _ = try JSONParser.parse([0x22, 0xFF, 0x22])
    }
  }

  @Test func refusesNestingBeyondTheLimit() {
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect {
      _ = try parse(deep)
    } throws: { error in
      (error as? JSONSyntaxError)?.message.contains("nest") == true
    }
  }

  @Test func writerQuotesAndFormatsNumbersCanonically() {
    #expect(JSONWriter.quoted("a\"b\\c\n\u{01}é") == #""a\"b\\c\n\u0001é""#)
    #expect(JSONWriter.number(3) == "3")
    #expect(JSONWriter.number(-0.5) == "-0.5")
    #expect(JSONWriter.number(.infinity) == "null")
  }
}
