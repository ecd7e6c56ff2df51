/// The Ofsted Annex A lists CaseAudit reads, numbered as Annex A numbers them.
public enum AnnexAList: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// List 2: early help.
  case earlyHelp = 2
  /// List 3: referrals.
  case referrals = 3
  /// List 4: assessments.
  case assessments = 4
  /// List 5: section 47 enquiries.
  case section47 = 5
  /// List 6: children in need.
  case childrenInNeed = 6
  /// List 7: children subject to a child-protection plan.
  case childProtection = 7
  /// List 8: children looked after.
  case lookedAfter = 8

  /// A short label for people: "list 6 (children in need)".
  public var label: String {
    let name =
      switch self {
      case .earlyHelp: "early help"
      case .referrals: "referrals"
      case .assessments: "assessments"
      case .section47: "section 47 enquiries"
      case .childrenInNeed: "children in need"
      case .childProtection: "child protection"
      case .lookedAfter: "looked after"
      }
    return "list \(rawValue) (\(name))"
  }

  /// The stage an open row of this list gives (list 6 rows may give `assessment` instead).
  public var stage: Stage {
    switch self {
    case .earlyHelp: .earlyHelp
    case .referrals: .referral
    case .assessments, .section47: .assessment
    case .childrenInNeed: .childInNeed
    case .childProtection: .childProtection
    case .lookedAfter: .lookedAfter
    }
  }

  /// Orders lists by their Annex A number.
  public static func < (lhs: AnnexAList, rhs: AnnexAList) -> Bool { lhs.rawValue < rhs.rawValue }
}
