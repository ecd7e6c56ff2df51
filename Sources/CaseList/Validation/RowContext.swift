/// One row being read: its fields plus the helpers that read them and report problems.
///
/// Plain data (no reference counting per row); messages take header names from the result.
struct RowContext {
  /// The row's fields.
  let fields: UnsafeBufferPointer<CSVField>
  /// Where the row is.
  let info: CSVRecordInfo
  /// The source's text.
  let text: UnsafeBufferPointer<UInt8>

  /// Adds a problem located at field `index`: an error unless `severity` says otherwise.
  func problem(
    _ index: Int, _ message: String, kind: CaseListProblemKind = .invalid,
    severity: CaseListProblem.Severity = .error, detail: String? = nil,
    into result: inout SourceRows
  ) {
    let position = SourceScanner.locate(fields[index], info, text)
    result.problems.append(
      CaseListProblem(
        file: result.name, line: position.line, column: position.column, message: message,
        severity: severity, kind: kind, detail: detail,
        childID: result.currentChild.isEmpty ? nil : result.currentChild.string(result.longTexts)))
  }

  /// The identifier in field `index` and its hash; `nil` when blank (a problem).
  @inline(__always)
  func identifier(_ index: Int, into result: inout SourceRows) -> (ShortText, UInt64)? {
    let value = CSVFieldValue.withBytes(of: fields[index], in: text) {
      bytes -> (ShortText, UInt64)? in
      bytes.isEmpty
        ? nil : (ShortText(bytes, longTexts: &result.longTexts), ByteInterner.hash(bytes))
    }
    if let value {
      result.currentChild = value.0
    } else {
      result.currentChild = .empty
      problem(index, "'\(result.headerNames[index])' is blank", kind: .blank, into: &result)
    }
    return value
  }

  /// The text of field `index` as a `ShortText`; empty when absent or blank.
  @inline(__always)
  func shortText(_ index: Int, into result: inout SourceRows) -> ShortText {
    guard index >= 0 else { return .empty }
    return CSVFieldValue.withBytes(of: fields[index], in: text) { bytes in
      bytes.isEmpty ? .empty : ShortText(bytes, longTexts: &result.longTexts)
    }
  }

  /// The packed date in field `index`; 0 when blank (a problem when `required`) or invalid
  /// (an error, or a warning when `severity` says so: a date the sample does not use).
  @inline(__always)
  func date(
    _ index: Int, _ reader: DateReader, required: Bool,
    severity: CaseListProblem.Severity = .error, into result: inout SourceRows
  ) -> Int32 {
    let outcome = CSVFieldValue.withBytes(of: fields[index], in: text) { bytes -> Int32? in
      bytes.isEmpty ? 0 : reader.read(bytes)
    }
    switch outcome {
    case .some(0):
      if required {
        problem(index, "'\(result.headerNames[index])' is blank", kind: .blank, into: &result)
      }
      return 0
    case .some(let packed):
      return packed
    case .none:
      let accepted =
        switch reader.format {
        case .dayMonthYear: "dd/mm/yyyy, dd/mm/yy or yyyy-mm-dd"
        case .monthDayYear: "mm/dd/yyyy, mm/dd/yy or yyyy-mm-dd"
        case .iso: "yyyy-mm-dd"
        }
      problem(
        index, "'\(result.headerNames[index])' is not a date (expected \(accepted))",
        kind: .date, severity: severity, into: &result)
      return 0
    }
  }

  /// The small whole number in field `index`; −1 when blank or invalid (a problem: an error
  /// unless `severity` says otherwise).
  @inline(__always)
  func integer(
    _ index: Int, _ expected: String, severity: CaseListProblem.Severity = .error,
    into result: inout SourceRows
  ) -> Int16 {
    let outcome = CSVFieldValue.withBytes(of: fields[index], in: text) { bytes -> Int16? in
      bytes.isEmpty ? -1 : FieldReading.smallInteger(bytes)
    }
    guard let value = outcome else {
      problem(
        index, "'\(result.headerNames[index])' is not \(expected)", kind: .number,
        severity: severity, into: &result)
      return -1
    }
    return value
  }

  /// The code in field `index` resolved through `cache`; `nil` when absent, blank or unknown
  /// (a problem, worded with `expected`: an error, or a warning for a code the sample does not
  /// use).
  @inline(__always)
  func code<Value>(
    _ index: Int, _ cache: inout CodeCache<Value>, _ expected: String,
    severity: CaseListProblem.Severity = .error, into result: inout SourceRows
  ) -> Value? {
    guard index >= 0 else { return nil }
    let outcome = CSVFieldValue.withBytes(of: fields[index], in: text) {
      bytes -> (value: Value?, index: Int32)? in
      bytes.isEmpty ? nil : cache.lookup(bytes)
    }
    guard let outcome else { return nil }
    guard let value = outcome.value else {
      let code = FieldReading.quoted(cache.text(outcome.index))
      problem(
        index, "'\(result.headerNames[index])' \(code) \(expected)", kind: .code,
        severity: severity, into: &result)
      return nil
    }
    return value
  }

  /// The interned text of field `index` in `column`'s table; −1 when absent or blank.
  ///
  /// Gender and ethnicity lose a leading list letter ("a) Male" → "Male").
  @inline(__always)
  func intern(_ index: Int, _ column: TextColumn, _ interners: inout TextInterners) -> Int32 {
    guard index >= 0 else { return -1 }
    return CSVFieldValue.withBytes(of: fields[index], in: text) { bytes in
      guard !bytes.isEmpty else { return -1 }
      let strip = column == .gender || column == .ethnicity
      return interners.intern(strip ? FieldReading.withoutListLetter(bytes) : bytes, in: column)
    }
  }

  /// The interned published value of the code in field `index`; −1 when absent or blank.
  ///
  /// See `CanonicalTextCache`. An unpublished code keeps its own text and is a warning.
  @inline(__always)
  func canonical(
    _ index: Int, _ cache: inout CanonicalTextCache, _ interners: inout TextInterners,
    _ expected: String, into result: inout SourceRows
  ) -> Int32 {
    guard index >= 0 else { return -1 }
    let outcome = CSVFieldValue.withBytes(of: fields[index], in: text) {
      bytes -> (index: Int32, known: Bool, rawIndex: Int32)? in
      bytes.isEmpty ? nil : cache.lookup(bytes, interners: &interners)
    }
    guard let outcome else { return -1 }
    if !outcome.known {
      let code = FieldReading.quoted(cache.text(outcome.rawIndex))
      problem(
        index, "'\(result.headerNames[index])' \(code) \(expected)", kind: .code,
        severity: .warning, into: &result)
    }
    return outcome.index
  }
}
