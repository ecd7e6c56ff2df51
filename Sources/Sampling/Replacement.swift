/// One replacement made after the draw: a sampled unit out, the next unused reserve in.
public struct Replacement: Sendable, Hashable, Codable {
  /// The key of the stratum both units belong to.
  public var stratum: String
  /// The rank of the reserve that came in.
  public var rank: Int
  /// The cases that left the sample (one, or a whole family under `wholeFamilies`); the first is
  /// the case the replacement was asked for.
  public var casesOut: [String]
  /// The cases that entered the sample, in canonical order.
  public var casesIn: [String]

  /// Creates a record.
  public init(stratum: String, rank: Int, casesOut: [String], casesIn: [String]) {
    self.stratum = stratum
    self.rank = rank
    self.casesOut = casesOut
    self.casesIn = casesIn
  }
}
