import Formats

/// One token of a condition, with the 1-based character offset where it starts.
struct ConditionToken: Sendable, Hashable {
  /// What the token is.
  let kind: Kind
  /// The 1-based character offset of its first character in the condition.
  let offset: Int

  /// The kinds of token.
  enum Kind: Sendable, Hashable {
    /// A name: a question id (`assess.history`), a case attribute (`case.age`) or a code.
    case name(String)
    /// A number such as `3` or `2.5`.
    case number(Double)
    /// A date such as `2024-03-31`.
    case date(CalendarDate)
    /// A quoted string, `'good'` or `"good"`.
    case string(String)
    /// A comparison operator.
    case comparison(ComparisonOperator)
    /// `and`.
    case and
    /// `or`.
    case or
    /// `not`.
    case not
    /// `in`.
    case `in`
    /// `answered`.
    case answered
    /// `true` or `false`.
    case bool(Bool)
    /// `(`.
    case openParen
    /// `)`.
    case closeParen
    /// `[`.
    case openBracket
    /// `]`.
    case closeBracket
    /// `,`.
    case comma
    /// The end of the condition.
    case end
  }

  /// How the token reads in a message: `'and'`, `'('`, `number 3`, `end of condition`.
  var spelled: String {
    switch kind {
    case .name(let name): return "'\(name)'"
    case .number(let value): return "number \(JSONWriter.number(value))"
    case .date(let date): return "date \(date)"
    case .string(let text): return "string '\(text)'"
    case .comparison(let op): return "'\(op.rawValue)'"
    case .and: return "'and'"
    case .or: return "'or'"
    case .not: return "'not'"
    case .in: return "'in'"
    case .answered: return "'answered'"
    case .bool(let value): return "'\(value)'"
    case .openParen: return "'('"
    case .closeParen: return "')'"
    case .openBracket: return "'['"
    case .closeBracket: return "']'"
    case .comma: return "','"
    case .end: return "end of condition"
    }
  }
}
