/// Prepares an auditor's evidence for quotation in a report.
enum EvidenceText {
  /// The evidence as a quote: whitespace runs collapsed to single spaces, every occurrence of
  /// an identifier in `redacting` (four characters or longer, so that short ids do not mangle
  /// ordinary words) replaced by its replacement, and cut at a word boundary to at most
  /// `maximumLength` characters, an ellipsis included.
  ///
  /// - Complexity: O(n · r) in the length of the evidence and the number of identifiers.
  static func quote(
    _ evidence: String, redacting identifiers: [(identifier: String, replacement: String)],
    maximumLength: Int = EvidenceQuote.maximumLength
  ) -> String {
    var text = evidence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for (identifier, replacement) in identifiers where identifier.count >= 4 {
      text = text.replacing(identifier, with: replacement)
    }
    guard text.count > maximumLength else { return text }
    let limit = maximumLength - 1
    let cut = text.index(text.startIndex, offsetBy: limit)
    var end = cut
    if !text[cut].isWhitespace, let space = text[..<cut].lastIndex(where: \.isWhitespace) {
      end = space
    }
    if end == text.startIndex { end = cut }
    while end > text.startIndex {
      let before = text.index(before: end)
      guard text[before].isWhitespace else { break }
      end = before
    }
    return text[..<end] + "…"
  }
}
