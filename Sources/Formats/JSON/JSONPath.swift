/// A path to a value inside a JSON document: the keys and array indexes from the root.
///
/// Problems found in a JSON file (an audit tool, a column mapping) name the path they are at,
/// so a person can find the member without counting lines. Two spellings are kept, one per
/// kind of file, because each is what that file's users already read in CaseAudit's messages:
/// ``description`` (`sections[3].questions[4].showIf`, for audit tools) and ``dollarNotation``
/// (`$.codes.stage.CP`, for column mappings, in the style of RFC 9535's JSONPath).
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step down from a value.
  public enum Step: Sendable, Hashable {
    /// A member of an object.
    case key(String)
    /// An element of an array, counting from 0.
    case index(Int)
  }

  /// The steps from the root.
  public private(set) var steps: [Step]

  /// The document's root.
  public static let root = JSONPath(steps: [])

  private init(steps: [Step]) {
    self.steps = steps
  }

  /// Whether this is the root.
  public var isRoot: Bool { steps.isEmpty }

  /// The path to a member of the object at this path.
  public func key(_ key: String) -> JSONPath {
    JSONPath(steps: steps + [.key(key)])
  }

  /// The path to an element of the array at this path (0-based).
  public func index(_ index: Int) -> JSONPath {
    JSONPath(steps: steps + [.index(index)])
  }

  /// The path one step up (the root stays the root).
  public var parent: JSONPath { JSONPath(steps: Array(steps.dropLast())) }

  /// `sections[3].questions[4].showIf`; `(top level)` for the root.
  public var description: String {
    guard !steps.isEmpty else { return "(top level)" }
    var text = ""
    for step in steps {
      switch step {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }

  /// `$.codes.stage.CP`: `$` for the root, keys that are not plain identifiers written
  /// `$["a b"]` (with `\` and `"` escaped), indexes `[3]`.
  public var dollarNotation: String {
    var text = "$"
    for step in steps {
      switch step {
      case .index(let index): text += "[\(index)]"
      case .key(let key):
        let plain =
          !key.isEmpty
          && key.unicodeScalars.allSatisfy {
            $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
          }
        if plain {
          text += ".\(key)"
        } else {
          let escaped = key.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
          text += "[\"\(escaped)\"]"
        }
      }
    }
    return text
  }
}
