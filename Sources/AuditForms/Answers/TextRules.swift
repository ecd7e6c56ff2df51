/// What an auditor's text (a text answer or evidence) may hold: readable characters, line
/// breaks and tabs, and no more than ``maximumLength`` characters.
///
/// Text reaches the store from a terminal, a pipe, a JSON file or a browser; bytes that are
/// not UTF-8 arrive as U+FFFD REPLACEMENT CHARACTER (Unicode §3.9, as Swift decodes them), so
/// its presence means the input was binary or in another encoding. Control characters (general
/// category Cc other than tab, line feed and carriage return) never belong in a case note and
/// would corrupt CSV exports and terminals.
public enum TextRules {
  /// The most characters a text answer or a piece of evidence may have.
  public static let maximumLength = 10_000

  /// Why `text` is not acceptable, or `nil` when it is.
  public static func problem(in text: String) -> String? {
    for scalar in text.unicodeScalars {
      if scalar == "\u{FFFD}" {
        return "the text is not valid UTF-8 (binary data or another encoding?)"
      }
      if scalar.properties.generalCategory == .control, scalar != "\t", scalar != "\n",
        scalar != "\r"
      {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return "the text holds a control character (U+"
          + String(repeating: "0", count: max(0, 4 - code.count)) + code + ")"
      }
    }
    let count = text.count
    if count > maximumLength {
      return "the text is \(count) characters long; at most \(maximumLength)"
    }
    return nil
  }
}
