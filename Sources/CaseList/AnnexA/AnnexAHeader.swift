/// Recognises which Annex A list a header row belongs to and where its columns are.
struct AnnexAHeader: Sendable {
  /// The list the header belongs to.
  var list: AnnexAList
  /// The field index of each recognised column.
  var columns: [AnnexAField: Int]

  /// The outcome of recognising a header.
  struct Recognition {
    /// The list, when one was recognised (even if columns are missing).
    var list: AnnexAList?
    /// The header, when it can be read.
    var header: AnnexAHeader?
    /// Problems, each with the character column of the header it is about (1 for the file).
    var problems: [Problem]
  }

  /// A problem with a header: an error unless it is an unknown column (a warning).
  struct Problem {
    var column: Int
    var message: String
    var severity: CaseListProblem.Severity = .error
  }

  /// How many unknown columns get a "did you mean" suggestion; the rest are named only (a
  /// header of thousands of columns must not cost thousands of edit-distance searches).
  static let suggestionLimit = 50

  /// The columns whose presence identifies each list, checked from list 8 down: a header with
  /// columns of two lists is the more intensive one.
  private static let signatures: [(AnnexAList, [AnnexAField])] = [
    (.lookedAfter, [.lookedAfterStart, .lookedAfterEnd, .categoryOfNeed]),
    (.childProtection, [.planStart, .planEnd, .initialCategory, .latestCategory]),
    (.childrenInNeed, [.cinStart, .cinClosure, .primaryNeed]),
    (.section47, [.section47Start]),
    (.assessments, [.assessmentStart]),
    (.referrals, [.referralDate]),
    (.earlyHelp, [.earlyHelpStart]),
  ]

  /// The columns each list must have.
  static func required(_ list: AnnexAList) -> [AnnexAField] {
    switch list {
    case .earlyHelp: [.id, .earlyHelpStart]
    case .referrals: [.id, .referralDate]
    case .assessments: [.id, .assessmentStart]
    case .section47: [.id, .section47Start]
    case .childrenInNeed: [.id, .cinStart, .cinClosure, .primaryNeed]
    case .childProtection: [.id, .planStart, .planEnd]
    case .lookedAfter: [.id, .lookedAfterStart, .lookedAfterEnd, .categoryOfNeed]
    }
  }

  /// The start and end columns of each list.
  static func period(_ list: AnnexAList) -> (start: AnnexAField, end: AnnexAField) {
    switch list {
    case .earlyHelp: (.earlyHelpStart, .earlyHelpEnd)
    case .referrals: (.referralDate, .referralEnd)
    case .assessments: (.assessmentStart, .assessmentEnd)
    case .section47: (.section47Start, .section47End)
    case .childrenInNeed: (.cinStart, .cinClosure)
    case .childProtection: (.planStart, .planEnd)
    case .lookedAfter: (.lookedAfterStart, .lookedAfterEnd)
    }
  }

  /// Recognises a header row (case-insensitive, ignoring spaces and punctuation).
  static func recognise(_ header: HeaderRow) -> Recognition {
    var problems: [Problem] = []
    var unknown: [Int] = []
    var columns: [AnnexAField: Int] = [:]
    var seen: [String: Int] = [:]
    for (index, name) in header.names.enumerated() {
      let key = HeaderName.normalized(name)
      guard !key.isEmpty else { continue }
      if let first = seen[key] {
        problems.append(
          Problem(
            column: header.columns[index],
            message: "duplicate column '\(name)' (the same as column \(first + 1), "
              + "'\(header.names[first])')"))
        continue
      }
      seen[key] = index
      guard let field = AnnexAField.recognise(name) else {
        if !AnnexAPublishedHeaders.known.contains(key) { unknown.append(index) }
        continue
      }
      if let first = columns[field] {
        problems.append(
          Problem(
            column: header.columns[index],
            message: "columns '\(header.names[first])' and '\(name)' both give "
              + "'\(field.standardHeader)'"))
        continue
      }
      columns[field] = index
    }
    // The published list 2 heads its dates "Assessment start date" and "Assessment completion
    // date", as list 4 once did; "Organisation completing assessment" tells them apart.
    if columns[.organisationCompletingAssessment] != nil, columns[.earlyHelpStart] == nil,
      let start = columns.removeValue(forKey: .assessmentStart)
    {
      columns[.earlyHelpStart] = start
      if let end = columns.removeValue(forKey: .assessmentEnd) { columns[.earlyHelpEnd] = end }
    }
    let detected = signatures.first { _, fields in fields.contains { columns[$0] != nil } }?.0
    guard let list = detected else {
      let message =
        columns[.contactDate] != nil
        ? "this looks like Annex A list 1 (contacts), which CaseAudit does not use; leave it out"
        : "not recognised as an Annex A list: no column names a list 2–8 date such as "
          + "'CIN Start Date', 'Child Protection Plan Start Date' or "
          + "'Date Started to be Looked After'"
      problems.append(Problem(column: 1, message: message))
      return Recognition(list: nil, header: nil, problems: problems)
    }
    // Unknown columns are named only in a recognised list (another file is refused whole).
    for (position, index) in unknown.enumerated() {
      let name = header.names[index]
      let suggestion =
        position < suggestionLimit ? AnnexAPublishedHeaders.closest(to: name) : nil
      problems.append(
        Problem(
          column: header.columns[index],
          message: "'\(name)' is not an Annex A column; it is ignored"
            + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
          severity: .warning))
    }
    for field in required(list) where columns[field] == nil {
      problems.append(
        Problem(column: 1, message: "\(list.label) has no '\(field.standardHeader)' column"))
    }
    if list == .childProtection, columns[.initialCategory] == nil,
      columns[.latestCategory] == nil
    {
      problems.append(
        Problem(
          column: 1,
          message: "\(list.label) has neither 'Initial Category of Abuse' nor "
            + "'Latest Category of Abuse'"))
    }
    let header =
      problems.contains { $0.severity == .error }
      ? nil : AnnexAHeader(list: list, columns: columns)
    return Recognition(list: list, header: header, problems: problems)
  }
}
