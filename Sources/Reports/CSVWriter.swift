/// Writes CSV that Excel opens correctly and safely.
///
/// RFC 4180 §2: fields holding a comma, quote or line break are quoted and inner quotes
/// doubled; records end in CRLF. The file starts with a UTF-8 byte-order mark so Excel reads it
/// as UTF-8. A cell beginning with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with
/// an apostrophe so a spreadsheet shows it as text instead of running it as a formula (OWASP,
/// "CSV Injection").
public struct CSVWriter: Sendable {
  private var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Creates a writer whose output starts with the UTF-8 byte-order mark.
  public init() {}

  /// Appends one record.
  public mutating func append(_ fields: [String]) {
    let line = fields.map(Self.encode).joined(separator: ",") + "\r\n"
    bytes += Array(line.utf8)
  }

  /// The file's bytes so far.
  public var data: [UInt8] { bytes }

  /// One field, neutralised and quoted as needed.
  public static func encode(_ field: String) -> String {
    var text = field
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      // A plain negative number is data, not a formula: keep "-3" and "-0.5" as they are.
      if !(first == "-" && Double(text) != nil) { text = "'" + text }
    }
    let needsQuotes = text.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n"
    }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
