import Formats

/// Reads the rows of any CSV through a `CaseListMapping` into `CaseListRow`s.
struct MappedRowReader: SourceRowReader {
  private let mapping: CaseListMapping
  private let mappingName: String
  private let dates: DateReader
  private var names: [String] = []
  private var columns: [MappedField: Int] = [:]
  private var endColumn = -1
  private var interners = TextInterners()
  private var stages: CodeCache<Stage>
  private var neglects: CodeCache<NeglectStatus>
  /// 1 for yes, 0 for no, −1 for "not known".
  private var disabilities: CodeCache<Int8>
  private var accepted = false

  /// Creates a reader for `mapping` (read from the file `mappingName`) at `asOf`.
  init(mapping: CaseListMapping, mappingName: String, asOf: CalendarDate) {
    self.mapping = mapping
    self.mappingName = mappingName
    dates = DateReader(format: mapping.dateFormat, referenceYear: asOf.year)
    let stageCodes = mapping.stageCodes
    stages = CodeCache { code in
      // Codes not in the mapping may still be our own names: "childProtection".
      stageCodes[CaseListMapping.codeKey(code)]
        ?? Stage.allCases.first {
          CaseListMapping.codeKey($0.rawValue) == CaseListMapping.codeKey(code)
        }
    }
    let neglectCodes = mapping.neglectCodes
    neglects = CodeCache { code in
      neglectCodes[CaseListMapping.codeKey(code)]
        ?? NeglectStatus.allCases.first {
          CaseListMapping.codeKey($0.rawValue) == CaseListMapping.codeKey(code)
        }
    }
    let disabilityCodes = mapping.disabilityCodes
    disabilities = CodeCache { code in
      if let flag = disabilityCodes[CaseListMapping.codeKey(code)] { return flag ? 1 : 0 }
      switch AnnexACode.answer(code) {
      case .yes: return 1
      case .no: return 0
      case .unknown: return -1
      case nil: return nil
      }
    }
  }

  var kind: SourceKind { accepted ? .mapped : .unrecognised }

  var strings: [[String]] { interners.tables }

  mutating func readHeader(_ header: HeaderRow, into result: inout SourceRows) -> Bool {
    var byName: [String: Int] = [:]
    var duplicates: Set<String> = []
    for (index, name) in header.names.enumerated() {
      let key = HeaderName.normalized(name)
      guard !key.isEmpty else { continue }
      if byName[key] != nil { duplicates.insert(key) } else { byName[key] = index }
    }
    var wanted = mapping.columns.map { (field: $0.key.rawValue, header: $0.value) }
    if let end = mapping.endDateColumn { wanted.append(("open.endDate", end)) }
    var problems: [(column: Int, message: String)] = []
    for (field, header) in wanted.sorted(by: { $0.field < $1.field }) {
      let key = HeaderName.normalized(header)
      guard let index = byName[key] else {
        problems.append(
          (1, "no column '\(header)' (mapped to \(field) in \(mappingName))"))
        continue
      }
      if duplicates.contains(key) {
        problems.append(
          (1, "more than one column matches '\(header)' (mapped to \(field) in \(mappingName))"))
        continue
      }
      if let mappedField = MappedField(rawValue: field) {
        columns[mappedField] = index
      } else {
        endColumn = index
      }
    }
    for problem in problems {
      result.problems.append(
        CaseListProblem(
          file: result.name, line: header.line, column: problem.column, message: problem.message
        ))
    }
    guard problems.isEmpty else { return false }
    names = header.names
    accepted = true
    result.dateOfBirthField = columns[.dateOfBirth]
    return true
  }

  mutating func readRow(
    _ fields: UnsafeBufferPointer<CSVField>, _ info: CSVRecordInfo,
    text: UnsafeBufferPointer<UInt8>, into result: inout SourceRows
  ) {
    let context = RowContext(fields: fields, info: info, text: text)
    guard let idColumn = columns[.id], let stageColumn = columns[.stage],
      let (id, idHash) = context.identifier(idColumn, into: &result)
    else { return }
    var row = CaseListRow(
      id: id, idHash: idHash, line: info.line, recordStart: info.start, stage: .closed)
    let stageMessage = "is not a stage code (add it to codes.stage in \(mappingName))"
    if let stage = context.code(stageColumn, &stages, stageMessage, into: &result) {
      row.stage = stage
    } else if CSVFieldValue.isBlank(fields[stageColumn], in: text) {
      context.problem(stageColumn, "'\(names[stageColumn])' is blank", into: &result)
    }
    if let column = columns[.neglect] {
      let message = "is not a neglect code (add it to codes.neglect in \(mappingName))"
      row.neglect = context.code(column, &neglects, message, into: &result) ?? .none
    }
    if let column = columns[.startDate] {
      row.start = context.date(column, dates, required: false, into: &result)
    }
    if endColumn >= 0 {
      row.end = context.date(endColumn, dates, required: false, into: &result)
      if let start = columns[.startDate], row.end != 0, row.start != 0, row.end < row.start {
        context.problem(
          endColumn, "'\(names[endColumn])' is before '\(names[start])'", into: &result)
      }
    }
    if let column = columns[.dateOfBirth] {
      row.dateOfBirth = context.date(column, dates, required: false, into: &result)
    }
    if let column = columns[.age] {
      row.age = context.integer(column, "a whole number of years", into: &result)
    }
    if let column = columns[.previousPlans] {
      row.previousPlans = context.integer(column, "a whole number", into: &result)
    }
    if let column = columns[.disability] {
      let message = "is not a disability code (add it to codes.disability in \(mappingName))"
      row.disability = context.code(column, &disabilities, message, into: &result) ?? -1
    }
    row.team = context.intern(columns[.team] ?? -1, .team, &interners)
    row.worker = context.intern(columns[.worker] ?? -1, .worker, &interners)
    row.gender = context.intern(columns[.gender] ?? -1, .gender, &interners)
    row.ethnicity = context.intern(columns[.ethnicity] ?? -1, .ethnicity, &interners)
    row.familyKey = context.shortText(columns[.familyKey] ?? -1, into: &result)
    result.append(row)
  }
}
