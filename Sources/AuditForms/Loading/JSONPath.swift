/// A path to a value inside a JSON document, written like `sections[3].questions[4].showIf`.
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  private var text: String

  /// The document's root.
  static let root = JSONPath(text: "")

  private init(text: String) {
    self.text = text
  }

  /// The path to a member of the object at this path.
  func key(_ key: String) -> JSONPath {
    JSONPath(text: text.isEmpty ? key : text + "." + key)
  }

  /// The path to an element of the array at this path (0-based).
  func index(_ index: Int) -> JSONPath {
    JSONPath(text: text + "[\(index)]")
  }

  /// The path as text; `(top level)` for the root.
  var description: String { text.isEmpty ? "(top level)" : text }
}
