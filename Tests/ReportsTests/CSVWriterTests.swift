import Reports
import Testing

@Suite struct CSVWriterTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
    ("+44 1234", "'+44 1234"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
    ("-3", "-3"),
    ("-0.5", "-0.5"),
    ("", ""),
  ])
  func fieldsAreQuotedAndFormulasNeutralised(input: String, expected: String) {
    #expect(CSVWriter.encode(input) == expected)
  }

  @Test func fileStartsWithBOMAndUsesCRLF() {
    var writer = CSVWriter()
    writer.append(["case", "grade"])
    writer.append(["CA-0001", "good"])
    #expect(Array(writer.data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(
      String(decoding: writer.data.dropFirst(3), as: UTF8.self) == "case,grade\r\nCA-0001,good\r\n")
  }
}

@Suite struct HTMLTextTests {
  @Test func significantCharactersAreEscaped() {
    #expect(
      HTMLText.escape("<script>alert('x') & \"y\"</script>")
        == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    #expect(HTMLText.escape("Zoë — fine") == "Zoë — fine")
  }
}
