/// Reads the rows of one Annex A list into `CaseListRow`s.
struct AnnexARowReader: SourceRowReader {
  private let dates: DateReader
  private var list: AnnexAList?
  private var names: [String] = []
  private var columns = Columns()
  private var interners = TextInterners()
  private var categories = CodeCache(AnnexACode.abuseCategory)
  private var needs = CodeCache(AnnexACode.needCode)
  private var statuses = CodeCache(AnnexACode.caseStatus)
  private var answers = CodeCache(AnnexACode.answer)

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
  }

  /// Creates a reader for a population taken at `asOf`.
  init(asOf: CalendarDate) {
    dates = DateReader(format: .dayMonthYear, referenceYear: asOf.year)
  }

  var kind: SourceKind { list.map { .annexA($0) } ?? .unrecognised }

  var strings: [[String]] { interners.tables }

  mutating func readHeader(_ header: HeaderRow, into result: inout SourceRows) -> Bool {
    let recognition = AnnexAHeader.recognise(header)
    list = recognition.list
    for problem in recognition.problems {
      result.problems.append(
        CaseListProblem(
          file: result.name, line: header.line, column: problem.column, message: problem.message
        ))
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
      referralNFA: found.list == .referrals ? index(.referralNFA) : -1)
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
    row.start = context.date(columns.start, dates, required: true, into: &result)
    if columns.end >= 0 {
      row.end = context.date(columns.end, dates, required: false, into: &result)
      if row.end != 0, row.start != 0, row.end < row.start {
        context.problem(
          columns.end, "'\(names[columns.end])' is before '\(names[columns.start])'",
          into: &result)
      }
    }
    if columns.dateOfBirth >= 0 {
      row.dateOfBirth = context.date(columns.dateOfBirth, dates, required: false, into: &result)
    }
    if columns.age >= 0 {
      row.age = context.integer(columns.age, "a whole number of years", into: &result)
    }
    if columns.previousPlans >= 0 {
      row.previousPlans = context.integer(columns.previousPlans, "a whole number", into: &result)
    }
    if columns.disability >= 0 {
      switch context.code(columns.disability, &answers, Messages.answer, into: &result) {
      case .yes: row.disability = 1
      case .no: row.disability = 0
      case .unknown, nil: break
      }
    }
    row.team = context.intern(columns.team, .team, &interners)
    row.worker = context.intern(columns.worker, .worker, &interners)
    row.gender = context.intern(columns.gender, .gender, &interners)
    row.ethnicity = context.intern(columns.ethnicity, .ethnicity, &interners)
    row.familyKey = context.shortText(columns.familyKey, into: &result)
    switch list {
    case .childrenInNeed, .lookedAfter:
      // DfE CIN census: N1 is "abuse or neglect".
      if context.code(columns.need, &needs, Messages.need, into: &result) == 1 {
        row.neglect = .possible
      }
      if columns.caseStatus >= 0,
        context.code(columns.caseStatus, &statuses, Messages.caseStatus, into: &result)
          == .openAssessment
      {
        row.stage = .assessment
      }
    case .childProtection:
      let initial = context.code(
        columns.initialCategory, &categories, Messages.category, into: &result)
      let latest = context.code(
        columns.latestCategory, &categories, Messages.category, into: &result)
      if (latest ?? initial) == .neglect { row.neglect = .confirmed }
    case .referrals:
      // "Referral NFA?" = yes: no further action, so the referral closed when it was made.
      if context.code(columns.referralNFA, &answers, Messages.answer, into: &result) == .yes,
        row.end == 0
      {
        row.end = row.start
      }
    case .earlyHelp, .assessments, .section47:
      break
    }
    result.append(row)
  }

  /// How each kind of code is described in problems.
  private enum Messages {
    static let answer = "is not yes or no (expected Y, Yes, a) Yes, N, No, b) No or Not known)"
    static let need =
      "is not a need code (expected N0–N9, e.g. 'N1 - Abuse or neglect', 'N1' or "
      + "'Abuse or neglect')"
    static let caseStatus =
      "is not a case status (expected 'Open case', 'Closed episode' or 'Open assessment')"
    static let category =
      "is not a category of abuse (expected Neglect, Physical, Sexual, Emotional or "
      + "Multiple, as 'a) Neglect', 'NEG' or 'Neglect')"
  }
}
