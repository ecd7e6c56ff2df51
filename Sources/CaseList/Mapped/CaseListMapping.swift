import Formats
import Foundation

/// A validated column mapping: which CSV column gives each field, and how its codes translate.
///
/// The JSON format is documented in the README (*Profile `mapped`*). Reading a mapping never
/// stops at the first mistake: every problem is reported with the JSON path it is at.
struct CaseListMapping: Sendable {
  /// The header of the column each mapped field comes from.
  var columns: [MappedField: String] = [:]
  /// Stage codes, keyed by `CaseListMapping.codeKey`.
  var stageCodes: [String: Stage] = [:]
  /// Neglect codes, keyed by `CaseListMapping.codeKey`.
  var neglectCodes: [String: NeglectStatus] = [:]
  /// Disability codes, keyed by `CaseListMapping.codeKey`.
  var disabilityCodes: [String: Bool] = [:]
  /// How dates are written.
  var dateFormat = CaseListDateFormat.dayMonthYear
  /// The column whose date ends a row's involvement, if any.
  var endDateColumn: String?

  /// How codes are compared: trimmed and case-insensitive.
  static func codeKey(_ code: String) -> String {
    code.trimmingCharacters(in: .whitespaces).lowercased()
  }

  /// Reads and checks a mapping; `nil` with problems when it cannot be used.
  static func read(_ source: CaseListSource) -> (
    mapping: CaseListMapping?, problems: [CaseListProblem]
  ) {
    // Read as the CSV files are: a byte order mark is dropped, Windows-1252 is transcoded.
    let text = DecodedText(source)
    if let fatal = text.fatalProblem {
      let problem = CaseListProblem(
        file: source.name, line: fatal.line, column: fatal.column, message: fatal.message)
      return (nil, [problem])
    }
    // The one JSON reader of the package (Formats): strict RFC 8259, with the line and column
    // of every key, so each problem below names where it is.
    let parsed = text.withUTF8 { bytes in
      Result { () throws(JSONSyntaxError) in try JSONParser.parse(Array(bytes)) }
    }
    var reader = MappingReader(name: source.name)
    var positions: [JSONPath: SourcePosition] = [:]
    switch parsed {
    case .failure(let syntax):
      reader.problem(at: syntax.position, "not valid JSON: \(syntax.message)")
    case .success(let node):
      positions = node.keyPositions()
      // The root's problems are at the top of the file, wherever its first brace is.
      positions[.root] = SourcePosition(line: 1, column: 1)
      reader.read(JSONValue(node))
    }
    let problems = reader.problems.map { pending in
      var position = pending.position
      var path = pending.path ?? .root
      while position == nil {
        position = positions[path]
        if path.isRoot { break }
        path = path.parent
      }
      let place = position ?? SourcePosition(line: 1, column: 1)
      return CaseListProblem(
        file: source.name, line: place.line, column: place.column, message: pending.message)
    }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    return (problems.isEmpty ? reader.mapping : nil, problems)
  }
}

/// Checks a decoded mapping member by member, collecting problems with their paths.
private struct MappingReader {
  let name: String
  var mapping = CaseListMapping()
  var problems: [(path: JSONPath?, position: SourcePosition?, message: String)] = []

  init(name: String) {
    self.name = name
  }

  mutating func problem(at position: SourcePosition, _ message: String) {
    problems.append((nil, position, message))
  }

  mutating func problem(_ path: JSONPath, _ message: String) {
    problems.append((path, nil, "\(path.dollarNotation): \(message)"))
  }

  mutating func read(_ value: JSONValue) {
    let root = JSONPath.root
    guard case .object(let members) = value else {
      problem(root, "expected an object, found \(value.kind)")
      return
    }
    let known = ["columns", "codes", "dateFormat", "open"]
    for key in members.keys.sorted() where !known.contains(key) {
      problem(root.key(key), "unknown key (expected \(list(known)))")
    }
    if let columns = members["columns"] {
      readColumns(columns, root.key("columns"))
    } else {
      problem(root, "'columns' is required")
    }
    if let codes = members["codes"] { readCodes(codes, root.key("codes")) }
    if let format = members["dateFormat"] { readDateFormat(format, root.key("dateFormat")) }
    if let open = members["open"] { readOpen(open, root.key("open")) }
  }

  private mutating func readColumns(_ value: JSONValue, _ path: JSONPath) {
    guard case .object(let members) = value else {
      problem(path, "expected an object of field names and column headers, found \(value.kind)")
      return
    }
    let fields = MappedField.allCases.map(\.rawValue)
    for key in members.keys.sorted() {
      guard let field = MappedField(rawValue: key) else {
        problem(path.key(key), "unknown field (expected \(list(fields)))")
        continue
      }
      if let header = column(members[key], path.key(key)) { mapping.columns[field] = header }
    }
    for field in MappedField.required where members[field.rawValue] == nil {
      problem(path, "'\(field.rawValue)' is required")
    }
  }

  /// A column header: a non-empty string.
  private mutating func column(_ value: JSONValue?, _ path: JSONPath) -> String? {
    guard case .string(let header) = value else {
      problem(path, "expected a column header, found \(value?.kind ?? "nothing")")
      return nil
    }
    guard !header.trimmingCharacters(in: .whitespaces).isEmpty else {
      problem(path, "the column header is empty")
      return nil
    }
    return header
  }

  private mutating func readCodes(_ value: JSONValue, _ path: JSONPath) {
    guard case .object(let members) = value else {
      problem(path, "expected an object, found \(value.kind)")
      return
    }
    let known = ["stage", "neglect", "disability"]
    for key in members.keys.sorted() {
      let member = path.key(key)
      guard let table = members[key] else { continue }
      switch key {
      case "stage":
        mapping.stageCodes = codes(table, member, expected: Stage.allCases.map(\.rawValue)) {
          (value: JSONValue) -> Stage? in
          guard case .string(let name) = value else { return nil }
          return Stage(rawValue: name)
        }
      case "neglect":
        mapping.neglectCodes = codes(
          table, member, expected: NeglectStatus.allCases.map(\.rawValue)
        ) { (value: JSONValue) -> NeglectStatus? in
          guard case .string(let name) = value else { return nil }
          return NeglectStatus(rawValue: name)
        }
      case "disability":
        mapping.disabilityCodes = codes(table, member, expected: ["true", "false"]) {
          (value: JSONValue) -> Bool? in
          guard case .bool(let flag) = value else { return nil }
          return flag
        }
      default:
        problem(member, "unknown key (expected \(list(known)))")
      }
    }
  }

  /// A table of codes: each key a code as the CSV writes it, each value one of ours.
  private mutating func codes<Value: Equatable>(
    _ value: JSONValue, _ path: JSONPath, expected: [String],
    _ translate: (JSONValue) -> Value?
  ) -> [String: Value] {
    guard case .object(let members) = value else {
      problem(path, "expected an object of codes, found \(value.kind)")
      return [:]
    }
    var table: [String: Value] = [:]
    var firstKey: [String: String] = [:]
    for code in members.keys.sorted() {
      let member = path.key(code)
      guard let entry = members[code], let translated = translate(entry) else {
        let found =
          if case .string(let text)? = members[code] { FieldReading.quoted(text) } else {
            members[code]?.kind ?? "nothing"
          }
        problem(member, "\(found) is not one of \(list(expected))")
        continue
      }
      let key = CaseListMapping.codeKey(code)
      if let earlier = firstKey[key], table[key] != translated {
        problem(member, "the same code as '\(earlier)' (codes ignore case) with another meaning")
        continue
      }
      firstKey[key] = code
      table[key] = translated
    }
    return table
  }

  private mutating func readDateFormat(_ value: JSONValue, _ path: JSONPath) {
    let formats = CaseListDateFormat.allCases.map(\.rawValue)
    guard case .string(let text) = value, let format = CaseListDateFormat(rawValue: text) else {
      problem(path, "expected one of \(list(formats)), found \(describe(value))")
      return
    }
    mapping.dateFormat = format
  }

  private mutating func readOpen(_ value: JSONValue, _ path: JSONPath) {
    guard case .object(let members) = value else {
      problem(path, "expected an object, found \(value.kind)")
      return
    }
    for key in members.keys.sorted() {
      let member = path.key(key)
      if key == "endDate" {
        mapping.endDateColumn = column(members[key], member)
      } else {
        problem(member, "unknown key (expected 'endDate')")
      }
    }
  }

  private func describe(_ value: JSONValue) -> String {
    if case .string(let text) = value { return FieldReading.quoted(text) }
    return value.kind
  }

  private func list(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
  }
}
