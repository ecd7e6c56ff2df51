/// A small CSV file read whole into strings: rosters and other tables that are not case lists.
///
/// It uses the same byte-level reader as the case-list profiles (RFC 4180 plus BOM,
/// Windows-1252, CR/LF/CRLF), and reports the same problems with file, line and column: syntax
/// errors and rows whose field count differs from the header's.
public struct CSVTable: Sendable {
  /// One data row.
  public struct Row: Sendable, Hashable {
    /// The physical line the row starts on.
    public let line: Int
    /// The fields, trimmed of surrounding spaces.
    public let fields: [String]
    /// The 1-based character column each field starts at (its opening quote, when quoted), on
    /// the physical line it starts on.
    public let columns: [Int]
  }

  /// The header's fields, trimmed.
  public let header: [String]
  /// The data rows, blank lines (and rows of empty fields) skipped.
  public let rows: [Row]
  /// Every problem found.
  public let problems: [CaseListProblem]
  /// The encoding the file was read in.
  public let encoding: TextEncoding

  /// Reads a whole CSV file.
  ///
  /// - Complexity: O(*n*) in the file's size.
  public static func read(_ source: CaseListSource) -> CSVTable {
    let decoded = DecodedText(source)
    if let fatal = decoded.fatalProblem {
      return CSVTable(
        header: [], rows: [],
        problems: [
          CaseListProblem(
            file: source.name, line: fatal.line, column: fatal.column, message: fatal.message)
        ], encoding: decoded.encoding)
    }
    return decoded.withUTF8 { text in
      var tokenizer = CSVTokenizer(text: text)
      var fields: [CSVField] = []
      var syntax: [CSVSyntaxProblem] = []
      var problems: [CaseListProblem] = []
      var header: [String]?
      var rows: [Row] = []
      while let info = tokenizer.next(into: &fields, problems: &syntax) {
        if SourceScanner.isBlank(fields, in: text) { continue }
        let values = fields.map { CSVFieldValue.string(of: $0, in: text) }
        guard let header else {
          header = values
          continue
        }
        if values.count != header.count, !info.hasSyntaxProblem {
          problems.append(
            SourceScanner.fieldCountProblem(fields, header.count, info, text, source.name))
        }
        let columns = fields.map { SourceScanner.locate($0, info, text).column }
        rows.append(Row(line: info.line, fields: values, columns: columns))
      }
      problems += syntax.map {
        CaseListProblem(file: source.name, line: $0.line, column: $0.column, message: $0.message)
      }
      if header == nil {
        problems.append(
          CaseListProblem(file: source.name, line: 1, column: 1, message: "the file is empty"))
      }
      return CSVTable(
        header: header ?? [], rows: rows, problems: problems.sorted(), encoding: decoded.encoding
      )
    }
  }
}
