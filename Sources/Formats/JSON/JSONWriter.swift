/// Writes JSON text deterministically: the same value always gives the same bytes.
///
/// Keys are written in the order given (callers sort them), strings escape only what RFC 8259
/// §7 requires plus the other C0 controls, and numbers that are whole and exactly representable
/// are written without a fraction.
public enum JSONWriter {
  /// A JSON string literal for `text`, quotes included.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A JSON number literal; `null` for a value JSON cannot hold (infinity, NaN).
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    // 2^53: beyond it not every integer is representable, so keep Swift's exact description.
    if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
      return String(Int64(value))
    }
    return "\(value)"
  }
}
