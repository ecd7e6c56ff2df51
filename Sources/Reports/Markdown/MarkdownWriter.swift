/// Builds a GitHub-flavoured Markdown document into one growing string.
struct MarkdownWriter {
  /// The document so far.
  private(set) var text: String

  /// A writer with room for `capacity` bytes.
  init(capacity: Int) {
    text = ""
    text.reserveCapacity(capacity)
  }

  /// Escapes text so Markdown shows it literally: backslashes, emphasis, code, links and HTML.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|": result += "\\" + String(character)
      case "\n", "\r", "\r\n": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// Appends a heading of `level` (1–6).
  mutating func heading(_ level: Int, _ title: String) {
    text += String(repeating: "#", count: level) + " " + Self.escape(title) + "\n\n"
  }

  /// Appends a paragraph of escaped text.
  mutating func paragraph(_ content: String) {
    text += Self.escape(content) + "\n\n"
  }

  /// Appends a paragraph with a bold lead-in.
  mutating func bold(_ lead: String, _ content: String) {
    text += "**" + Self.escape(lead) + "** " + Self.escape(content) + "\n\n"
  }

  /// Appends a paragraph of bold text.
  mutating func strong(_ content: String) {
    text += "**" + Self.escape(content) + "**\n\n"
  }

  /// Appends a block quote of escaped text, with a citation line.
  mutating func quote(_ content: String, cite: String) {
    text += "> " + Self.escape(content) + "\n>\n> — " + Self.escape(cite) + "\n\n"
  }

  /// Appends a bulleted list of escaped items.
  mutating func list(_ items: [String]) {
    guard !items.isEmpty else { return }
    for item in items { text += "- " + Self.escape(item) + "\n" }
    text += "\n"
  }

  /// Appends "term: description" pairs as a list with bold terms.
  mutating func definitions(_ pairs: [(String, String)]) {
    for (term, description) in pairs {
      text += "- **" + Self.escape(term) + ":** " + Self.escape(description) + "\n"
    }
    text += "\n"
  }

  /// Appends a table with a bold caption above; `numeric` columns are right-aligned.
  ///
  /// - Complexity: O(r · c).
  mutating func table(
    caption: String, columns: [String], rows: [[String]], numeric: Set<Int> = []
  ) {
    text += "**" + Self.escape(caption) + "**\n\n"
    text += "| " + columns.map(Self.escape).joined(separator: " | ") + " |\n"
    text +=
      "|"
      + columns.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
    for row in rows {
      text += "| " + row.map(Self.escape).joined(separator: " | ") + " |\n"
    }
    text += "\n"
  }
}
