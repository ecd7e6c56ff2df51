import Formats

/// The object members of one JSON object, with the path and position of the object.
struct JSONFields {
  /// The object's path.
  let path: JSONPath
  /// Where the object's `{` is.
  let position: SourcePosition
  /// The members by key (the first, where a key is repeated).
  let members: [String: JSONMember]

  /// The member with a key, if present.
  subscript(key: String) -> JSONMember? { members[key] }
}

/// Reads JSON nodes into checked values, collecting a `ToolProblem` for every problem instead of
/// stopping at the first.
struct ToolDecoder {
  /// The file name used in problems.
  let fileName: String
  /// The problems found so far.
  private(set) var problems: [ToolProblem] = []

  /// Creates a decoder for a file.
  init(fileName: String) {
    self.fileName = fileName
  }

  /// Records a problem.
  mutating func report(
    _ kind: ToolProblem.Kind, _ path: JSONPath, _ position: SourcePosition, _ message: String
  ) {
    problems.append(
      ToolProblem(
        fileName: fileName, position: position, path: path.description, kind: kind,
        message: message))
  }

  /// The members of an object node; reports a node that is not an object, repeated keys, and
  /// keys outside `allowed` (keys in `elsewhere` get that explanation instead of "unknown").
  mutating func object(
    _ node: JSONNode, _ path: JSONPath, allowed: [String], elsewhere: [String: String] = [:]
  ) -> JSONFields? {
    guard let list = node.members else {
      report(
        .wrongJSONType, path, node.position, "expected an object, found \(node.kindDescription)")
      return nil
    }
    var members: [String: JSONMember] = [:]
    for member in list {
      let memberPath = path.key(member.key)
      if members[member.key] != nil {
        report(.duplicateID, memberPath, member.keyPosition, "field '\(member.key)' is repeated")
        continue
      }
      members[member.key] = member
      if allowed.contains(member.key) { continue }
      if let explanation = elsewhere[member.key] {
        report(.unknownField, memberPath, member.keyPosition, explanation)
      } else {
        var message = "unknown field '\(member.key)'"
        if let suggestion = Suggestion.closest(to: member.key, in: allowed) {
          message += " (did you mean '\(suggestion)'?)"
        }
        report(.unknownField, memberPath, member.keyPosition, message)
      }
    }
    return JSONFields(path: path, position: node.position, members: members)
  }

  /// A string field, reporting a missing required field, a non-string, or a blank string.
  mutating func string(_ fields: JSONFields, _ key: String, required: Bool = true) -> String? {
    guard let member = fields[key] else {
      if required { missing(fields, key) }
      return nil
    }
    return string(member.value, fields.path.key(key))
  }

  /// A string value that is not blank.
  mutating func string(_ node: JSONNode, _ path: JSONPath) -> String? {
    guard let text = node.stringValue else {
      report(
        .wrongJSONType, path, node.position, "expected a string, found \(node.kindDescription)")
      return nil
    }
    guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      report(.invalidValue, path, node.position, "must not be empty")
      return nil
    }
    return text
  }

  /// A boolean field, or `defaultValue` when absent or wrong.
  mutating func bool(_ fields: JSONFields, _ key: String, default defaultValue: Bool?) -> Bool? {
    guard let member = fields[key] else {
      if defaultValue == nil { missing(fields, key) }
      return defaultValue
    }
    guard case .bool(let value) = member.value.value else {
      report(
        .wrongJSONType, fields.path.key(key), member.value.position,
        "expected true or false, found \(member.value.kindDescription)")
      return defaultValue
    }
    return value
  }

  /// A number field.
  mutating func number(
    _ fields: JSONFields, _ key: String, required: Bool
  ) -> (value: Double, isInteger: Bool)? {
    guard let member = fields[key] else {
      if required { missing(fields, key) }
      return nil
    }
    guard case .number(let value, let isInteger) = member.value.value else {
      report(
        .wrongJSONType, fields.path.key(key), member.value.position,
        "expected a number, found \(member.value.kindDescription)")
      return nil
    }
    return (value, isInteger)
  }

  /// An array field's elements, each with its path.
  mutating func array(
    _ fields: JSONFields, _ key: String, required: Bool, nonEmpty: Bool
  ) -> [(node: JSONNode, path: JSONPath)]? {
    guard let member = fields[key] else {
      if required { missing(fields, key) }
      return nil
    }
    let path = fields.path.key(key)
    guard let elements = member.value.elements else {
      report(
        .wrongJSONType, path, member.value.position,
        "expected an array, found \(member.value.kindDescription)")
      return nil
    }
    if nonEmpty && elements.isEmpty {
      report(.invalidValue, path, member.value.position, "must not be empty")
    }
    return elements.enumerated().map { ($0.element, path.index($0.offset)) }
  }

  /// An array of strings; reports non-strings and repeats.
  mutating func stringArray(
    _ fields: JSONFields, _ key: String, nonEmpty: Bool
  ) -> [(text: String, node: JSONNode, path: JSONPath)]? {
    guard let elements = array(fields, key, required: false, nonEmpty: nonEmpty) else {
      return nil
    }
    var result: [(text: String, node: JSONNode, path: JSONPath)] = []
    for (node, path) in elements {
      guard let text = string(node, path) else { continue }
      if result.contains(where: { $0.text == text }) {
        report(.duplicateID, path, node.position, "'\(text)' is listed twice")
        continue
      }
      result.append((text, node, path))
    }
    return result
  }

  /// Reports a missing required field of an object.
  mutating func missing(_ fields: JSONFields, _ key: String) {
    report(.missingField, fields.path.key(key), fields.position, "missing required field '\(key)'")
  }
}
