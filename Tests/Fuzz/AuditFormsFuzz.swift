// libFuzzer target for AuditForms' parsers (issue 17), built by run.sh together with the
// module's own sources: the first byte chooses the parser, the rest is its input.
//
//   0: the audit-tool loader (JSON → tool or problems, each with a line and a JSON path)
//   1: the answers reader, with the built-in neglect tool (each problem with a line or a
//      question id)
//   2: the condition parser, against the built-in neglect tool
//
// The contract: never crash, never hang, every refusal says where.

nonisolated(unsafe) private var shippedTool: AuditTool? = {
  guard case .success(let tool)? = ShippedTools.entry(id: "neglect-thematic")?.load() else {
    return nil
  }
  return tool
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func auditFormsFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size > 0, let data, let tool = shippedTool else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  switch data[0] % 3 {
  case 0:
    if case .failure(let error) = AuditToolLoader.load(json: bytes, fileName: "fuzz.json") {
      precondition(!error.problems.isEmpty, "a refused tool without a problem")
      for problem in error.problems {
        precondition(problem.position.line >= 1, "a tool problem without a line: \(problem)")
        // A syntax error is placed by line and column (it has no JSON path yet); every other
        // problem names its JSON path.
        precondition(
          problem.kind == .malformedJSON ? problem.position.column >= 1 : !problem.path.isEmpty,
          "a tool problem that says nowhere: \(problem)")
      }
    }
  case 1:
    let (_, problems) = tool.readAnswers(json: bytes, fileName: "fuzz.json")
    for problem in problems {
      precondition(
        problem.position != nil || problem.questionID != nil,
        "an answers problem that says nowhere: \(problem)")
    }
  default:
    _ = try? Condition(parsing: String(decoding: bytes, as: UTF8.self), in: tool)
  }
  return 0
}
