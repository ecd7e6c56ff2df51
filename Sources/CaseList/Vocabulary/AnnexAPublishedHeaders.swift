/// The column headers of Annex A lists 1–8 exactly as published, so that a column CaseAudit
/// does not read is still known, and a header that is not published can be reported with the
/// closest published one.
///
/// Source: liia-tools, `liiatools/annex_a_pipeline/spec/Annex_A_schema.yml` (commit a042cd5),
/// `column_map` › `List 1` … `List 8`, the keys of each list in order.
enum AnnexAPublishedHeaders {
  /// The columns every child-level list opens with.
  private static let child = [
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
  ]

  /// The published headers of each list, by list number.
  static let byList: [Int: [String]] = [
    1: child + ["Date of Contact", "Contact Source"],
    2: child + [
      "Assessment start date", "Assessment completion date",
      "Organisation completing assessment",
    ],
    3: child + [
      "Date of referral", "Referral Source", "Referral NFA?",
      "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker",
    ],
    4: child + [
      "Does the Child have a Disability", "Continuous Assessment Start Date",
      "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
      "Was the child assessed as requiring LA children's social care support?",
      "Allocated Team", "Allocated Worker",
    ],
    5: child + [
      "Does the Child have a Disability",
      "Strategy discussion initiating Section 47 Enquiry Start Date",
      "Was an Initial Child Protection Conference deemed unnecessary?",
      "Date of Initial Child Protection Conference",
      "Did the Initial Child Protection Conference Result in a Child Protection Plan",
      "Number of Section 47 Enquiries in the last 12 months",
      "Number of ICPCs in the last 12 months", "Allocated Team", "Allocated Worker",
    ],
    6: child + [
      "Does the Child have a Disability", "CIN Start Date", "Primary Need Code",
      "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status",
      "Allocated Team", "Allocated Worker",
    ],
    7: child + [
      "Does the Child have a Disability", "Child Protection Plan Start Date",
      "Initial Category of Abuse", "Latest Category of Abuse",
      "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
      "Date of latest review conference", "Child Protection Plan End Date",
      "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six "
        + "Months (Y/N)",
      "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker",
    ],
    8: child + [
      "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
      "Does the Child have a Disability", "Date Started to be Looked After",
      "Child's Category of Need",
      "Is this a second or subsequent period of being a Looked After Child within the last 12 "
        + "months (Y/N)",
      "Start date of current legal status", "Child's Legal Status",
      "Date of Latest Statutory Review", "Date of Last Social Work Visit",
      "What is the permanence plan for this child?",
      "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
      "Date of Last Dental Check", "Number of Placements in the Last 12 months",
      "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
      "Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
      "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
      "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 "
        + "months",
      "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 "
        + "months",
      "Was the child offered a Return Interview after their last missing episode (Y/N)?",
      "Did the child accept a Return Interview after their last missing episode (Y/N)?",
      "Allocated Team", "Allocated Worker",
    ],
  ]

  /// Every published header and accepted alias, normalised (see `HeaderName`).
  static let known: Set<String> = {
    var keys = Set(byList.values.joined().map(HeaderName.normalized))
    for field in AnnexAField.allCases {
      keys.formUnion(field.acceptedHeaders.map(HeaderName.normalized))
    }
    return keys
  }()

  /// The published header closest to `header`, when it is close enough to be a misspelling
  /// (an edit distance of at most a quarter of its length, and at least 1), else `nil`.
  static func closest(to header: String) -> String? {
    let key = Array(HeaderName.normalized(header).utf8)
    guard !key.isEmpty else { return nil }
    var best: (distance: Int, header: String)?
    var seen = Set<String>()
    for published in byList.keys.sorted().flatMap({ byList[$0] ?? [] })
    where seen.insert(published).inserted {
      let distance = editDistance(key, Array(HeaderName.normalized(published).utf8))
      if distance < (best?.distance ?? Int.max) { best = (distance, published) }
    }
    guard let best, best.distance <= max(1, key.count / 4) else { return nil }
    return best.header
  }

  /// The Levenshtein distance between two byte strings (insertions, deletions and
  /// substitutions each cost 1), with one row of the dynamic-programming table.
  ///
  /// - Complexity: O(*m* × *n*).
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var diagonal = row[0]
      row[0] = i
      for j in 1...b.count {
        let above = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
        diagonal = above
      }
    }
    return row[b.count]
  }
}
