import Formats

// libFuzzer target for the case-list reader (issue 17): bytes → CSV rows (encoding detected)
// → the Annex A profile's records or problems. Built by run.sh together with CaseList's own
// sources, with -sanitize=fuzzer,address; not part of the package.
//
// The contract: never crash, never hang (libFuzzer's -timeout), and every problem carries the
// file and a line (a refusal always says where).

@_cdecl("LLVMFuzzerTestOneInput")
public func caseListFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size > 0 ? Array(UnsafeBufferPointer(start: data, count: size)) : []
  guard let asOf = CalendarDate(year: 2027, month: 3, day: 31) else { return 0 }
  let result = CaseListImporter.importAnnexA(
    sources: [CaseListSource(name: "fuzz.csv", bytes: bytes)], asOf: asOf)
  for problem in result.problems {
    precondition(problem.file == "fuzz.csv", "a problem names another file: \(problem)")
    precondition(problem.line >= 1, "a problem without a line: \(problem)")
    precondition(problem.column >= 0, "a problem with a negative column: \(problem)")
  }
  return 0
}
