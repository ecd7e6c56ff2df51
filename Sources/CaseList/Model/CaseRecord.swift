public import Formats

/// One child in a population snapshot: what sampling, breakdowns and reports need to know.
///
/// A record is the merge of every case-list row that names the child (see the `annex-a` and
/// `mapped` profiles). It holds the authority's real identifier, because auditors must open the
/// real file; everything that leaves the workspace uses a pseudonym instead.
public struct CaseRecord: Sendable, Hashable, Codable {
  // Stored properties are declared widest first, so the record packs into 160 bytes (a
  // snapshot holds a million of them): the strings, the optional integers, then the one-byte
  // fields and the four-byte dates in the optionals' padding.
  /// The authority's child identifier ("Child Unique ID" in Annex A).
  public var id: String
  /// An optional key shared by siblings, used for family-level sampling.
  public var familyKey: String?
  /// The allocated team of the most intensive open involvement.
  public var team: String?
  /// The allocated worker of the most intensive open involvement.
  public var worker: String?
  /// Gender as the case system records it.
  public var gender: String?
  /// Ethnicity as the case system records it.
  public var ethnicity: String?
  /// Age in whole years at the as-of date.
  public var age: Int?
  /// Whole months from `startDate` to the as-of date.
  public var monthsOpen: Int?
  /// The number of previous child-protection plans, when recorded.
  public var previousPlans: Int?
  /// The most intensive open involvement at the as-of date.
  public var stage: Stage
  /// Whether neglect is confirmed, possible, or not recorded.
  public var neglectStatus: NeglectStatus
  /// Whether the child has a disability, when recorded.
  public var disability: Bool?
  /// The start date of the plan or episode that gives the stage.
  public var startDate: CalendarDate?
  /// The latest end or closure date, on or before the as-of date, among all the child's rows
  /// (for audits of step-downs and closures); `nil` when nothing has ended.
  public var endDate: CalendarDate?
  /// The category of abuse (latest, else initial) of the open child-protection plan that gives
  /// the stage; `nil` when the stage is not child protection or the category is blank.
  public var abuseCategory: AbuseCategory?
  /// Whether the child is unborn at the as-of date (Annex A holds unborn children on
  /// child-protection plans with their expected date of birth).
  public var isUnborn: Bool

  /// The coded fields, in the order they were first declared (and are encoded in).
  private enum CodingKeys: String, CodingKey {
    case id, familyKey, stage, neglectStatus, team, worker, age, gender, ethnicity, disability
    case startDate, monthsOpen, previousPlans, abuseCategory, isUnborn, endDate
  }

  /// Creates a record.
  public init(
    id: String, familyKey: String? = nil, stage: Stage, neglectStatus: NeglectStatus,
    team: String? = nil, worker: String? = nil, age: Int? = nil, gender: String? = nil,
    ethnicity: String? = nil, disability: Bool? = nil, startDate: CalendarDate? = nil,
    monthsOpen: Int? = nil, previousPlans: Int? = nil, abuseCategory: AbuseCategory? = nil,
    isUnborn: Bool = false, endDate: CalendarDate? = nil
  ) {
    self.id = id
    self.familyKey = familyKey
    self.stage = stage
    self.neglectStatus = neglectStatus
    self.team = team
    self.worker = worker
    self.age = age
    self.gender = gender
    self.ethnicity = ethnicity
    self.disability = disability
    self.startDate = startDate
    self.monthsOpen = monthsOpen
    self.previousPlans = previousPlans
    self.abuseCategory = abuseCategory
    self.isUnborn = isUnborn
    self.endDate = endDate
  }

  /// Open for twelve months or more: the "long-term" cases Ofsted measured drift over.
  public var isLongTerm: Bool { (monthsOpen ?? 0) >= 12 }

  /// The age band for stratification and breakdowns.
  public var ageBand: AgeBand { AgeBand(age: age) }

  /// Whether anything is open for the child at the as-of date.
  public var isOpen: Bool { stage != .closed }
}
