/// A ranked reserve: the case that replaces a sampled one of the same stratum, in rank order.
public struct ReserveCase: Sendable, Hashable, Codable {
  /// The case id.
  public var caseId: String
  /// The key of the stratum the reserve belongs to.
  public var stratum: String
  /// The rank within the stratum, from 1; the children of one family share a rank.
  public var rank: Int
  /// Under `family` only: the probability the case would carry if it entered the sample (it
  /// depends on the family's size); `nil` otherwise, where the stratum's `n/N` applies.
  public var inclusionProbability: Double?

  /// Creates an entry.
  public init(caseId: String, stratum: String, rank: Int, inclusionProbability: Double? = nil) {
    self.caseId = caseId
    self.stratum = stratum
    self.rank = rank
    self.inclusionProbability = inclusionProbability
  }
}
