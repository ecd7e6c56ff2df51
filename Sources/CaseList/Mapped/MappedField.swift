/// The fields a mapping can take from columns of any CSV (the keys of `"columns"`).
enum MappedField: String, Sendable, Hashable, CaseIterable {
  /// The child's identifier (required).
  case id
  /// The stage code, translated through `codes.stage` (required).
  case stage
  /// The neglect code, translated through `codes.neglect`.
  case neglect
  /// The start of the plan or episode.
  case startDate
  /// The date of birth.
  case dateOfBirth
  /// The age in whole years (used when there is no date of birth).
  case age
  /// The gender.
  case gender
  /// The ethnicity.
  case ethnicity
  /// Whether the child has a disability, translated through `codes.disability`.
  case disability
  /// The allocated team.
  case team
  /// The allocated worker.
  case worker
  /// The family key.
  case familyKey
  /// The number of previous child-protection plans.
  case previousPlans

  /// The fields every mapping must map.
  static let required: [MappedField] = [.id, .stage]
}
