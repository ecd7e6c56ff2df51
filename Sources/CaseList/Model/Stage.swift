/// Where a child is in their journey through services, from least to most intensive.
///
/// The order of the cases is the order of intensity used when one child has several open
/// involvements: the most intensive open one wins (see `CaseRecord.stage`).
public enum Stage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// Nothing is open at the as-of date; kept in the snapshot, left out of sampling by default.
  case closed
  /// Early help (a family-support plan below the statutory threshold; Annex A list 2).
  case earlyHelp
  /// A contact or referral at the front door (Annex A lists 1 and 3).
  case referral
  /// An assessment under way (Annex A list 4, or a list 6 row whose status is "open assessment").
  case assessment
  /// A child in need, open to children's social care (Annex A list 6).
  case childInNeed
  /// A child subject to a child-protection plan (Annex A list 7).
  case childProtection
  /// A looked-after child (Annex A list 8).
  case lookedAfter

  /// The position of the stage in the order of intensity.
  public var intensity: Int {
    switch self {
    case .closed: 0
    case .earlyHelp: 1
    case .referral: 2
    case .assessment: 3
    case .childInNeed: 4
    case .childProtection: 5
    case .lookedAfter: 6
    }
  }

  /// A short label for people: "Child protection".
  public var label: String {
    switch self {
    case .closed: "Closed"
    case .earlyHelp: "Early help"
    case .referral: "Referral"
    case .assessment: "Assessment"
    case .childInNeed: "Child in need"
    case .childProtection: "Child protection"
    case .lookedAfter: "Looked after"
    }
  }

  /// Orders stages by intensity, `closed` first.
  public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.intensity < rhs.intensity }
}
