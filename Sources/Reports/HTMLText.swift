/// Escapes text for HTML element content and attribute values (HTML Living Standard §13.1.2:
/// `&`, `<`, `>`, `"` and `'` are the characters that can end or change the context).
public enum HTMLText {
  /// The text with the five significant characters replaced by character references.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
