import Formats

/// Splits a condition into tokens.
///
/// Names are letters, digits and `_`, with `.` between parts (`assess.history`, `case.age`);
/// they start with a letter or `_`. A run of the form `dddd-dd-dd` is a date. Strings are
/// quoted with `'` or `"` and have no escapes. Whitespace separates tokens and is otherwise
/// ignored.
enum ConditionLexer {
  /// The tokens of `source`, ending with `.end`.
  ///
  /// - Complexity: O(n) in the length of the condition.
  static func tokens(of source: String) throws(ConditionError) -> [ConditionToken] {
    let scalars = Array(source.unicodeScalars)
    var tokens: [ConditionToken] = []
    var index = 0

    func syntax(_ message: String, at position: Int) -> ConditionError {
      ConditionError(kind: .syntax, offset: position + 1, message: message)
    }

    while index < scalars.count {
      let scalar = scalars[index]
      let start = index
      if scalar.properties.isWhitespace {
        index += 1
        continue
      }
      func add(_ kind: ConditionToken.Kind, length: Int) {
        tokens.append(ConditionToken(kind: kind, offset: start + 1))
        index += length
      }
      let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
      switch scalar {
      case "(": add(.openParen, length: 1)
      case ")": add(.closeParen, length: 1)
      case "[": add(.openBracket, length: 1)
      case "]": add(.closeBracket, length: 1)
      case ",": add(.comma, length: 1)
      case "=":
        guard next == "=" else { throw syntax("use '==' to compare, not '='", at: start) }
        add(.comparison(.equal), length: 2)
      case "!":
        guard next == "=" else { throw syntax("use 'not' rather than '!'", at: start) }
        add(.comparison(.notEqual), length: 2)
      case "<":
        if next == "=" {
          add(.comparison(.lessOrEqual), length: 2)
        } else {
          add(.comparison(.less), length: 1)
        }
      case ">":
        if next == "=" {
          add(.comparison(.greaterOrEqual), length: 2)
        } else {
          add(.comparison(.greater), length: 1)
        }
      case "&":
        throw syntax("use 'and' rather than '&&'", at: start)
      case "|":
        throw syntax("use 'or' rather than '||'", at: start)
      case "'", "\"":
        var end = index + 1
        while end < scalars.count, scalars[end] != scalar { end += 1 }
        guard end < scalars.count else { throw syntax("unterminated string", at: start) }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[(index + 1)..<end])
        add(.string(text), length: end + 1 - index)
      case "-", "0"..."9":
        let (kind, length) = try number(scalars, from: index)
        add(kind, length: length)
      default:
        guard isNameStart(scalar) else {
          throw syntax("unexpected character '\(Character(scalar))'", at: start)
        }
        var end = index + 1
        while end < scalars.count {
          if isNamePart(scalars[end]) {
            end += 1
          } else if scalars[end] == ".", end + 1 < scalars.count, isNamePart(scalars[end + 1]) {
            end += 2
          } else {
            break
          }
        }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[index..<end])
        add(keyword(name) ?? .name(name), length: end - index)
      }
    }
    tokens.append(ConditionToken(kind: .end, offset: scalars.count + 1))
    return tokens
  }

  /// Whether `name` can name a question: name parts joined by dots, not a keyword.
  static func isQuestionID(_ name: String) -> Bool {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard keyword(name) == nil, let head = parts.first?.unicodeScalars.first, isNameStart(head)
    else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(isNamePart) }
  }

  /// Whether `code` can be a code (a level, option, theme, scale or section id): one name part
  /// that is not a keyword.
  static func isCode(_ code: String) -> Bool {
    guard let first = code.unicodeScalars.first else { return false }
    return isNameStart(first) && code.unicodeScalars.allSatisfy(isNamePart)
      && keyword(code) == nil
  }

  /// The words the language reserves.
  static let keywords: Set<String> = ["and", "or", "not", "in", "answered", "true", "false"]

  private static func keyword(_ name: String) -> ConditionToken.Kind? {
    switch name {
    case "and": return .and
    case "or": return .or
    case "not": return .not
    case "in": return .in
    case "answered": return .answered
    case "true": return .bool(true)
    case "false": return .bool(false)
    default: return nil
    }
  }

  private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
  }

  private static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
    isNameStart(scalar) || ("0"..."9").contains(scalar)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private static func number(
    _ scalars: [Unicode.Scalar], from start: Int
  ) throws(ConditionError) -> (ConditionToken.Kind, Int) {
    var end = start
    if scalars[end] == "-" { end += 1 }
    let digitsStart = end
    while end < scalars.count, isDigit(scalars[end]) { end += 1 }
    guard end > digitsStart else {
      throw ConditionError(
        kind: .syntax, offset: start + 1, message: "expected a number after '-'")
    }
    // A date: exactly dddd-dd-dd, not followed by more of a name or number.
    if scalars[start] != "-", end - start == 4, end < scalars.count, scalars[end] == "-" {
      let candidate = scalars[start..<min(start + 10, scalars.count)]
      var text = ""
      text.unicodeScalars.append(contentsOf: candidate)
      let following = start + 10 < scalars.count ? scalars[start + 10] : nil
      guard following.map({ !isNamePart($0) && $0 != "-" }) ?? true,
        let date = CalendarDate(iso: text)
      else {
        throw ConditionError(
          kind: .syntax, offset: start + 1,
          message: "invalid date; write dates as YYYY-MM-DD, e.g. 2024-03-31")
      }
      return (.date(date), 10)
    }
    if end < scalars.count, scalars[end] == "." {
      end += 1
      let fractionStart = end
      while end < scalars.count, isDigit(scalars[end]) { end += 1 }
      guard end > fractionStart else {
        throw ConditionError(
          kind: .syntax, offset: start + 1, message: "expected a digit after '.'")
      }
    }
    if end < scalars.count, isNameStart(scalars[end]) {
      throw ConditionError(
        kind: .syntax, offset: start + 1,
        message: "a name must start with a letter, not a digit")
    }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[start..<end])
    guard let value = Double(text) else {
      throw ConditionError(kind: .syntax, offset: start + 1, message: "invalid number")
    }
    return (.number(value), end - start)
  }
}
