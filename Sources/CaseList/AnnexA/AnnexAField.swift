/// The Annex A columns CaseAudit reads, with the header names authorities use for them.
enum AnnexAField: Sendable, Hashable, CaseIterable {
  /// "Child Unique ID".
  case id
  /// An optional family key ("Family ID").
  case familyKey
  /// "Gender".
  case gender
  /// "Ethnicity".
  case ethnicity
  /// "Date of Birth".
  case dateOfBirth
  /// "Age of Child (Years)".
  case age
  /// "Does the Child have a Disability".
  case disability
  /// "Allocated Team".
  case team
  /// "Allocated Worker".
  case worker
  /// List 2: "Early Help Start Date".
  case earlyHelpStart
  /// List 2: "Early Help End Date".
  case earlyHelpEnd
  /// List 3: "Referral Date".
  case referralDate
  /// List 3: "Referral NFA?".
  case referralNFA
  /// List 3: "Referral Closure Date".
  case referralEnd
  /// List 4: "Assessment Start Date".
  case assessmentStart
  /// List 4: "Assessment Completion Date".
  case assessmentEnd
  /// List 5: "Strategy Discussion Date".
  case section47Start
  /// List 5: "Section 47 End Date".
  case section47End
  /// List 6: "CIN Start Date".
  case cinStart
  /// List 6: "Primary Need Code".
  case primaryNeed
  /// List 6: "Case Status".
  case caseStatus
  /// List 6: "CIN Closure Date".
  case cinClosure
  /// List 7: "Child Protection Plan Start Date".
  case planStart
  /// List 7: "Initial Category of Abuse".
  case initialCategory
  /// List 7: "Latest Category of Abuse".
  case latestCategory
  /// List 7: "Child Protection Plan End Date".
  case planEnd
  /// List 7: "Number of Previous Child Protection Plans".
  case previousPlans
  /// List 8: "Date Started to be Looked After".
  case lookedAfterStart
  /// List 8: "Child's Category of Need".
  case categoryOfNeed
  /// List 8: "Date Ceased to be Looked After".
  case lookedAfterEnd
  /// List 1: "Date of Contact" (recognised only to say that list 1 is not used).
  case contactDate
  /// List 2: "Organisation completing assessment" (marks a list 2 whose dates are headed
  /// "Assessment start date", as the published list 2 heads them).
  case organisationCompletingAssessment
  /// List 6 "Date Child Was Last Seen", list 7 "Date of the Last Statutory Visit", list 8
  /// "Date of Last Social Work Visit": checked against the as-of date (a warning when after).
  case lastSeen
  /// List 6: "Reason for Closure" (checked against the published codes; a warning when not).
  case reasonForClosure
  /// Lists 7 and 8: "Was the Child Seen Alone?".
  case seenAlone
  /// Lists 7 and 8: "Subject to Emergency Protection Order or Protected Under Police Powers in
  /// Last Six Months (Y/N)".
  case protectionOrder
  /// List 8: "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)".
  case unaccompanied
  /// List 8: "Is this a second or subsequent period of being a Looked After Child within the
  /// last 12 months (Y/N)".
  case subsequentPeriod
  /// List 8: "Child's Legal Status".
  case legalStatus
  /// List 8: "What is the permanence plan for this child?".
  case permanencePlan
  /// List 8: "Reason Ceased to be Looked After".
  case reasonCeased
  /// List 8: "Placement Type".
  case placementType
  /// List 8: "Placement Provider".
  case placementProvider
  /// List 8: "Placement Location".
  case placementLocation

  /// The header Annex A uses, for messages.
  var standardHeader: String { AnnexAField.headers[self]?.first ?? "\(self)" }

  /// Every header accepted for the field, the published one first.
  var acceptedHeaders: [String] { AnnexAField.headers[self] ?? [] }

  /// The field a header names, if any.
  static func recognise(_ header: String) -> AnnexAField? {
    byNormalizedHeader[HeaderName.normalized(header)]
  }

  private static let byNormalizedHeader: [String: AnnexAField] = {
    var table: [String: AnnexAField] = [:]
    for (field, names) in headers {
      for name in names { table[HeaderName.normalized(name)] = field }
    }
    return table
  }()

  /// The headers accepted for each field, the Annex A form first.
  private static let headers: [AnnexAField: [String]] = [
    .id: [
      "Child Unique ID", "Child ID", "Child Unique Identifier", "Child Identifier",
      "Unique Child ID", "Child Ref", "Child Reference", "Person ID", "ID",
    ],
    .familyKey: [
      "Family ID", "Family Key", "Household ID", "Family Ref", "Family Reference",
      "Household Key", "Family Identifier", "Household Reference",
    ],
    .gender: ["Gender", "Sex", "Gender of Child"],
    .ethnicity: ["Ethnicity", "Ethnic Origin", "Ethnic Group", "Ethnicity Code"],
    .dateOfBirth: [
      "Date of Birth", "DOB", "Birth Date", "Child's Date of Birth", "Child Date of Birth",
    ],
    .age: [
      "Age of Child (Years)", "Age of Child", "Age", "Age (Years)", "Age in Years",
      "Child's Age", "Child Age",
    ],
    .disability: [
      "Does the Child have a Disability", "Does Child have a Disability", "Disability",
      "Disabled", "Has Disability", "Child has Disability", "Disability Flag",
    ],
    .team: ["Allocated Team", "Team", "Team Name", "Allocated Team Name"],
    .worker: [
      "Allocated Worker", "Worker", "Social Worker", "Allocated Social Worker", "Key Worker",
      "Worker Name", "Allocated Worker Name", "Lead Professional",
    ],
    .earlyHelpStart: [
      "Early Help Start Date", "Date EH assessment started", "Early Help Assessment Start Date",
      "EH Start Date", "Date Early Help Started", "EH Assessment Start Date",
      "Date EH Started", "Date of Early Help Assessment",
    ],
    .earlyHelpEnd: [
      "Early Help End Date", "Early Help Closure Date", "EH End Date", "EH Closure Date",
      "Date EH Closed", "Date Early Help Closed", "Date Early Help Ended", "Date EH Ended",
    ],
    .referralDate: [
      "Referral Date", "Date of Referral", "Referral Start Date", "Date Referral Received",
    ],
    .referralNFA: ["Referral NFA?", "Referral NFA", "NFA", "Referral NFA'd"],
    .referralEnd: [
      "Referral Closure Date", "Referral End Date", "Date Referral Closed",
    ],
    .assessmentStart: [
      "Assessment Start Date", "Continuous Assessment Start Date", "Date Assessment Started",
      "Single Assessment Start Date", "Date of Assessment Start",
    ],
    .assessmentEnd: [
      "Assessment Completion Date", "Assessment End Date", "Assessment Authorised Date",
      "Date Assessment Completed", "Assessment Completed Date", "Date Assessment Authorised",
      "Assessment Authorisation Date", "Continuous Assessment Date of Authorisation",
      "Assessment Date of Authorisation",
    ],
    .section47Start: [
      "Strategy Discussion Date", "S47 start", "S47 Start Date", "Section 47 Start Date",
      "Date S47 Started", "Date of Strategy Discussion", "Strategy Discussion Start Date",
      "Section 47 Enquiry Start Date", "S47 Enquiry Start Date",
      "Strategy discussion initiating Section 47 Enquiry Start Date",
      "Date of Strategy Discussion initiating Section 47 Enquiry",
    ],
    .section47End: [
      "Section 47 End Date", "S47 End Date", "Date S47 Completed", "S47 Completion Date",
      "Section 47 Enquiry End Date", "S47 Enquiry End Date", "S47 Outcome Date",
    ],
    .cinStart: [
      "CIN Start Date", "Child in Need Start Date", "CIN Episode Start Date",
      "Start Date of CIN", "Date of CIN Start", "CIN Start",
    ],
    .primaryNeed: [
      "Primary Need Code", "Primary Need", "Primary Need Category", "CIN Primary Need Code",
      "Need Code",
    ],
    .caseStatus: ["Case Status", "Status", "CIN Status", "Episode Status"],
    .cinClosure: [
      "CIN Closure Date", "CIN End Date", "Child in Need Closure Date", "CIN Episode End Date",
      "Date of CIN Closure", "CIN Close Date", "Date CIN Closed",
    ],
    .planStart: [
      "Child Protection Plan Start Date", "CP Plan Start Date", "CPP Start Date",
      "CP Start Date", "Plan Start Date", "Child Protection Start Date",
      "Start Date of CPP", "Date of CP Plan Start",
    ],
    .initialCategory: [
      "Initial Category of Abuse", "Initial Category", "Initial Abuse Category",
      "Category of Abuse (Initial)",
    ],
    .latestCategory: [
      "Latest Category of Abuse", "Latest Category", "Latest Abuse Category",
      "Current Category of Abuse", "Category of Abuse (Latest)",
    ],
    .planEnd: [
      "Child Protection Plan End Date", "CP Plan End Date", "CPP End Date", "CP End Date",
      "Plan End Date", "Child Protection End Date", "Date Plan Ended",
    ],
    .previousPlans: [
      "Number of Previous Child Protection Plans", "Number of Previous CP Plans",
      "Previous Child Protection Plans", "Previous CP Plans", "No of Previous CP Plans",
      "No. of Previous Child Protection Plans", "Number of Previous Plans", "Previous Plans",
    ],
    .lookedAfterStart: [
      "Date Started to be Looked After", "Looked After Start Date", "LAC Start Date",
      "CLA Start Date", "Date Entered Care", "Start Date of Looked After",
      "Date Started Looked After", "Started to be Looked After",
    ],
    .categoryOfNeed: [
      "Child's Category of Need", "Child Category of Need", "Category of Need",
      "Category of Need Code", "CLA Category of Need",
    ],
    .lookedAfterEnd: [
      "Date Ceased to be Looked After", "Looked After End Date", "LAC End Date",
      "CLA End Date", "Date Left Care", "Ceased to be Looked After",
      "Date Ceased Looked After",
    ],
    .contactDate: ["Date of Contact", "Contact Date"],
    .organisationCompletingAssessment: ["Organisation completing assessment"],
    .lastSeen: [
      "Date Child Was Last Seen", "Date of the Last Statutory Visit",
      "Date of Last Social Work Visit", "Date of Last Statutory Visit",
      "Date of Latest Statutory Visit", "Date Last Seen", "Last Seen Date",
    ],
    .reasonForClosure: ["Reason for Closure", "CIN Closure Reason", "Closure Reason"],
    .seenAlone: ["Was the Child Seen Alone?", "Seen Alone"],
    .protectionOrder: [
      "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six "
        + "Months (Y/N)",
      "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months",
    ],
    .unaccompanied: [
      "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
      "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months",
      "Unaccompanied Asylum Seeking Child", "UASC",
    ],
    .subsequentPeriod: [
      "Is this a second or subsequent period of being a Looked After Child within the last 12 "
        + "months (Y/N)",
      "Is this a second or subsequent period of being a Looked After Child within the last 12 "
        + "months",
    ],
    .legalStatus: ["Child's Legal Status", "Legal Status"],
    .permanencePlan: ["What is the permanence plan for this child?", "Permanence Plan"],
    .reasonCeased: ["Reason Ceased to be Looked After", "Reason Episode Ceased"],
    .placementType: ["Placement Type"],
    .placementProvider: ["Placement Provider"],
    .placementLocation: ["Placement Location"],
  ]
}
