import CaseAuditCLI
import Testing

@Suite struct ArgumentParserTests {
  static let tree = CommandDefinition(
    name: "tool", abstract: "A tool.",
    subcommands: [
      CommandDefinition(
        name: "sample", abstract: "Samples.",
        subcommands: [
          CommandDefinition(
            name: "draw", abstract: "Draw.",
            arguments: [
              .option("size", short: "n", valueName: "n", help: "How many."),
              .option("stage", valueName: "stage", repeating: true, help: "Stages."),
              .flag("json", help: "JSON."),
              .positional("files", valueName: "file", repeating: true, optional: true, help: "F"),
            ],
            run: { _ in 0 })
        ]),
      CommandDefinition(
        name: "show", abstract: "Show one.",
        arguments: [.positional("id", help: "The id.")], run: { _ in 0 }),
    ])

  private func parsed(_ words: [String]) throws -> ([String], ParsedArguments) {
    guard case .run(let path, let arguments) = try ArgumentParser.parse(words, root: Self.tree)
    else {
      Issue.record("expected a command to run")
      return ([], ParsedArguments())
    }
    return (path.map(\.name), arguments)
  }

  @Test func nestedSubcommandsOptionsRepeatsFlagsAndPositionals() throws {
    let (path, arguments) = try parsed([
      "sample", "draw", "--size", "40", "--stage", "childProtection", "--stage=childInNeed",
      "--json", "a.csv", "b.csv",
    ])
    #expect(path == ["tool", "sample", "draw"])
    #expect(arguments.value("size") == "40")
    #expect(try arguments.int("size", in: 1...100) == 40)
    #expect(arguments.values("stage") == ["childProtection", "childInNeed"])
    #expect(arguments.flag("json"))
    #expect(arguments.values("files") == ["a.csv", "b.csv"])
  }

  @Test func negativeNumbersAndStandardInputAreValuesNotOptions() throws {
    let (_, arguments) = try parsed(["sample", "draw", "--size", "-3", "--stage", "-"])
    #expect(arguments.value("size") == "-3")
    #expect(arguments.values("stage") == ["-"])
    let (_, inline) = try parsed(["sample", "draw", "--size=--odd"])
    #expect(inline.value("size") == "--odd")
  }

  @Test func shortAliasAndDoubleDash() throws {
    let (_, arguments) = try parsed(["sample", "draw", "-n", "5", "--", "--json", "-x"])
    #expect(arguments.value("size") == "5")
    #expect(!arguments.flag("json"))
    #expect(arguments.values("files") == ["--json", "-x"])
  }

  @Test(arguments: [
    (["sample", "draw", "--bogus"], "unknown option '--bogus'"),
    (["sample", "draw", "--size"], "missing value for '--size'"),
    (["sample", "draw", "--size", "--json"], "missing value for '--size'"),
    (["sample", "draw", "--size", "1", "--size", "2"], "'--size' was given more than once"),
    (["sample", "draw", "--json=yes"], "'--json' is a flag and takes no value"),
    (["sample", "frob"], "unknown command 'frob' for 'tool sample'"),
    (["sample", "frob", "--help"], "unknown command 'frob' for 'tool sample'"),
    (["show"], "missing <id>"),
    (["show", "a", "b"], "unexpected argument 'b'"),
  ])
  func usageErrorsSayWhatIsWrong(words: [String], message: String) throws {
    let error = try #require(throws: UsageError.self) {
      try ArgumentParser.parse(words, root: Self.tree)
    }
    #expect(error.message == message)
  }

  @Test func badNumbersAreUsageErrors() throws {
    let (_, arguments) = try parsed(["sample", "draw", "--size", "many"])
    let error = try #require(throws: UsageError.self) { try arguments.int("size", in: 1...100) }
    #expect(error.message == "'--size' takes a whole number from 1 to 100, not 'many'")
    #expect(error.commandPath == ["tool", "sample", "draw"])
  }

  @Test func helpAnywhereAndVersionAtTheTop() throws {
    guard
      case .help(let path) = try ArgumentParser.parse(["sample", "draw", "-h"], root: Self.tree)
    else {
      Issue.record("expected help")
      return
    }
    #expect(path.map(\.name) == ["tool", "sample", "draw"])
    guard case .version = try ArgumentParser.parse(["--version"], root: Self.tree) else {
      Issue.record("expected version")
      return
    }
    guard case .help(let group) = try ArgumentParser.parse(["sample"], root: Self.tree) else {
      Issue.record("a bare group prints its help")
      return
    }
    #expect(group.map(\.name) == ["tool", "sample"])
  }

  enum Colour: String, CaseIterable { case red, green }

  @Test func choicesListTheAllowedValues() throws {
    let (_, arguments) = try parsed(["sample", "draw", "--stage", "red,green", "--stage", "blue"])
    let error = try #require(throws: UsageError.self) {
      try arguments.choices("stage", as: Colour.self)
    }
    #expect(error.message == "'--stage' takes one of red, green; not 'blue'")
  }
}
