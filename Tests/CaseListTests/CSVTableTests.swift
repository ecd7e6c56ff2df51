import CaseList
import Testing

/// The CSV reader: RFC 4180 plus what Excel and case systems write.
struct CSVTableTests {
  private func table(_ bytes: [UInt8]) -> CSVTable {
    CSVTable.read(CaseListSource(name: "t.csv", bytes: bytes))
  }

  private func table(_ text: String) -> CSVTable {
    table(Array(text.utf8))
  }

  /// The header and every row's fields.
  private func records(_ table: CSVTable) -> [[String]] {
    [table.header] + table.rows.map(\.fields)
  }

  @Test(arguments: [
    ("LF", "a,b\n1,2\n3,4\n"),
    ("CRLF", "a,b\r\n1,2\r\n3,4\r\n"),
    ("lone CR", "a,b\r1,2\r3,4\r"),
    ("no final line break", "a,b\n1,2\n3,4"),
    ("mixed", "a,b\r\n1,2\r3,4\n"),
  ])
  func lineEnds(name: String, text: String) {
    let read = table(text)
    #expect(read.problems == [])
    #expect(records(read) == [["a", "b"], ["1", "2"], ["3", "4"]])
    #expect(read.rows.map(\.line) == [2, 3])
  }

  @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
    let text = "id,note\nC1,\"North, East\"\nC2,\"say \"\"hi\"\"\"\nC3,\"two\r\nlines\"\nC4,\"\"\n"
    let read = table(text)
    #expect(read.problems == [])
    #expect(
      records(read) == [
        ["id", "note"], ["C1", "North, East"], ["C2", "say \"hi\""], ["C3", "two\r\nlines"],
        ["C4", ""],
      ])
    // The record after a two-line field starts on line 6.
    #expect(read.rows.map(\.line) == [2, 3, 4, 6])
    #expect(read.rows.map(\.columns) == [[1, 4], [1, 4], [1, 4], [1, 4]])
  }

  @Test func blankLinesAnywhereAreSkipped() {
    let read = table("\n\na,b\n\n1,2\r\n\r\n,,\n , \n\n\n")
    #expect(read.problems == [])
    #expect(records(read) == [["a", "b"], ["1", "2"]])
    #expect(read.rows.map(\.line) == [5])
  }

  @Test func byteOrderMarkIsRemovedAndReported() {
    let read = table([0xEF, 0xBB, 0xBF] + Array("id,name\nC1,Zo\u{EB}\n".utf8))
    #expect(read.encoding == .utf8WithBOM)
    #expect(read.header == ["id", "name"])
    #expect(read.rows.last?.fields == ["C1", "Zo\u{EB}"])
  }

  @Test func validUTF8IsUTF8() {
    let read = table("id,name\nC1,Zo\u{EB}\n")
    #expect(read.encoding == .utf8)
    #expect(read.rows.last?.fields == ["C1", "Zo\u{EB}"])
  }

  @Test(arguments: [
    // "Zoë" with ë as the Windows-1252 byte 0xEB.
    ([0x5A, 0x6F, 0xEB] as [UInt8], "Zo\u{EB}"),
    ([0x80, 0x31, 0x30], "\u{20AC}10"),
    ([0x4F, 0x92, 0x42, 0x72, 0x69, 0x65, 0x6E], "O\u{2019}Brien"),
    ([0x81], "\u{81}"),
    ([0xFF], "\u{FF}"),
  ])
  func windows1252IsDetectedWhenBytesAreNotUTF8(bytes: [UInt8], expected: String) {
    let read = table(Array("id,name\nC1,".utf8) + bytes + [0x0A])
    #expect(read.encoding == .windows1252)
    #expect(read.problems == [])
    #expect(read.rows.last?.fields == ["C1", expected])
  }

  @Test(arguments: [
    // A quote inside an unquoted field: at the quote.
    ("id,name\nC1,ab\"c\n", "t.csv:2:6: stray quote"),
    // Text after a closing quote: at the first character after it.
    ("id,name\nC1,\"ab\"c\n", "t.csv:2:8: unexpected character after a closing quote"),
    // Columns count characters, not bytes.
    ("id,name\nZo\u{EB},\"x\"y\n", "t.csv:2:8: unexpected character after a closing quote"),
    // After a quoted line break, the physical line and column of the problem.
    ("id,name\nC1,\"a\nbc\"d\n", "t.csv:3:4: unexpected character after a closing quote"),
    // An unterminated quote: at the opening quote.
    ("id,name\nC1,ok\nC2,\"never closed\nC3,x\n", "t.csv:3:4: unterminated quote"),
    ("id,name\r\nC1,\"a\"\"\r\n", "t.csv:2:4: unterminated quote"),
  ])
  func syntaxProblemsHaveExactLocations(text: String, expected: String) throws {
    let read = table(text)
    let problem = try #require(read.problems.first)
    #expect(read.problems.count == 1)
    #expect(problem.description.hasPrefix(expected), "\(problem)")
  }

  @Test(arguments: [
    ("id,name\nC1,a,extra\n", "t.csv:2:6: this row has 3 fields but the header has 2"),
    ("id,name,team\nC1,a\n", "t.csv:2:5: this row has 2 fields but the header has 3"),
    ("id,name\r\nC1\r\n", "t.csv:2:3: this row has 1 field but the header has 2"),
    ("", "t.csv:1:1: the file is empty"),
  ])
  func shapeProblems(text: String, expected: String) {
    #expect(table(text).problems.map(\.description) == [expected])
  }

  @Test func utf16IsRefused() {
    let read = table([0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00])
    #expect(read.header == [] && read.rows == [])
    #expect(
      read.problems.map(\.description) == [
        "t.csv:1:1: the file is UTF-16 text, which is not supported; save it as \"CSV UTF-8\" "
          + "instead"
      ])
  }

  @Test func byteOrderMarkWithInvalidUTF8IsAProblemWhereTheBytesGoWrong() {
    let read = table([0xEF, 0xBB, 0xBF] + Array("id\nab".utf8) + [0xEB, 0x0A])
    #expect(
      read.problems.map(\.description) == [
        "t.csv:2:3: the file starts with a UTF-8 byte order mark but is not valid UTF-8 here"
      ])
  }
}
