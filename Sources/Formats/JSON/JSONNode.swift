/// A parsed JSON value together with where it starts in the source text.
///
/// `JSONParser` produces these so that every later problem (a missing field, an unknown code)
/// can name the line it is on; Foundation's `JSONSerialization` keeps no positions.
public struct JSONNode: Sendable {
  /// The value itself.
  public let value: Value
  /// Where the value's first character is.
  public let position: SourcePosition

  /// The kinds of JSON value (RFC 8259 §3).
  public enum Value: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number; `isInteger` is true when the source had no fraction or exponent.
    case number(Double, isInteger: Bool)
    /// A string, with escapes decoded.
    case string(String)
    /// An array, in source order.
    case array([JSONNode])
    /// An object's members in source order; duplicate keys are kept for the caller to report.
    case object([JSONMember])
  }

  /// A word for the value's kind, for messages: "a string", "an array", ….
  public var kindDescription: String {
    switch value {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The string, if this is one.
  public var stringValue: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  /// The members, if this is an object.
  public var members: [JSONMember]? {
    if case .object(let members) = value { return members }
    return nil
  }

  /// The elements, if this is an array.
  public var elements: [JSONNode]? {
    if case .array(let elements) = value { return elements }
    return nil
  }
}

extension JSONNode {
  /// Where each member's key is, by path (a key that appears twice: its first place), with
  /// the root at this node's own position.
  ///
  /// - Complexity: O(n) in the number of values.
  public func keyPositions() -> [JSONPath: SourcePosition] {
    var positions: [JSONPath: SourcePosition] = [.root: position]
    func visit(_ node: JSONNode, _ path: JSONPath) {
      switch node.value {
      case .object(let members):
        for member in members {
          let child = path.key(member.key)
          if positions[child] == nil { positions[child] = member.keyPosition }
          visit(member.value, child)
        }
      case .array(let elements):
        for (index, element) in elements.enumerated() {
          let child = path.index(index)
          positions[child] = element.position
          visit(element, child)
        }
      default: break
      }
    }
    visit(self, .root)
    return positions
  }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable {
  /// The key, escapes decoded.
  public let key: String
  /// Where the key's opening quote is.
  public let keyPosition: SourcePosition
  /// The value.
  public let value: JSONNode
}
