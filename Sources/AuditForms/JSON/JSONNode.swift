/// A parsed JSON value together with where it starts in the source text.
///
/// `JSONParser` produces these so that every later problem (a missing field, an unknown code)
/// can name the line it is on; Foundation's `JSONSerialization` keeps no positions.
struct JSONNode: Sendable {
  /// The value itself.
  let value: Value
  /// Where the value's first character is.
  let position: SourcePosition

  /// The kinds of JSON value (RFC 8259 §3).
  enum Value: Sendable {
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
  var kindDescription: String {
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
  var stringValue: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  /// The members, if this is an object.
  var members: [JSONMember]? {
    if case .object(let members) = value { return members }
    return nil
  }

  /// The elements, if this is an array.
  var elements: [JSONNode]? {
    if case .array(let elements) = value { return elements }
    return nil
  }
}

/// One `"key": value` pair of a JSON object.
struct JSONMember: Sendable {
  /// The key, escapes decoded.
  let key: String
  /// Where the key's opening quote is.
  let keyPosition: SourcePosition
  /// The value.
  let value: JSONNode
}
