/// Greedy word wrapping for plain-text output.
enum TextWrap {
  /// The lines of `text` wrapped to `width` columns.
  ///
  /// Each line starts with `indent` (the first with `firstIndent` when given). Words longer
  /// than a line are left whole. Columns count `Character`s.
  ///
  /// - Complexity: O(n) in the length of the text.
  static func lines(
    _ text: String, width: Int, indent: String = "", firstIndent: String? = nil
  ) -> [String] {
    var lines: [String] = []
    var line = firstIndent ?? indent
    var lineHasWord = false
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      if lineHasWord && line.count + 1 + word.count > width {
        lines.append(line)
        line = indent
        lineHasWord = false
      }
      line += (lineHasWord ? " " : "") + word
      lineHasWord = true
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines
  }
}
