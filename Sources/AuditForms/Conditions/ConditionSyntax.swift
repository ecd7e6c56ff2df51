import Formats

/// A condition as parsed, before names are resolved against the tool.
indirect enum ConditionSyntax: Sendable, Hashable {
  /// `lhs and rhs`.
  case and(ConditionSyntax, ConditionSyntax)
  /// `lhs or rhs`.
  case or(ConditionSyntax, ConditionSyntax)
  /// `not operand`, with the offset of `not`.
  case not(ConditionSyntax, offset: Int)
  /// `lhs op rhs`, with the offset of the operator.
  case comparison(Operand, ComparisonOperator, Operand, offset: Int)
  /// `subject in [items]`, with the offset of `in`.
  case membership(Operand, [Operand], offset: Int)
  /// `answered(name)`, with the offsets of `answered` and of the name.
  case answered(String, offset: Int, nameOffset: Int)
  /// A lone operand used as a truth value, for example `case.longTerm`.
  case bare(Operand)

  /// A leaf: a name or a literal, with its offset.
  struct Operand: Sendable, Hashable {
    /// What the operand is.
    let kind: Kind
    /// The 1-based character offset where it starts.
    let offset: Int

    /// The kinds of operand.
    enum Kind: Sendable, Hashable {
      /// A name: a question id, a case attribute or a code.
      case name(String)
      /// A number.
      case number(Double)
      /// A date.
      case date(CalendarDate)
      /// A quoted string.
      case string(String)
      /// `true` or `false`.
      case bool(Bool)
    }
  }
}
