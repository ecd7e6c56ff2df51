/// The normalisations used when people's spellings of teams, agencies and family keys are
/// compared.
enum TextKey {
  /// `text` without leading and trailing whitespace (Unicode `White_Space`).
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    if let first = scalars.first, let last = scalars.last, !isSpace(first), !isSpace(last) {
      return text
    }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The trimmed text, or `nil` when nothing is left.
  static func nonBlank(_ text: String?) -> String? {
    guard let text else { return nil }
    let result = trimmed(text)
    return result.isEmpty ? nil : result
  }

  /// The trimmed, lower-cased text used for case-insensitive matching, or `nil` when blank.
  static func folded(_ text: String?) -> String? {
    nonBlank(text)?.lowercased()
  }

  /// Whether a scalar is white space, with a fast path for ASCII.
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }
}
