/// Reads the coded values Annex A lists hold, in the forms authorities write them.
enum AnnexACode {
  /// A category of abuse (list 7), as in the CIN census: a) Neglect … e) Multiple.
  enum AbuseCategory: Sendable, Hashable {
    /// "a) Neglect", "NEG", "Neglect".
    case neglect
    /// "b) Physical abuse", "PHY", "Physical".
    case physical
    /// "c) Sexual abuse", "SAB", "Sexual".
    case sexual
    /// "d) Emotional abuse", "EMO", "Emotional".
    case emotional
    /// "e) Multiple", "MUL", "Multiple".
    case multiple
  }

  /// The status of a list 6 case.
  enum CaseStatus: Sendable, Hashable {
    /// "Open case".
    case open
    /// "Closed episode".
    case closed
    /// "Open assessment": the child is still being assessed.
    case openAssessment
  }

  /// A yes/no answer; `unknown` for "Not known" and the like.
  enum Answer: Sendable, Hashable {
    /// "Y", "Yes", "a) Yes".
    case yes
    /// "N", "No", "b) No".
    case no
    /// "Unknown", "Not known", "Not recorded", "Not stated".
    case unknown
  }

  /// The code in lower case with only letters and digits, after any leading list letter.
  ///
  /// "a) Neglect" gives "neglect" and "N1 - Abuse or neglect" gives "n1abuseorneglect".
  static func normalized(_ value: String) -> String {
    HeaderName.normalized(String(withoutListLetter(Substring(value))))
  }

  /// `value` without a leading list letter: "a) ", "(b) " or "c" followed by a full stop.
  static func withoutListLetter(_ value: Substring) -> Substring {
    var rest = value.drop { $0 == " " }
    if rest.first == "(" { rest = rest.dropFirst() }
    guard let letter = rest.first, letter.isASCII, letter.isLetter else { return value }
    let afterLetter = rest.dropFirst()
    guard let mark = afterLetter.first, mark == ")" || mark == "." else { return value }
    let remainder = afterLetter.dropFirst()
    guard remainder.first == " " || (mark == ")" && !remainder.isEmpty) else { return value }
    return remainder.drop { $0 == " " }
  }

  /// The category of abuse a code names, or `nil`.
  static func abuseCategory(_ value: String) -> AbuseCategory? {
    switch normalized(value) {
    case "neglect", "neg": .neglect
    case "physical", "physicalabuse", "phy": .physical
    case "sexual", "sexualabuse", "sab": .sexual
    case "emotional", "emotionalabuse", "emo": .emotional
    case "multiple", "mul", "multiplecategories": .multiple
    default: nil
    }
  }

  /// The primary need or category of need (N0–N9) a code names, or `nil`.
  ///
  /// DfE, *Children in need census: guide*, table of primary need codes. "N1 - Abuse or
  /// neglect", "N1" and "Abuse or neglect" all give 1; a code whose label names another need is
  /// refused.
  static func needCode(_ value: String) -> Int? {
    let key = normalized(value)
    let utf8 = Array(key.utf8)
    if utf8.count >= 2, utf8[0] == UInt8(ascii: "n"), utf8[1] &- UInt8(ascii: "0") < 10 {
      let code = Int(utf8[1] &- UInt8(ascii: "0"))
      let label = String(decoding: utf8[2...], as: UTF8.self)
      return label.isEmpty || needLabels[label] == code ? code : nil
    }
    return needLabels[key]
  }

  /// The normalised labels of the need codes.
  private static let needLabels: [String: Int] = [
    "notstated": 0,
    "abuseorneglect": 1,
    "childsdisability": 2, "childsdisabilityorillness": 2, "childdisability": 2,
    "childsillnessordisability": 2,
    "parentalillnessordisability": 3, "parentaldisabilityorillness": 3,
    "parentalillnessdisability": 3,
    "familyinacutestress": 4,
    "familydysfunction": 5,
    "sociallyunacceptablebehaviour": 6, "sociallyunacceptablebehavior": 6,
    "lowincome": 7,
    "absentparenting": 8,
    "casesotherthanchildreninneed": 9,
  ]

  /// The case status a code names, or `nil`.
  static func caseStatus(_ value: String) -> CaseStatus? {
    switch normalized(value) {
    case "open", "opencase", "openepisode": .open
    case "closed", "closedcase", "closedepisode": .closed
    case "openassessment", "assessment": .openAssessment
    default: nil
    }
  }

  /// The yes/no answer a code gives, or `nil`.
  static func answer(_ value: String) -> Answer? {
    switch normalized(value) {
    case "y", "yes": .yes
    case "n", "no": .no
    case "unknown", "notknown", "notrecorded", "notstated": .unknown
    default: nil
    }
  }
}
