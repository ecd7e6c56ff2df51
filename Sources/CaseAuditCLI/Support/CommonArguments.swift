/// Arguments many commands share.
enum CommonArguments {
  static let workspace = ArgumentDefinition.option(
    "workspace", valueName: "path",
    help: "The workspace file (default: $CASEAUDIT_WORKSPACE, else ./caseaudit.db).")
  static let json = ArgumentDefinition.flag(
    "json", help: "Print machine-readable JSON to standard output.")
  static let problems = ArgumentDefinition.option(
    "problems", valueName: "grouped|all",
    help: "grouped (default): one line per kind of problem and column, with its count and "
      + "first lines; all: every problem as file:line:column.")
}
