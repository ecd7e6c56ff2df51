/// A command or command group of the `caseaudit` tool, described declaratively.
///
/// The parser walks the tree of definitions; `--help` text is generated from it, so help can
/// never drift from what is accepted.
public struct CommandDefinition: Sendable {
  /// The word that selects the command (`init`, `sample`, `draw`).
  public let name: String
  /// One line saying what it does.
  public let abstract: String
  /// Longer help text, shown after the options.
  public let discussion: String?
  /// The options, flags and positionals it accepts.
  public let arguments: [ArgumentDefinition]
  /// Its subcommands, for a group.
  public let subcommands: [CommandDefinition]
  /// Left out of the parent's help (debug and test commands).
  public let isHidden: Bool
  /// What it does; `nil` for a group, which prints its help when run bare.
  public let run: (@Sendable (inout Invocation) throws -> Int32)?

  /// Creates a definition.
  public init(
    name: String, abstract: String, discussion: String? = nil,
    arguments: [ArgumentDefinition] = [], subcommands: [CommandDefinition] = [],
    isHidden: Bool = false, run: (@Sendable (inout Invocation) throws -> Int32)? = nil
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.subcommands = subcommands
    self.isHidden = isHidden
    self.run = run
  }

  func subcommand(named name: String) -> CommandDefinition? {
    subcommands.first { $0.name == name }
  }
}
