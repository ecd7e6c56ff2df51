/// One case in a sample, with its stratum and its probability of selection.
public struct SampledCase: Sendable, Hashable, Codable {
  /// The case id.
  public var caseId: String
  /// The key of the stratum the case was drawn in.
  public var stratum: String
  /// The probability that the design selects this case: `n/N` for children and whole
  /// families, `n/(N·c)` for one child per family, where `c` is the number of the family's
  /// children in the stratum.
  public var inclusionProbability: Double
  /// Under `wholeFamilies` only: the family's position in the stratum's shuffled order (1 to
  /// `n` for the sample; `n + r` for the reserve ranked `r`), shared by all its children.
  public var unit: Int?

  /// Creates an entry.
  public init(caseId: String, stratum: String, inclusionProbability: Double, unit: Int? = nil) {
    self.caseId = caseId
    self.stratum = stratum
    self.inclusionProbability = inclusionProbability
    self.unit = unit
  }
}
