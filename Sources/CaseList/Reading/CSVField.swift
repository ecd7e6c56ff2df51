/// Where one field of a CSV record lies in the text.
struct CSVField: Sendable, Hashable {
  /// The offset of the field's first content byte (after the opening quote when quoted).
  var start: Int
  /// The offset just past the field's last content byte (the closing quote when quoted).
  var end: Int
  /// Whether the field was enclosed in double quotes.
  var isQuoted: Bool
  /// Whether the field contains doubled quotes that must be collapsed (RFC 4180 §2 rule 7).
  var hasEscapedQuotes: Bool

  /// The offset of the field's first character as written: its opening quote when quoted.
  var writtenStart: Int { isQuoted ? start - 1 : start }
}

/// A CSV record: its fields plus where it starts and ends.
struct CSVRecordInfo: Sendable, Hashable {
  /// The physical line the record starts on.
  var line: Int
  /// The offset of the record's first byte.
  var start: Int
  /// The offset of the record's line break (or the end of the text).
  var end: Int
  /// Whether the tokenizer reported a syntax problem in this record.
  var hasSyntaxProblem: Bool
}

/// A syntax problem the tokenizer found.
struct CSVSyntaxProblem: Sendable, Hashable {
  /// What kind of problem it is.
  enum Kind: Sendable, Hashable {
    /// A quote inside a field that did not start with one (RFC 4180 §2 rule 5).
    case strayQuote
    /// Characters between a closing quote and the next comma or line break.
    case textAfterClosingQuote
    /// An opening quote with no closing quote before the end of the file.
    case unterminatedQuote
  }

  /// What kind of problem it is.
  var kind: Kind
  /// The 1-based line.
  var line: Int
  /// The 1-based character column.
  var column: Int

  /// A description for people, without any field content.
  var message: String {
    switch kind {
    case .strayQuote:
      "stray quote in a field that does not start with a quote (write it as \"\" inside a "
        + "quoted field)"
    case .textAfterClosingQuote:
      "unexpected character after a closing quote (a quoted field must end at a comma or "
        + "line break)"
    case .unterminatedQuote:
      "unterminated quote: this quoted field runs to the end of the file"
    }
  }
}
