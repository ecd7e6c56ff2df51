import CaseList
public import Formats

/// Why a round is run; comparisons use it to pair a baseline with its follow-up.
public enum RoundPurpose: String, Sendable, Hashable, Codable, CaseIterable {
  /// A regular thematic audit.
  case routine
  /// The audit before a training intervention.
  case baseline
  /// The audit after it.
  case postTraining
  /// A calibration exercise: everyone audits the same cases to align their grading.
  case calibration
}

/// One audit round: an exercise bound to an audit tool, a purpose and a population snapshot.
public struct RoundRecord: Sendable, Hashable, Codable {
  /// The round's number in the workspace.
  public let id: Int
  /// Its unique name, for example "Neglect thematic audit, March 2027".
  public let name: String
  /// The audit tool's id.
  public let toolID: String
  /// The tool's version, pinned when the round is created (when the tool is installed).
  public let toolVersion: String?
  /// Why the round is run.
  public let purpose: RoundPurpose
  /// The training the round evaluates, for baseline and post-training rounds.
  public let training: String?
  /// The population snapshot the sample is drawn from.
  public let snapshotID: Int
  /// When the round was created, ISO 8601 UTC.
  public let createdAt: String
  /// The date its audits took place, when recorded.
  public let auditDate: CalendarDate?
}
