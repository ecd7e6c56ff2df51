/// Builds an HTML document into one growing string: escaped text, elements and accessible
/// tables.
struct HTMLWriter {
  /// A table cell: its text (escaped when written) or ready-made markup.
  enum Cell {
    /// Plain text, escaped.
    case text(String)
    /// Markup written as is.
    case markup(String)
    /// A number or figure, right-aligned.
    case number(String)
  }

  /// The document so far.
  private(set) var html: String

  /// A writer with room for `capacity` bytes.
  init(capacity: Int) {
    html = ""
    html.reserveCapacity(capacity)
  }

  /// Appends markup as is.
  mutating func raw(_ markup: String) { html += markup }

  /// Appends an element holding escaped text, with optional attributes written as is.
  mutating func element(_ tag: String, _ text: String, attributes: String = "") {
    html += "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>"
    html += HTMLText.escape(text)
    html += "</\(tag)>\n"
  }

  /// Appends a paragraph of escaped text.
  mutating func paragraph(_ text: String, className: String? = nil) {
    element("p", text, attributes: className.map { "class=\"\($0)\"" } ?? "")
  }

  /// Appends a notice box (role `note`) with a bold lead-in and escaped text.
  mutating func notice(_ lead: String, _ text: String, strong: Bool = false) {
    html += "<div class=\"notice\(strong ? " strong" : "")\" role=\"note\"><p><strong>"
    html += HTMLText.escape(lead)
    html += "</strong> "
    html += HTMLText.escape(text)
    html += "</p></div>\n"
  }

  /// Appends a bulleted list of escaped items.
  mutating func list(_ items: [String]) {
    guard !items.isEmpty else { return }
    html += "<ul>\n"
    for item in items { element("li", item) }
    html += "</ul>\n"
  }

  /// Appends a definition list of escaped terms and descriptions.
  mutating func definitions(_ pairs: [(String, String)], className: String = "facts") {
    html += "<dl class=\"\(className)\">\n"
    for (term, description) in pairs {
      html +=
        "<div><dt>\(HTMLText.escape(term))</dt><dd>\(HTMLText.escape(description))</dd></div>\n"
    }
    html += "</dl>\n"
  }

  /// Appends a table with a caption, column headers (`scope="col"`) and rows whose first cell
  /// is a row header (`scope="row"`).
  ///
  /// - Complexity: O(r · c).
  mutating func table(caption: String, columns: [String], rows: [[Cell]], className: String = "") {
    html += "<div class=\"table-wrap\"><table\(className.isEmpty ? "" : " class=\"\(className)\"")>"
    html += "<caption>\(HTMLText.escape(caption))</caption>\n<thead><tr>"
    for (index, column) in columns.enumerated() {
      let numeric = rows.first.map { index < $0.count && $0[index].isNumber } ?? false
      html += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(HTMLText.escape(column))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        let tag = index == 0 ? "th scope=\"row\"" : "td"
        let close = index == 0 ? "th" : "td"
        switch cell {
        case .text(let text): html += "<\(tag)>\(HTMLText.escape(text))</\(close)>"
        case .markup(let markup): html += "<\(tag)>\(markup)</\(close)>"
        case .number(let text):
          html += "<\(tag) class=\"num\">\(HTMLText.escape(text))</\(close)>"
        }
      }
      html += "</tr>\n"
    }
    html += "</tbody></table></div>\n"
  }
}

extension HTMLWriter.Cell {
  /// Whether the cell is a right-aligned figure.
  fileprivate var isNumber: Bool {
    if case .number = self { return true }
    return false
  }
}
