import CaseList
import Formats

/// One invented child of Northbridge: who they are and their episodes with children's social
/// care, before they are written out as Annex A rows.
struct NorthbridgeChild {
  /// The "Child Unique ID", such as `NB200417`.
  var id: String
  /// "Family ID" shared by siblings; `nil` for the few children exported without one.
  var familyId: String?
  /// Male or female (written as "a) Male" / "b) Female" in list 6, plainly elsewhere).
  var isMale: Bool
  /// A DfE ethnicity code (`WBRI`, `MWBC`, …).
  var ethnicity: String
  /// The date of birth.
  var dateOfBirth: CalendarDate
  /// "Yes", "No" or "Unknown" (the published "a) Yes", "b) No", "c) Unknown" without letters).
  var disability: String
  /// The current (or last) allocated team.
  var team: String
  /// The current (or last) allocated worker.
  var worker: String
  /// The child-in-need episode (every child has one: list 6).
  var childInNeed: ChildInNeedEpisode
  /// A child-protection plan, open or ended (list 7).
  var plan: PlanEpisode?
  /// A period of being looked after, current or ceased (list 8).
  var care: CareEpisode?

  /// A list 6 episode.
  struct ChildInNeedEpisode {
    /// "CIN Start Date".
    var start: CalendarDate
    /// "CIN Closure Date", for a closed episode.
    var closure: CalendarDate?
    /// The primary need code, 0–9 (1 is abuse or neglect).
    var need: Int
    /// Whether the status is "Open assessment".
    var isOpenAssessment: Bool
  }

  /// A list 7 plan.
  struct PlanEpisode {
    /// "Child Protection Plan Start Date".
    var start: CalendarDate
    /// "Child Protection Plan End Date", for an ended plan.
    var end: CalendarDate?
    /// "Initial Category of Abuse".
    var initial: AbuseCategory
    /// "Latest Category of Abuse"; `nil` when the export leaves it blank.
    var latest: AbuseCategory?
    /// "Number of Previous Child Protection Plans".
    var previousPlans: Int
    /// The team that held the plan.
    var team: String
    /// The worker who held the plan.
    var worker: String
  }

  /// A list 8 period of care.
  struct CareEpisode {
    /// "Date Started to be Looked After".
    var start: CalendarDate
    /// "Date Ceased to be Looked After", when the child has left care.
    var ceased: CalendarDate?
    /// "Child's Category of Need", 1–9.
    var need: Int
  }

  /// The CIN census categories of abuse.
  enum AbuseCategory: CaseIterable {
    /// a) Neglect.
    case neglect
    /// b) Physical abuse.
    case physical
    /// c) Sexual abuse.
    case sexual
    /// d) Emotional abuse.
    case emotional
    /// e) Multiple.
    case multiple

    /// The ways exports write the category: the published lettered form, the CIN census code
    /// and the bare label (liia-tools Annex_A_schema.yml › List 7 › &cat-abuse).
    var forms: [String] {
      switch self {
      case .neglect: ["a) Neglect", "NEG", "Neglect"]
      case .physical: ["b) Physical abuse", "PHY", "Physical abuse"]
      case .sexual: ["c) Sexual abuse", "SAB", "Sexual abuse"]
      case .emotional: ["d) Emotional abuse", "EMO", "Emotional abuse"]
      case .multiple: ["e) Multiple/not recommended", "MUL", "Multiple/not recommended"]
      }
    }
  }
}
