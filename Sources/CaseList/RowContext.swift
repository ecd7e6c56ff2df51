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

  /// Adds a problem located at field `index`.
  func problem(_ index: Int, _ message: String, into result: inout SourceRows) {
    let position = SourceScanner.locate(fields[index], info, text)
    result.problems.append(
      CaseListProblem(
        file: result.name, line: position.line, column: position.column, message: message))
  }

  /// The identifier in field `index` and its hash; `nil` when blank (a problem).
  @inline(__always)
  func identifier(_ index: Int, into result: inout SourceRows) -> (ShortText, UInt64)? {
    let value = CSVFieldValue.withBytes(of: fields[index], in: text) {
      bytes -> (ShortText, UInt64)? in
      bytes.isEmpty
        ? nil : (ShortText(bytes, longTexts: &result.longTexts), ByteInterner.hash(bytes))
    }
    if value == nil { problem(index, "'\(result.headerNames[index])' is blank", into: &result) }
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

  /// The packed date in field `index`; 0 when blank (a problem when `required`) or invalid.
  @inline(__always)
  func date(
    _ index: Int, _ reader: DateReader, required: Bool, into result: inout SourceRows
  ) -> Int32 {
    let outcome = CSVFieldValue.withBytes(of: fields[index], in: text) { bytes -> Int32? in
      bytes.isEmpty ? 0 : reader.read(bytes)
    }
    switch outcome {
    case .some(0):
      if required { problem(index, "'\(result.headerNames[index])' is blank", into: &result) }
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
        index, "'\(result.headerNames[index])' is not a date (expected \(accepted))", into: &result)
      return 0
    }
  }

  /// The small whole number in field `index`; −1 when blank or invalid (a problem).
  @inline(__always)
  func integer(_ index: Int, _ expected: String, into result: inout SourceRows) -> Int16 {
    let outcome = CSVFieldValue.withBytes(of: fields[index], in: text) { bytes -> Int16? in
      bytes.isEmpty ? -1 : FieldReading.smallInteger(bytes)
    }
    guard let value = outcome else {
      problem(index, "'\(result.headerNames[index])' is not \(expected)", into: &result)
      return -1
    }
    return value
  }

  /// The code in field `index` resolved through `cache`; `nil` when absent, blank or unknown
  /// (a problem, worded with `expected`).
  @inline(__always)
  func code<Value>(
    _ index: Int, _ cache: inout CodeCache<Value>, _ expected: String,
    into result: inout SourceRows
  ) -> Value? {
    guard index >= 0 else { return nil }
    let outcome = CSVFieldValue.withBytes(of: fields[index], in: text) {
      bytes -> (value: Value?, index: Int32)? in
      bytes.isEmpty ? nil : cache.lookup(bytes)
    }
    guard let outcome else { return nil }
    guard let value = outcome.value else {
      let code = FieldReading.quoted(cache.text(outcome.index))
      problem(index, "'\(result.headerNames[index])': \(code) \(expected)", into: &result)
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
}
