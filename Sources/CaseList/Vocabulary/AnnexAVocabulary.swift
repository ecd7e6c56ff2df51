/// The published code lists of the Annex A columns CaseAudit reads, each as data with its
/// source.
///
/// Source for every list unless a list says otherwise: Ofsted, *Inspecting local authority
/// children's services (ILACS)*, Annex A data items, as machine-read by the Social Finance
/// liia-tools project, `liiatools/annex_a_pipeline/spec/Annex_A_schema.yml` (commit a042cd5),
/// `column_map` › `List 6`, `List 7` and `List 8`. Each entry's `published` text is the
/// schema's `code` exactly; the label is its `name` (or the text after the code where the
/// `name` is an abbreviation); census codes are the DfE children-in-need census and SSDA903
/// codes the published text starts with or the schema's `cell_regex` accepts.
public enum AnnexAVocabulary {
  /// The version of the published lists these tables follow.
  public static let version = "Annex A (ILACS), liia-tools Annex_A_schema.yml @ a042cd5"

  /// List 6 "Case Status": what is open for the child.
  public enum CaseStatus: String, Sendable, Hashable, CaseIterable {
    /// "a) Looked after child".
    case lookedAfter
    /// "b) Child Protection plan".
    case childProtectionPlan
    /// "c) Child in need plan".
    case childInNeedPlan
    /// "d) Open assessment".
    case openAssessment
    /// "e) Closed episode".
    case closedEpisode
  }

  /// A yes/no answer; `unknown` for the lists that publish "c) Unknown".
  public enum Answer: String, Sendable, Hashable, CaseIterable {
    /// "a) Yes".
    case yes
    /// "b) No".
    case no
    /// "c) Unknown".
    case unknown
  }

  /// List 6 "Case Status" (schema: `List 6` › `Case Status`, `canbeblank: false`).
  public static let caseStatus = CodeList<CaseStatus>(
    column: "Case Status", source: "Annex_A_schema.yml › List 6 › Case Status",
    entries: [
      .init("a) Looked after child", "Looked after child", value: .lookedAfter),
      .init("b) Child Protection plan", "Child Protection plan", value: .childProtectionPlan),
      .init("c) Child in need plan", "Child in need plan", value: .childInNeedPlan),
      .init("d) Open assessment", "Open assessment", value: .openAssessment),
      .init("e) Closed episode", "Closed episode", value: .closedEpisode),
    ])

  /// List 7 "Initial Category of Abuse" and "Latest Category of Abuse" (schema: `List 7` ›
  /// `&cat-abuse`); census codes from the CIN census (NEG, PHY, SAB, EMO, MUL).
  public static let abuseCategory = CodeList<AbuseCategory>(
    column: "Initial/Latest Category of Abuse",
    source: "Annex_A_schema.yml › List 7 › Initial Category of Abuse (&cat-abuse)",
    entries: [
      .init("a) Neglect", "Neglect", codes: ["NEG"], value: .neglect),
      .init(
        "b) Physical abuse", "Physical abuse", codes: ["PHY"], aliases: ["Physical"],
        value: .physical),
      .init(
        "c) Sexual abuse", "Sexual abuse", codes: ["SAB"], aliases: ["Sexual"], value: .sexual),
      .init(
        "d) Emotional abuse", "Emotional abuse", codes: ["EMO"], aliases: ["Emotional"],
        value: .emotional),
      .init(
        "e) Multiple/not recommended", "Multiple/not recommended", codes: ["MUL"],
        aliases: ["Multiple"], value: .multiple),
    ])

  /// List 6 "Primary Need Code" and list 8 "Child's Category of Need".
  ///
  /// Schema: `List 6` › `&needcode`; the value is the need number, N0–N9. Aliases are the
  /// labels of the DfE *Children in need census* guide where they differ.
  public static let needCode = CodeList<Int>(
    column: "Primary Need Code / Child's Category of Need",
    source: "Annex_A_schema.yml › List 6 › Primary Need Code (&needcode)",
    entries: [
      .init("N1 - Abuse or neglect", "Abuse or neglect", codes: ["N1"], value: 1),
      .init(
        "N2 - Child's disability", "Child's disability", codes: ["N2"],
        aliases: ["Child's disability or illness", "Child's illness or disability"], value: 2),
      .init(
        "N3 - Parental disability or illness", "Parental disability or illness", codes: ["N3"],
        aliases: ["Parental illness or disability", "Parental illness/disability"], value: 3),
      .init("N4 - Family in acute stress", "Family in acute stress", codes: ["N4"], value: 4),
      .init("N5 - Family dysfunction", "Family dysfunction", codes: ["N5"], value: 5),
      .init(
        "N6 - Socially unacceptable behaviour", "Socially unacceptable behaviour",
        codes: ["N6"], value: 6),
      .init("N7 - Low income", "Low income", codes: ["N7"], value: 7),
      .init("N8 - Absent parenting", "Absent parenting", codes: ["N8"], value: 8),
      .init(
        "N9 - Cases other than children in need", "Cases other than children in need",
        codes: ["N9"], value: 9),
      .init("N0 - Not stated", "Not stated", codes: ["N0"], value: 0),
    ])

  /// "Gender" on every list.
  ///
  /// Schema: `List 1` › `&gen`; the value is the published label. Census codes are the
  /// schema's `name`s M and F and the CIN census gender codes as the CSCDP Annex A / CIN census
  /// cleaner maps them (`config/cin_to_annexa.yaml`: 1 → a), 2 → b), 0 → c), 9 → d)).
  public static let gender = CodeList<String>(
    column: "Gender", source: "Annex_A_schema.yml › List 1 › Gender (&gen)",
    entries: [
      .init("a) Male", "Male", codes: ["M", "1"], value: "Male"),
      .init("b) Female", "Female", codes: ["F", "2"], value: "Female"),
      .init(
        "c) Not stated/recorded", "Not stated/recorded", codes: ["0"],
        aliases: ["Not stated", "Not recorded", "Unknown", "Not known", "Indeterminate"],
        value: "Not stated/recorded"),
      .init("d) Neither", "Neither", codes: ["9"], value: "Neither"),
    ])

  /// "Ethnicity" on every list: the DfE ethnicity codes.
  ///
  /// Schema: `List 1` › `&eth`; the value is the code. The schema letters "Information not yet
  /// obtained" `s)` like "Refused", while data-to-insight's Annex A export
  /// (`ssd-data-model/tools-ssd_dfe_returns/AnnexA_sqlserver.sql`) writes `t) NOBT`; letters are
  /// not trusted (the code decides), so both are accepted.
  public static let ethnicity = CodeList<String>(
    column: "Ethnicity", source: "Annex_A_schema.yml › List 1 › Ethnicity (&eth)",
    entries: [
      ("a", "WBRI", "White British"), ("b", "WIRI", "White Irish"),
      ("c", "WIRT", "Traveller of Irish heritage"), ("d", "WOTH", "Any other White background"),
      ("e", "WROM", "Gypsy/Roma"), ("f", "MWBC", "White and Black Caribbean"),
      ("g", "MWBA", "White and Black African"), ("h", "MWAS", "White and Asian"),
      ("i", "MOTH", "Any other Mixed background"), ("j", "AIND", "Indian"),
      ("k", "APKN", "Pakistani"), ("l", "ABAN", "Bangladeshi"),
      ("m", "AOTH", "Any other Asian background"), ("n", "BCRB", "Caribbean"),
      ("o", "BAFR", "African"), ("p", "BOTH", "Any other Black background"),
      ("q", "CHNE", "Chinese"), ("r", "OOTH", "Any other ethnic group"),
      ("s", "REFU", "Refused"), ("s", "NOBT", "Information not yet obtained"),
    ].map { letter, code, label in
      .init("\(letter)) \(code)", label, codes: [code], value: code)
    })

  /// The yes/no/unknown answers of "Does the Child have a Disability" and "Was the Child Seen
  /// Alone?" (schema: `&bool-unknown-not-blank`, `&bool-unknown-blank`).
  public static let yesNoUnknown = CodeList<Answer>(
    column: "Does the Child have a Disability",
    source: "Annex_A_schema.yml › List 4 › Does the Child have a Disability "
      + "(&bool-unknown-not-blank)",
    entries: [
      .init("a) Yes", "Yes", codes: ["Y"], value: .yes),
      .init("b) No", "No", codes: ["N"], value: .no),
      .init(
        "c) Unknown", "Unknown", aliases: ["Not known", "Not recorded", "Not stated"],
        value: .unknown),
    ])

  /// The yes/no answers of "Referral NFA?", "UASC … (Y/N)", "Subject to Emergency Protection
  /// Order … (Y/N)" and the like (schema: `&bool-not-blank`, `&bool-blank`).
  public static let yesNo = CodeList<Answer>(
    column: "Referral NFA? and the (Y/N) columns",
    source: "Annex_A_schema.yml › List 3 › Referral NFA? (&bool-not-blank)",
    entries: [
      .init("a) Yes", "Yes", codes: ["Y"], value: .yes),
      .init("b) No", "No", codes: ["N"], value: .no),
    ])

  /// List 6 "Reason for Closure": the CIN census RC codes (schema: `List 6` › `Reason for
  /// Closure`).
  public static let reasonForClosure = coded(
    column: "Reason for Closure", source: "Annex_A_schema.yml › List 6 › Reason for Closure",
    separator: " - ",
    [
      (nil, "RC1", "Adopted"), (nil, "RC2", "Died"), (nil, "RC3", "Child arrangements order"),
      (nil, "RC4", "Special guardianship order"),
      (nil, "RC5", "Transferred to services of another local authority"),
      (nil, "RC6", "Transferred to adult social care services"),
      (nil, "RC7", "Services ceased for any other reason, including child no longer in need"),
      (nil, "RC8", "Case closed after assessment, no further action"),
      (nil, "RC9", "Case closed after assessment, referred to early help"),
    ])

  /// List 8 "Child's Legal Status": the SSDA903 legal-status codes (schema: `List 8` ›
  /// `Child's Legal Status`); aliases spell out the abbreviations.
  public static let legalStatus = CodeList<String>(
    column: "Child's Legal Status", source: "Annex_A_schema.yml › List 8 › Child's Legal Status",
    entries: [
      .init("C1: ICO", "ICO", codes: ["C1"], aliases: ["Interim care order"], value: "C1"),
      .init("C2: FCO", "FCO", codes: ["C2"], aliases: ["Full care order"], value: "C2"),
      .init("D1: Freeing order", "Freeing order", codes: ["D1"], value: "D1"),
      .init("E1: Placement order", "Placement order", codes: ["E1"], value: "E1"),
      .init(
        "V2: Single period under S20", "Single period under S20", codes: ["V2"],
        aliases: ["Section 20", "S20"], value: "V2"),
      .init(
        "V3: Short term breaks, episodes recorded", "Short term breaks, episodes recorded",
        codes: ["V3"], value: "V3"),
      .init(
        "V4: Short term breaks, agreements recorded", "Short term breaks, agreements recorded",
        codes: ["V4"], value: "V4"),
      .init(
        "L1: Police protection LA accommodation", "Police protection LA accommodation",
        codes: ["L1"], value: "L1"),
      .init("L2: EPO", "EPO", codes: ["L2"], aliases: ["Emergency protection order"], value: "L2"),
      .init(
        "L3: Child assessment order LA accommodation",
        "Child assessment order LA accommodation", codes: ["L3"], value: "L3"),
      .init(
        "J1: Remanded to LA or youth detention", "Remanded to LA or youth detention",
        codes: ["J1"], value: "J1"),
      .init(
        "J2: LA accommodation under PACE", "LA accommodation under PACE", codes: ["J2"],
        value: "J2"),
      .init(
        "J3: Youth rehabilitation order", "Youth rehabilitation order", codes: ["J3"],
        value: "J3"),
    ])

  /// List 8 "What is the permanence plan for this child?" (schema: `List 8`).
  public static let permanencePlan = lettered(
    column: "What is the permanence plan for this child?",
    source: "Annex_A_schema.yml › List 8 › What is the permanence plan for this child?",
    [
      "Return to family", "Adoption", "SGO/CAO", "Supported living in the community",
      "Long-term residential placement", "Long-term fostering", "other",
    ])

  /// List 8 "Reason Ceased to be Looked After": SSDA903 reason-episode-ceased codes (schema:
  /// `List 8` › `Reason Ceased to be Looked After`).
  public static let reasonCeased = coded(
    column: "Reason Ceased to be Looked After",
    source: "Annex_A_schema.yml › List 8 › Reason Ceased to be Looked After", separator: ": ",
    [
      ("a", "E11", "Adopted - application unopposed"),
      ("b", "E12", "Adopted - consent dispensed"), ("c", "E2", "Died"),
      ("d", "E3", "Care taken by another LA"),
      ("e", "E4A", "Returned home to live with parents or relatives - part of planning"),
      ("f", "E4B", "Returned home to live with parents or relatives - not part of planning"),
      ("g", "E13", "Parents, relatives or other with no parental responsibility"),
      ("h", "E41", "Residence order granted"),
      ("i", "E45", "Special Guardianship Orders - former carer relative/friend"),
      ("j", "E46", "Special Guardianship Orders - former carer other"),
      ("k", "E47", "Special Guardianship Orders - relative/friend"),
      ("l", "E48", "Special Guardianship Orders - other"),
      ("m", "E5", "Moved into independent living - supported"),
      ("n", "E6", "Moved into independent living - no support"),
      ("o", "E7", "Transferred to residential care funded by adult social services"),
      ("p", "E9", "Sentenced to custody"), ("q", "E14", "Accommodation on remand ended"),
      ("r", "E15", "Age assessment determined child was 18 or over"),
      ("s", "E16", "Child moved abroad"), ("t", "E8", "Care ceased for any other reason"),
      ("u", "X1", "CodeError"), ("v", "E17", "Aged 18+ and remained with current carers"),
    ])

  /// List 8 "Placement Type": SSDA903 placement codes (schema: `List 8` › `Placement Type`).
  public static let placementType = coded(
    column: "Placement Type", source: "Annex_A_schema.yml › List 8 › Placement Type",
    separator: ": ",
    [
      ("a", "U1", "Foster placement - relatives - long term"),
      ("b", "U2", "Foster placement - relative - FFA"),
      ("c", "U3", "Foster placement - relative - not FFA"),
      ("d", "U4", "Foster placement - long term"), ("e", "U5", "Foster placement - FFA"),
      ("f", "U6", "Foster placement - not FFA"),
      ("g", "A3", "Placed for adoption - consent - current foster"),
      ("h", "A4", "Placed for adoption - consent - not foster"),
      ("i", "A5", "Placed for adoption - order - foster"),
      ("j", "A6", "Placed for adoption - order - not foster"),
      ("k", "P1", "Placed with parents"), ("l", "P2", "Independent living"),
      ("m", "P3", "Residential employment"), ("n", "H5", "Residential accommodation"),
      ("o", "K1", "Secure Children's Homes"), ("p", "K2", "Children's Homes"),
      ("q", "R1", "Residential Care Home"), ("r", "R2", "NHS/Health Trust"),
      ("s", "R3", "Family Centre or Mother and Baby Unit"),
      ("t", "R5", "Young Offender Institution"), ("u", "S1", "Residential school"),
      ("v", "Z1", "Other placements"), ("w", "T0", "Temporary placement"),
      ("x", "T1", "Temporary placement - hospital"), ("y", "T2", "Temporary placement - holiday"),
      ("z", "T3", "Temporary placement - carer holiday"),
      ("zz", "T4", "Temporary placement - seven days or less"),
    ])

  /// List 8 "Placement Provider" (schema: `List 8` › `Placement Provider`).
  public static let placementProvider = coded(
    column: "Placement Provider", source: "Annex_A_schema.yml › List 8 › Placement Provider",
    separator: ": ",
    [
      ("a", "PR0", "Parents/Parental responsibility"), ("b", "PR1", "Own provision"),
      ("c", "PR2", "Other LA provision"), ("d", "PR3", "Other public provision"),
      ("e", "PR4", "Private provision"), ("f", "PR5", "Voluntary/third sector"),
    ])

  /// List 8 "Placement Location" (schema: `List 8` › `Placement Location`).
  public static let placementLocation = lettered(
    column: "Placement Location", source: "Annex_A_schema.yml › List 8 › Placement Location",
    ["In", "Out"])

  /// Every list, for tests and documentation.
  public static var allLists: [(column: String, source: String, spellings: [String])] {
    func row<V>(_ list: CodeList<V>) -> (column: String, source: String, spellings: [String]) {
      (list.column, list.source, list.spellings.map(\.text))
    }
    return [
      row(caseStatus), row(abuseCategory), row(needCode), row(gender), row(ethnicity),
      row(yesNoUnknown), row(yesNo), row(reasonForClosure), row(legalStatus),
      row(permanencePlan), row(reasonCeased), row(placementType), row(placementProvider),
      row(placementLocation),
    ]
  }

  /// A list whose published text is `letter) CODE<separator>label` (or `CODE<separator>label`
  /// unlettered); the value is the code.
  private static func coded(
    column: String, source: String, separator: String, _ rows: [(String?, String, String)]
  ) -> CodeList<String> {
    CodeList(
      column: column, source: source,
      entries: rows.map { letter, code, label in
        let published = "\(code)\(separator)\(label)"
        return .init(
          letter.map { "\($0)) \(published)" } ?? published, label, codes: [code], value: code)
      })
  }

  /// A list lettered a), b), … in order; the value is the label.
  private static func lettered(column: String, source: String, _ labels: [String])
    -> CodeList<String>
  {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return CodeList(
      column: column, source: source,
      entries: labels.enumerated().map { index, label in
        .init("\(letters[index])) \(label)", label, value: label)
      })
  }
}

/// A category of abuse of a child-protection plan (Annex A list 7, the CIN census).
public enum AbuseCategory: String, Sendable, Hashable, Codable, CaseIterable {
  /// "a) Neglect", NEG.
  case neglect
  /// "b) Physical abuse", PHY.
  case physical
  /// "c) Sexual abuse", SAB.
  case sexual
  /// "d) Emotional abuse", EMO.
  case emotional
  /// "e) Multiple/not recommended", MUL: counts as possible neglect, never confirmed.
  case multiple
}
