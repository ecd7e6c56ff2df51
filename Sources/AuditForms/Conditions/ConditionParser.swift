/// A recursive-descent parser for the condition language.
///
/// Grammar, loosest binding first (`not` binds tighter than `and`, which binds tighter than
/// `or`, as in SQL and Python):
///
/// ```
/// condition  = or
/// or         = and { "or" and }
/// and        = unary { "and" unary }
/// unary      = "not" unary | primary
/// primary    = "(" condition ")"
///            | "answered" "(" NAME ")"
///            | operand [ COMPARISON operand | "in" "[" operand { "," operand } "]" ]
/// operand    = NAME | NUMBER | DATE | STRING | "true" | "false"
/// ```
///
/// The parser recurses once per parenthesis and `not`, so a condition may nest at most
/// ``maximumDepth`` levels and hold at most ``maximumTokens`` words and symbols: a tool file
/// of ten thousand `(` is refused where it starts to go too deep, rather than exhausting the
/// stack (found by the `auditforms` fuzz target, issue 17). Real conditions use a handful.
struct ConditionParser {
  /// The deepest nesting of parentheses and `not` a condition may use.
  static let maximumDepth = 64
  /// The most words and symbols a condition may hold (left-deep `and`/`or` chains are checked
  /// and evaluated recursively, so their length is bounded too).
  static let maximumTokens = 512

  private let tokens: [ConditionToken]
  private var index = 0
  private var depth = 0

  private init(tokens: [ConditionToken]) {
    self.tokens = tokens
  }

  /// Parses a whole condition.
  ///
  /// - Complexity: O(n) in the number of tokens.
  static func parse(_ source: String) throws(ConditionError) -> ConditionSyntax {
    var parser = ConditionParser(tokens: try ConditionLexer.tokens(of: source))
    if case .end = parser.current.kind {
      throw ConditionError(kind: .syntax, offset: 1, message: "the condition is empty")
    }
    // The last token is the end marker.
    guard parser.tokens.count <= maximumTokens + 1 else {
      throw ConditionError(
        kind: .syntax, offset: parser.tokens[maximumTokens].offset,
        message: "the condition is too long: at most \(maximumTokens) words and symbols")
    }
    let syntax = try parser.parseOr()
    guard case .end = parser.current.kind else {
      throw parser.unexpected("'and', 'or' or the end of the condition")
    }
    return syntax
  }

  private var current: ConditionToken { tokens[min(index, tokens.count - 1)] }

  private mutating func advance() { index += 1 }

  private func unexpected(_ expected: String) -> ConditionError {
    ConditionError(
      kind: .syntax, offset: current.offset,
      message: "expected \(expected), found \(current.spelled)")
  }

  private mutating func parseOr() throws(ConditionError) -> ConditionSyntax {
    var lhs = try parseAnd()
    while case .or = current.kind {
      advance()
      lhs = .or(lhs, try parseAnd())
    }
    return lhs
  }

  private mutating func parseAnd() throws(ConditionError) -> ConditionSyntax {
    var lhs = try parseUnary()
    while case .and = current.kind {
      advance()
      lhs = .and(lhs, try parseUnary())
    }
    return lhs
  }

  private mutating func parseUnary() throws(ConditionError) -> ConditionSyntax {
    if case .not = current.kind {
      let offset = current.offset
      try descend()
      defer { depth -= 1 }
      advance()
      return .not(try parseUnary(), offset: offset)
    }
    return try parsePrimary()
  }

  /// One level deeper, refused past ``maximumDepth``.
  private mutating func descend() throws(ConditionError) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw ConditionError(
        kind: .syntax, offset: current.offset,
        message: "the condition nests more than \(Self.maximumDepth) levels deep")
    }
  }

  private mutating func parsePrimary() throws(ConditionError) -> ConditionSyntax {
    switch current.kind {
    case .openParen:
      try descend()
      defer { depth -= 1 }
      advance()
      let inner = try parseOr()
      guard case .closeParen = current.kind else { throw unexpected("')'") }
      advance()
      return inner
    case .answered:
      let offset = current.offset
      advance()
      guard case .openParen = current.kind else { throw unexpected("'(' after 'answered'") }
      advance()
      guard case .name(let name) = current.kind else { throw unexpected("a question id") }
      let nameOffset = current.offset
      advance()
      guard case .closeParen = current.kind else { throw unexpected("')'") }
      advance()
      return .answered(name, offset: offset, nameOffset: nameOffset)
    default:
      let lhs = try parseOperand()
      switch current.kind {
      case .comparison(let op):
        let offset = current.offset
        advance()
        return .comparison(lhs, op, try parseOperand(), offset: offset)
      case .in:
        let offset = current.offset
        advance()
        guard case .openBracket = current.kind else { throw unexpected("'[' after 'in'") }
        advance()
        var items = [try parseOperand()]
        while case .comma = current.kind {
          advance()
          items.append(try parseOperand())
        }
        guard case .closeBracket = current.kind else { throw unexpected("',' or ']'") }
        advance()
        return .membership(lhs, items, offset: offset)
      default:
        return .bare(lhs)
      }
    }
  }

  private mutating func parseOperand() throws(ConditionError) -> ConditionSyntax.Operand {
    let offset = current.offset
    let kind: ConditionSyntax.Operand.Kind
    switch current.kind {
    case .name(let name): kind = .name(name)
    case .number(let value): kind = .number(value)
    case .date(let date): kind = .date(date)
    case .string(let text): kind = .string(text)
    case .bool(let value): kind = .bool(value)
    default: throw unexpected("a question, case attribute or value")
    }
    advance()
    return ConditionSyntax.Operand(kind: kind, offset: offset)
  }
}
