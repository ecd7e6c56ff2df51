internal import Findings

extension ParsedArguments {
  /// The trained-versus-untrained design `--design` asks for (`compare`, `report`): `cohort` unless told otherwise.
  func trainingDesign() throws -> TrainingGrouping {
    switch value("design") {
    case nil, "cohort": return .cohort
    case "per-round": return .atAuditDate
    case let other?:
      throw UsageError(
        message: "'--design' takes cohort or per-round, not '\(other)'",
        commandPath: commandPath)
    }
  }
}
