internal import AuditForms
internal import AuditStore
internal import Formats
internal import Foundation
internal import Workflows

/// `caseaudit form …`: check, list, show and install audit tools.
enum FormCommand {
  static let definition = CommandDefinition(
    name: "form", abstract: "Check, list, show and install audit tools (the audit forms).",
    subcommands: [checkCommand, listCommand, showCommand, installCommand])

  static let checkCommand = CommandDefinition(
    name: "check", abstract: "Check an audit-tool definition and report every problem.",
    discussion:
      "Each problem is printed as file:line: JSON path: message; then the command exits 65.",
    arguments: [
      .positional("file", valueName: "file", help: "The tool's JSON file."),
      CommonArguments.json,
    ],
    run: { invocation in try runCheck(invocation) })

  struct CheckOutput: Encodable {
    let file: String
    let valid: Bool
    let id: String?
    let version: String?
    let questions: Int?
    let problems: [String]
  }

  /// Loads a tool file, or fails with every problem (exit 65).
  static func load(_ file: String, invocation: Invocation) throws -> (AuditTool, String) {
    let bytes = try CommandInputs.readFile(file, invocation: invocation)
    let name = (file as NSString).lastPathComponent
    switch AuditToolLoader.load(json: bytes, fileName: name) {
    case .success(let tool): return (tool, String(decoding: bytes, as: UTF8.self))
    case .failure(let error):
      let problems = error.problems.map(\.diagnostic.description)
      if invocation.arguments.flag("json") {
        try JSONOutput.write(
          CheckOutput(
            file: file, valid: false, id: nil, version: nil, questions: nil, problems: problems),
          to: invocation)
      }
      throw CommandFailure.invalidInput(
        summary: "\(problems.count) problem(s) in the audit tool \(file).", problems: problems)
    }
  }

  static func runCheck(_ invocation: Invocation) throws -> Int32 {
    let file = try invocation.arguments.required("file")
    let (tool, _) = try load(file, invocation: invocation)
    if invocation.arguments.flag("json") {
      try JSONOutput.write(
        CheckOutput(
          file: file, valid: true, id: tool.id, version: tool.version,
          questions: tool.questions.count, problems: []), to: invocation)
    } else {
      invocation.stdout.line(
        "\(file): OK — '\(tool.id)' version \(tool.version), \(tool.sections.count) sections, "
          + "\(tool.questions.count) questions, \(tool.themes.count) themes.")
    }
    return ExitCode.success
  }

  static let listCommand = CommandDefinition(
    name: "list", abstract: "List the audit tools available: built in and installed.",
    arguments: [CommonArguments.workspace, CommonArguments.json],
    run: { invocation in
      let workspace = try? invocation.openWorkspace()
      let catalog = try ToolCatalog(workspace: workspace)
      struct Listed: Encodable {
        let id: String
        let version: String
        let title: String
        let source: String
      }
      let listed = catalog.entries.map {
        Listed(
          id: $0.id, version: $0.version, title: $0.title,
          source: $0.builtIn ? "built-in" : "installed")
      }
      if invocation.arguments.flag("json") {
        try JSONOutput.write(listed, to: invocation)
      } else {
        invocation.stdout.write(
          TextTable.render(
            header: ["id", "version", "title", "source"],
            rows: listed.map { [$0.id, $0.version, $0.title, $0.source] }))
      }
      return ExitCode.success
    })

  static let showCommand = CommandDefinition(
    name: "show", abstract: "Print a readable blank form with guidance, for paper audit days.",
    arguments: [
      .positional("id", valueName: "tool-id", help: "The tool's id."),
      .option("version", valueName: "version", help: "A version other than the latest."),
      .option("format", valueName: "format", help: "text (default), markdown or html."),
      CommonArguments.workspace,
    ],
    run: { invocation in
      let arguments = invocation.arguments
      let format = try arguments.choice("format", as: FormRenderer.Format.self) ?? .text
      let workspace = try? invocation.openWorkspace()
      let tool = try ToolCatalog(workspace: workspace).tool(
        id: try arguments.required("id"), version: arguments.value("version"))
      invocation.stdout.write(FormRenderer.render(tool, format: format))
      return ExitCode.success
    })

  static let installCommand = CommandDefinition(
    name: "install",
    abstract: "Install a partnership's own audit tool (every version is kept).",
    arguments: [
      .positional("file", valueName: "file", help: "The tool's JSON file."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let file = try invocation.arguments.required("file")
      let workspace = try invocation.openWorkspace()
      let (tool, text) = try load(file, invocation: invocation)
      let outcome = try ToolCatalog.install(
        tool, definition: text, workspace: workspace, actor: invocation.actor)
      if invocation.arguments.flag("json") {
        struct Output: Encodable {
          let id: String
          let version: String
          let title: String
          let outcome: String
        }
        try JSONOutput.write(
          Output(
            id: tool.id, version: tool.version, title: tool.title,
            outcome: outcome == .installed ? "installed" : "alreadyInstalled"), to: invocation)
        return ExitCode.success
      }
      switch outcome {
      case .installed:
        invocation.stdout.line("Installed '\(tool.id)' version \(tool.version): \(tool.title).")
      case .alreadyInstalled:
        invocation.stdout.line(
          "'\(tool.id)' version \(tool.version) is already installed; nothing changed.")
      }
      return ExitCode.success
    })
}
