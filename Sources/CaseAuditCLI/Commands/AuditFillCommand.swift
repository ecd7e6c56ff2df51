internal import AuditForms
internal import AuditStore
internal import CaseList
internal import Dispatch
internal import Foundation
internal import Sampling
internal import Workflows

/// `caseaudit audit fill`: interactive capture in the terminal, one question at a time.
///
/// It asks each applicable question in order, re-evaluating conditions as answers change,
/// shows the guidance on request, accepts a level code, label or number, asks for evidence when
/// the rule wants it, lets the auditor go back, and validates and submits at the end. When
/// input ends early, on `quit`, or on Ctrl-C it keeps what was answered as a draft, which the
/// next `fill` resumes. Answers may be piped on standard input, one line per prompt.
enum AuditFillCommand {
  static let definition = CommandDefinition(
    name: "fill", abstract: "Fill in an audit interactively, question by question.",
    discussion: """
      At each prompt type the answer (a level code, its label or its number; option codes
      separated by commas for multi-choice; a number; a date YYYY-MM-DD; text; or na where
      allowed). Also: Enter keeps the current answer or skips, ? shows the guidance, back (or <)
      returns to the previous question, quit saves a draft and stops. A draft is also kept when
      input ends or on Ctrl-C; running fill again resumes it.
      """,
    arguments: [
      AuditCommand.roundArgument, AuditCommand.caseArgument, AuditCommand.auditorArgument,
      .flag("unallocated", help: "Allow an auditor not allocated to this case (logged)."),
      CommonArguments.workspace,
    ],
    run: { invocation in try run(invocation) })

  /// The answers so far, shared with the Ctrl-C handler.
  final class Progress: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var storage: AnswerSet
    private var saved = false

    init(_ answers: AnswerSet) { storage = answers }

    var answers: AnswerSet {
      get { lock.withLock { storage } }
      set { lock.withLock { storage = newValue } }
    }

    /// Marks the session saved; returns false if it already was (so it saves once).
    func claimSave() -> Bool {
      lock.withLock {
        if saved { return false }
        saved = true
        return true
      }
    }
  }

  /// Saves drafts from the Ctrl-C handler's thread while the main thread is blocked reading.
  final class DraftSaver: @unchecked Sendable {
    // @unchecked: used from the signal queue only while the main thread waits in `readLine`,
    // and guarded by `Progress.claimSave()` so only one thread ever saves.
    let save: (AnswerSet) throws -> Int

    init(save: @escaping (AnswerSet) throws -> Int) { self.save = save }
  }

  static func run(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let workspace = try invocation.openWorkspace()
    let session = try ResponseRecording.AuditSession(
      round: try arguments.required("round"), caseID: try arguments.required("case"),
      auditor: try arguments.required("auditor"), allowUnallocated: arguments.flag("unallocated"),
      workspace: workspace)
    let tool = session.tool
    let attributes = session.attributes
    let reference = session.caseReference
    let out = invocation.stdout

    // Resume the latest revision of this auditor's response, if there is one.
    let start = try session.resumedAnswers()
    if let previous = session.previous {
      out.line(
        "Resuming revision \(previous.revision) (\(previous.status.rawValue)) with "
          + "\(start.count) answer(s).")
    }
    let progress = Progress(start)
    let saver = DraftSaver { answers in
      try session.saveDraft(answers, workspace: workspace, actor: invocation.actor)
    }
    let interrupt = installInterruptHandler(
      progress: progress, saver: saver, stderr: invocation.stderr)
    defer {
      interrupt.cancel()
      signal(SIGINT, SIG_DFL)
    }

    out.line(
      "\(tool.title) (\(tool.id) \(tool.version)) — case \(reference), \(session.stage.label)")
    out.line(
      "Round '\(session.round)', auditor \(session.auditorID). Type ? for guidance, back, quit.")

    var index = 0
    var endedEarly = false
    // Piped answers have a fixed shape (answer line, evidence line): after a bad line the next
    // would be read as another attempt and everything after it would fall out of step, so a
    // fill that is not at a terminal stops at the first one and saves nothing. At a terminal
    // the person is asked again.
    func reject(_ problem: String) throws {
      guard invocation.stdinIsTerminal else {
        throw CommandFailure.invalidInput(summary: problem + "; nothing was saved", problems: [])
      }
    }
    asking: while true {
      let applicable = tool.applicableQuestions(answers: progress.answers, case: attributes)
      guard index < applicable.count else { break }
      let question = applicable[index]
      out.line("")
      out.line(
        "[\(index + 1)/\(applicable.count)] \(question.id)\(question.required ? " (required)" : "")"
      )
      out.line(question.text)
      describeChoices(question, out: out)
      if let current = progress.answers[question.id] {
        out.line("Current answer: \(current.value.exportText) (Enter keeps it)")
      }
      var answered = false
      while !answered {
        out.write("> ")
        guard let line = invocation.readLine() else {
          endedEarly = true
          break asking
        }
        let input = line.trimmingCharacters(in: .whitespaces)
        switch input.lowercased() {
        case "?":
          if let guidance = question.guidance {
            out.line("Good: \(guidance.good)")
            if let inadequate = guidance.inadequate { out.line("Inadequate: \(inadequate)") }
          } else {
            out.line("No guidance for this question.")
          }
          continue
        case "back", "<":
          index = max(0, index - 1)
          continue asking
        case "quit", "q":
          endedEarly = true
          break asking
        case "":
          if progress.answers[question.id] != nil || !question.required {
            answered = true
            continue
          }
          try reject("\(question.id) is required: \(question.inputHint)")
          out.line("This question is required: \(question.inputHint).")
          continue
        default:
          break
        }
        let parsed = question.parseInput(line).flatMap {
          value -> Result<AnswerValue, AnswerInputError> in
          if case .text(let text) = value, let problem = TextRules.problem(in: text) {
            return .failure(AnswerInputError(message: problem))
          }
          return .success(value)
        }
        switch parsed {
        case .failure(let error):
          try reject("\(question.id): \(error.message)")
          out.line(error.message)
        case .success(let value):
          var evidence = progress.answers[question.id]?.evidence
          let needs = question.evidence.requiresEvidence(for: value, of: question)
          // Every answer but N/A is followed by an evidence prompt (required or optional), so
          // piped input has a fixed shape: answer line, evidence line.
          if value != .notApplicable {
            out.write(
              needs
                ? "Evidence (required): " : "Evidence (optional, Enter to skip): ")
            guard let text = invocation.readLine() else {
              var answers = progress.answers
              answers.answers[question.id] = Answer(value, evidence: evidence)
              progress.answers = answers
              endedEarly = true
              break asking
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let problem = TextRules.problem(in: trimmed) {
              try reject("\(question.id) evidence: \(problem)")
              out.line("Evidence: \(problem)")
              continue
            }
            if !trimmed.isEmpty { evidence = trimmed }
          }
          var answers = progress.answers
          answers.answers[question.id] = Answer(value, evidence: evidence)
          progress.answers = answers
          answered = true
        }
      }
      index += 1
    }

    let answers = tool.keepingApplicable(progress.answers, case: attributes)
    guard progress.claimSave() else { return ExitCode.failure }
    if endedEarly {
      let revision = try saver.save(answers)
      out.line("")
      out.line(
        "Stopped before the end: saved a draft (revision \(revision), \(answers.count) answer(s)). "
          + "Run the same command to carry on.")
      return ExitCode.success
    }
    let revision: Int
    do {
      revision = try session.submit(answers, workspace: workspace, actor: invocation.actor)
    } catch let rejected as AnswersRejected {
      let draft = try saver.save(answers)
      throw CommandFailure.invalidInput(
        summary:
          "\(rejected.problems.count) problem(s): saved as a draft (revision \(draft)), not "
          + "submitted.",
        diagnostics: rejected.problems.map(\.diagnostic))
    }
    out.line("")
    out.line("Submitted: revision \(revision), \(answers.count) answer(s) for case \(reference).")
    return ExitCode.success
  }

  private static func describeChoices(_ question: Question, out: OutputSink) {
    switch question.type {
    case .grade(let scale):
      for (offset, level) in scale.levels.enumerated() {
        out.line("  \(offset + 1)) \(level.code) — \(level.label)")
      }
    case .choice(let options), .multiChoice(let options):
      for (offset, option) in options.enumerated() {
        out.line("  \(offset + 1)) \(option.code) — \(option.label)")
      }
    default:
      out.line("  (\(question.inputHint))")
    }
    if question.allowNotApplicable { out.line("  na — not applicable") }
  }

  /// On Ctrl-C, saves the answers so far as a draft and exits with 130 (128 + SIGINT).
  private static func installInterruptHandler(
    progress: Progress, saver: DraftSaver, stderr: OutputSink
  ) -> any DispatchSourceSignal {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
      guard progress.claimSave() else { return }
      let revision = try? saver.save(progress.answers)
      stderr.line("")
      stderr.line(
        "Interrupted: saved a draft"
          + (revision.map { " (revision \($0))" } ?? " — could not be saved") + ".")
      exit(130)
    }
    source.resume()
    return source
  }
}
