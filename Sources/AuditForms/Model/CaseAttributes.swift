/// The facts about a case that audit-tool conditions and `stages` may depend on.
///
/// `AuditForms` imports nothing of the rest of CaseAudit, so the caller copies these out of its
/// own case record. Stage and neglect status are the stable codes the rest of the product uses.
public struct CaseAttributes: Sendable, Hashable, Codable {
  /// The stage of the child's journey, for example `childProtection` (see `knownStages`).
  public var stage: String
  /// The child's age in whole years, if known.
  public var age: Int?
  /// Whether the case is long-term work (the population Ofsted's drift figures describe).
  public var longTerm: Bool
  /// `confirmed`, `possible` or `none` (see `knownNeglectStatuses`).
  public var neglectStatus: String

  /// Creates case attributes.
  public init(stage: String, age: Int? = nil, longTerm: Bool = false, neglectStatus: String) {
    self.stage = stage
    self.age = age
    self.longTerm = longTerm
    self.neglectStatus = neglectStatus
  }

  /// The stage codes a tool may name in `stages` or compare `case.stage` with, in journey order.
  public static let knownStages: [String] = [
    "earlyHelp", "referral", "assessment", "childInNeed", "childProtection", "lookedAfter",
    "closed",
  ]

  /// The neglect-status codes `case.neglectStatus` may be compared with.
  public static let knownNeglectStatuses: [String] = ["confirmed", "possible", "none"]

  /// A plain-English phrase for a stage code: `childProtection` → "child protection".
  public static func stageLabel(_ code: String) -> String {
    switch code {
    case "earlyHelp": return "early help"
    case "referral": return "referral"
    case "assessment": return "assessment"
    case "childInNeed": return "child in need"
    case "childProtection": return "child protection"
    case "lookedAfter": return "looked after"
    case "closed": return "closed"
    default: return code
    }
  }
}
