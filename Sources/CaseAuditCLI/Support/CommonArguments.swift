/// Arguments many commands share.
enum CommonArguments {
  static let workspace = ArgumentDefinition.option(
    "workspace", valueName: "path",
    help: "The workspace file (default: $CASEAUDIT_WORKSPACE, else ./caseaudit.db).")
  static let json = ArgumentDefinition.flag(
    "json", help: "Print machine-readable JSON to standard output.")
}
