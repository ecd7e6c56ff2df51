import Formats

extension AnswerSet {
  /// The answers as an answers file in canonical form, for storage.
  ///
  /// Keys are sorted by their UTF-8 bytes, there is no insignificant whitespace (or, with
  /// `pretty`, two-space indentation and a final line feed), and `evidence` is left out when
  /// there is none. Equal sets give identical text, so the text can be stored, compared and
  /// fingerprinted.
  ///
  /// Reading the text back with `AuditTool.readAnswers` gives an equal set.
  ///
  /// - Complexity: O(n log n) in the number of answers.
  public func canonicalJSON(pretty: Bool = false) -> String {
    let newline = pretty ? "\n" : ""
    func indent(_ level: Int) -> String { pretty ? String(repeating: "  ", count: level) : "" }
    let colon = pretty ? ": " : ":"
    let ids = answers.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var out = "{" + newline + indent(1) + JSONWriter.quoted("answers") + colon + "{"
    for (offset, id) in ids.enumerated() {
      guard let answer = answers[id] else { continue }
      out += (offset == 0 ? "" : ",") + newline + indent(2) + JSONWriter.quoted(id) + colon + "{"
      var fields: [String] = []
      if let evidence = answer.evidence {
        fields.append(JSONWriter.quoted("evidence") + colon + JSONWriter.quoted(evidence))
      }
      fields.append(JSONWriter.quoted("value") + colon + Self.json(answer.value))
      out += newline + indent(3)
      out += fields.joined(separator: "," + newline + indent(3))
      out += newline + indent(2) + "}"
    }
    out += (ids.isEmpty ? "" : newline + indent(1)) + "}" + newline + "}" + newline
    return out
  }

  /// A value as it appears in an answers file.
  static func json(_ value: AnswerValue) -> String {
    switch value {
    case .level(let code), .choice(let code), .text(let code): return JSONWriter.quoted(code)
    case .choices(let codes): return "[" + codes.map(JSONWriter.quoted).joined(separator: ",") + "]"
    case .number(let number): return JSONWriter.number(number)
    case .date(let date): return JSONWriter.quoted(date.description)
    case .notApplicable: return JSONWriter.quoted("na")
    }
  }
}
