import Formats

/// Reads the rows of one Annex A list into `CaseListRow`s.
///
/// Codes are read against the published lists in `AnnexAVocabulary`. A code or date the
/// sample depends on (stage, neglect status, eligibility, stratification) that cannot be read
/// is an error; one in a column the sample does not use is a data-quality warning (see the
/// README's *Errors and data-quality warnings*).
struct AnnexARowReader: SourceRowReader {
  private let dates: DateReader
  private let asOfPacked: Int32
  private var list: AnnexAList?
  private var names: [String] = []
  private var columns = Columns()
  private var interners = TextInterners()
  private var categories = CodeCache { AnnexAVocabulary.abuseCategory.value(for: $0) }
  private var needs = CodeCache { AnnexAVocabulary.needCode.value(for: $0) }
  private var statuses = CodeCache { AnnexAVocabulary.caseStatus.value(for: $0) }
  private var answers = CodeCache { AnnexAVocabulary.yesNoUnknown.value(for: $0) }
  private var yesNo = CodeCache { AnnexAVocabulary.yesNo.value(for: $0) }
  private var genders = CanonicalTextCache(AnnexAVocabulary.gender, column: .gender)
  private var ethnicities = CanonicalTextCache(AnnexAVocabulary.ethnicity, column: .ethnicity)
  /// The columns read only to check them against their published codes, with their caches.
  private var checked: [(index: Int, cache: CodeCache<String>, expected: String)] = []

  /// The field index of each column the reader uses, −1 when absent.
  private struct Columns {
    var id = -1
    var familyKey = -1
    var gender = -1
    var ethnicity = -1
    var dateOfBirth = -1
    var age = -1
    var disability = -1
    var team = -1
    var worker = -1
    var start = -1
    var end = -1
    var need = -1
    var caseStatus = -1
    var initialCategory = -1
    var latestCategory = -1
    var previousPlans = -1
    var referralNFA = -1
    var lastSeen = -1
  }

  /// The columns checked against a published list and otherwise not used, with the list.
  private static let checkedColumns: [(AnnexAField, CodeList<String>)] = [
    (.reasonForClosure, AnnexAVocabulary.reasonForClosure),
    (.legalStatus, AnnexAVocabulary.legalStatus),
    (.permanencePlan, AnnexAVocabulary.permanencePlan),
    (.reasonCeased, AnnexAVocabulary.reasonCeased),
    (.placementType, AnnexAVocabulary.placementType),
    (.placementProvider, AnnexAVocabulary.placementProvider),
    (.placementLocation, AnnexAVocabulary.placementLocation),
  ]

  /// The yes/no columns checked and otherwise not used, with whether "c) Unknown" is
  /// published for them.
  private static let checkedAnswers: [(AnnexAField, allowsUnknown: Bool)] = [
    (.seenAlone, true), (.protectionOrder, false), (.unaccompanied, false),
    (.subsequentPeriod, false),
  ]

  /// Creates a reader for a population taken at `asOf`.
  init(asOf: CalendarDate) {
    dates = DateReader(format: .dayMonthYear, referenceYear: asOf.year)
    asOfPacked = PackedDate.pack(asOf)
  }

  var kind: SourceKind { list.map { .annexA($0) } ?? .unrecognised }

  var strings: [[String]] { interners.tables }

  mutating func readHeader(_ header: HeaderRow, into result: inout SourceRows) -> Bool {
    let recognition = AnnexAHeader.recognise(header)
    list = recognition.list
    for problem in recognition.problems {
      result.problems.append(
        CaseListProblem(
          file: result.name, line: header.line, column: problem.column, message: problem.message,
          severity: problem.severity, kind: .header))
    }
    guard let found = recognition.header else { return false }
    names = header.names
    let index = { (field: AnnexAField) in found.columns[field] ?? -1 }
    let period = AnnexAHeader.period(found.list)
    columns = Columns(
      id: index(.id), familyKey: index(.familyKey), gender: index(.gender),
      ethnicity: index(.ethnicity), dateOfBirth: index(.dateOfBirth), age: index(.age),
      disability: index(.disability), team: index(.team), worker: index(.worker),
      start: index(period.start), end: index(period.end),
      need: found.list == .lookedAfter
        ? index(.categoryOfNeed) : found.list == .childrenInNeed ? index(.primaryNeed) : -1,
      caseStatus: found.list == .childrenInNeed ? index(.caseStatus) : -1,
      initialCategory: found.list == .childProtection ? index(.initialCategory) : -1,
      latestCategory: found.list == .childProtection ? index(.latestCategory) : -1,
      previousPlans: index(.previousPlans),
      referralNFA: found.list == .referrals ? index(.referralNFA) : -1,
      lastSeen: index(.lastSeen))
    checked = Self.checkedColumns.compactMap { field, codes in
      found.columns[field].map {
        ($0, CodeCache { codes.value(for: $0) }, "is not a published '\(codes.column)' code")
      }
    }
    for (field, allowsUnknown) in Self.checkedAnswers {
      guard let column = found.columns[field] else { continue }
      let codes = allowsUnknown ? AnnexAVocabulary.yesNoUnknown : AnnexAVocabulary.yesNo
      checked.append(
        (
          column, CodeCache { codes.value(for: $0)?.rawValue },
          allowsUnknown ? Messages.answer : Messages.yesNo
        ))
    }
    result.dateOfBirthField = found.columns[.dateOfBirth]
    return true
  }

  mutating func readRow(
    _ fields: UnsafeBufferPointer<CSVField>, _ info: CSVRecordInfo,
    text: UnsafeBufferPointer<UInt8>, into result: inout SourceRows
  ) {
    guard let list else { return }
    let context = RowContext(fields: fields, info: info, text: text)
    guard let (id, idHash) = context.identifier(columns.id, into: &result) else { return }
    var row = CaseListRow(
      id: id, idHash: idHash, line: info.line, recordStart: info.start, stage: list.stage)
    row.contentHash = ByteInterner.hash(
      UnsafeBufferPointer(rebasing: text[info.start..<max(info.start, info.end)]))
    row.start = context.date(columns.start, dates, required: true, into: &result)
    if columns.end >= 0 {
      row.end = context.date(columns.end, dates, required: false, into: &result)
      if row.end != 0, row.start != 0, row.end < row.start {
        context.problem(
          columns.end, "'\(names[columns.end])' is before '\(names[columns.start])'",
          kind: .endBeforeStart, severity: .warning, into: &result)
      }
    }
    if columns.dateOfBirth >= 0 {
      row.dateOfBirth = context.date(columns.dateOfBirth, dates, required: false, into: &result)
    }
    if columns.age >= 0 {
      row.age = context.integer(
        columns.age, "a whole number of years", severity: .warning, into: &result)
      checkAge(row, context, into: &result)
    }
    if columns.previousPlans >= 0 {
      row.previousPlans = context.integer(columns.previousPlans, "a whole number", into: &result)
    }
    if columns.lastSeen >= 0 {
      let seen = context.date(
        columns.lastSeen, dates, required: false, severity: .warning, into: &result)
      if seen > asOfPacked {
        context.problem(
          columns.lastSeen, "'\(names[columns.lastSeen])' is after the as-of date",
          kind: .seenAfterAsOf, severity: .warning, into: &result)
      }
    }
    if columns.disability >= 0 {
      switch context.code(
        columns.disability, &answers, Messages.answer, severity: .warning, into: &result)
      {
      case .yes: row.disability = 1
      case .no: row.disability = 0
      case .unknown, nil: break
      }
    }
    row.team = context.intern(columns.team, .team, &interners)
    row.worker = context.intern(columns.worker, .worker, &interners)
    row.gender = context.canonical(
      columns.gender, &genders, &interners, Messages.gender, into: &result)
    row.ethnicity = context.canonical(
      columns.ethnicity, &ethnicities, &interners, Messages.ethnicity, into: &result)
    row.familyKey = context.shortText(columns.familyKey, into: &result)
    for position in checked.indices {
      _ = context.code(
        checked[position].index, &checked[position].cache, checked[position].expected,
        severity: .warning, into: &result)
    }
    readListFields(list, &row, context, into: &result)
    result.append(row)
  }

  /// The fields that only some lists have: need codes, case status, categories of abuse and
  /// "Referral NFA?".
  private mutating func readListFields(
    _ list: AnnexAList, _ row: inout CaseListRow, _ context: RowContext,
    into result: inout SourceRows
  ) {
    switch list {
    case .childrenInNeed, .lookedAfter:
      // DfE CIN census: N1 is "abuse or neglect".
      if context.code(columns.need, &needs, Messages.need, into: &result) == 1 {
        row.neglect = .possible
      }
      if columns.caseStatus >= 0,
        let status = context.code(
          columns.caseStatus, &statuses, Messages.caseStatus, into: &result)
      {
        row.stage = Self.stage(of: status, end: row.end, asOf: asOfPacked)
      }
    case .childProtection:
      let initial = context.code(
        columns.initialCategory, &categories, Messages.category, into: &result)
      let latest = context.code(
        columns.latestCategory, &categories, Messages.category, into: &result)
      if let category = latest ?? initial {
        row.category = category
        // A plan under "Multiple/not recommended" may include neglect but does not say so:
        // possible, never confirmed.
        switch category {
        case .neglect: row.neglect = .confirmed
        case .multiple: row.neglect = .possible
        case .physical, .sexual, .emotional: break
        }
      }
    case .referrals:
      // "Referral NFA?" = yes: no further action, so the referral closed when it was made.
      if context.code(columns.referralNFA, &yesNo, Messages.yesNo, into: &result) == .yes,
        row.end == 0
      {
        row.end = row.start
      }
    case .earlyHelp, .assessments, .section47:
      break
    }
  }

  /// The stage a list 6 row gives, from its published "Case Status" (see the README's *Stage
  /// rules*): looked after, child protection, child in need and assessment as the status says;
  /// a closed episode is closed unless its closure date is after the as-of date, when it was
  /// still open (as a child in need) on the as-of date.
  static func stage(of status: AnnexAVocabulary.CaseStatus, end: Int32, asOf: Int32) -> Stage {
    switch status {
    case .lookedAfter: .lookedAfter
    case .childProtectionPlan: .childProtection
    case .childInNeedPlan: .childInNeed
    case .openAssessment: .assessment
    case .closedEpisode: end > asOf ? .childInNeed : .closed
    }
  }

  /// Warns when the age column disagrees with the date of birth by more than a year (an export
  /// computes the age on its own day, which may be up to a year from the as-of date).
  private func checkAge(_ row: CaseListRow, _ context: RowContext, into result: inout SourceRows) {
    guard row.age >= 0, row.dateOfBirth != 0, row.dateOfBirth <= asOfPacked else { return }
    // Packed yyyymmdd dates subtract to whole years: (asOf − birth) / 10 000.
    let years = Int((asOfPacked - row.dateOfBirth) / 10_000)
    if abs(years - Int(row.age)) > 1 {
      context.problem(
        columns.age, "'\(names[columns.age])' disagrees with 'Date of Birth' by more than a year",
        kind: .ageDisagrees, severity: .warning, into: &result)
    }
  }

  /// How each kind of code is described in problems.
  private enum Messages {
    static let answer = "is not a published answer (a) Yes, b) No or c) Unknown; or Y, N)"
    static let yesNo = "is not a published answer (a) Yes or b) No; or Y, N)"
    static let need =
      "is not a published need code (N0–N9, e.g. 'N1 - Abuse or neglect', 'N1' or "
      + "'Abuse or neglect')"
    static let caseStatus =
      "is not a published case status (a) Looked after child, b) Child Protection plan, "
      + "c) Child in need plan, d) Open assessment, e) Closed episode)"
    static let category =
      "is not a published category of abuse (a) Neglect, b) Physical abuse, c) Sexual abuse, "
      + "d) Emotional abuse, e) Multiple/not recommended; or NEG, PHY, SAB, EMO, MUL)"
    static let gender =
      "is not a published gender (a) Male, b) Female, c) Not stated/recorded, d) Neither)"
    static let ethnicity = "is not a published ethnicity code (e.g. 'a) WBRI' or 'WBRI')"
  }
}
