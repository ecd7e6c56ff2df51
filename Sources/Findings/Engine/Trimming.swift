/// Trims names (teams, agencies, workers, courses) the way every comparison of them does.
enum Trimming {
  /// Text without leading and trailing whitespace.
  static func trimmed(_ text: String) -> String {
    let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
    let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
    return String(text[start..<max(start, end)])
  }
}
