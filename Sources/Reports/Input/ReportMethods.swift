/// How the population was captured and the sample drawn and allocated: the report's methods
/// appendix, so that anyone can check the sample.
public struct ReportMethods: Sendable, Hashable, Codable {
  /// One source file of the population snapshot.
  public struct SourceFile: Sendable, Hashable, Codable {
    /// The file's name.
    public var file: String
    /// The SHA-256 fingerprint of its bytes, in lowercase hex.
    public var sha256: String
    /// The data rows read from it.
    public var rows: Int

    /// Creates a record.
    public init(file: String, sha256: String, rows: Int) {
      self.file = file
      self.sha256 = sha256
      self.rows = rows
    }
  }

  /// One stratum of the sample.
  public struct Stratum: Sendable, Hashable, Codable {
    /// The stratum's key, for example `childProtection`.
    public var key: String
    /// Eligible cases in the stratum.
    public var eligible: Int
    /// Cases drawn from it.
    public var sampled: Int

    /// Creates a record.
    public init(key: String, eligible: Int, sampled: Int) {
      self.key = key
      self.eligible = eligible
      self.sampled = sampled
    }
  }

  /// How cases were allocated to auditors.
  public struct Allocation: Sendable, Hashable, Codable {
    /// The allocation's seed, as recorded.
    public var seed: String
    /// How many auditors audit each case (the double-audited share has one more).
    public var raters: Int
    /// How many auditors were allocated cases in the round.
    public var auditors: Int
    /// The share of cases audited blind by two auditors, 0…1.
    public var doubleFraction: Double

    /// Creates a record.
    public init(seed: String, raters: Int, auditors: Int, doubleFraction: Double) {
      self.seed = seed
      self.raters = raters
      self.auditors = auditors
      self.doubleFraction = doubleFraction
    }
  }

  /// The population snapshot's id.
  public var snapshotID: String
  /// The snapshot's as-of date, `YYYY-MM-DD`.
  public var asOf: String
  /// The files the snapshot was imported from, with their fingerprints.
  public var sources: [SourceFile]
  /// Children in the snapshot.
  public var populationSize: Int
  /// Children eligible for the sample after the filters.
  public var eligible: Int
  /// The sample's filters in words.
  public var filters: String
  /// The strata, in order.
  public var strata: [Stratum]
  /// The draw's seed, as recorded.
  public var seed: String
  /// The sampling algorithm in words.
  public var algorithm: String
  /// The verification statement: whether re-deriving the sample from the snapshot, filters and
  /// seed reproduced it exactly, or how it failed.
  public var verification: String
  /// The allocation to auditors, when the round was allocated.
  public var allocation: Allocation?
  /// How many drawn cases were replaced (for example because they could not be audited).
  public var replacements: Int

  /// Creates a record.
  public init(
    snapshotID: String, asOf: String, sources: [SourceFile], populationSize: Int, eligible: Int,
    filters: String, strata: [Stratum], seed: String, algorithm: String, verification: String,
    allocation: Allocation?, replacements: Int
  ) {
    self.snapshotID = snapshotID
    self.asOf = asOf
    self.sources = sources
    self.populationSize = populationSize
    self.eligible = eligible
    self.filters = filters
    self.strata = strata
    self.seed = seed
    self.algorithm = algorithm
    self.verification = verification
    self.allocation = allocation
    self.replacements = replacements
  }
}
