import AuditForms
import CaseList
import Formats
import Foundation
import Sampling

/// The JSON files the demo replays: `demo.json` (the manifest) and one responses file per round.
///
/// Written pretty-printed with sorted keys, so regenerating gives identical bytes and diffs stay
/// small. Each response's `answers` object is exactly the `answers` member of an answers file
/// (AuditTools/README.md, "Answers files"), so the demo can wrap it as `{"answers": …}` and
/// validate it on the path `caseaudit audit record` takes.
enum NorthbridgeManifest {
  /// `demo.json`.
  struct Manifest: Codable {
    let partnership: String
    let auditors: String
    let training: String
    let rounds: [Round]
  }

  /// One round in the manifest.
  struct Round: Codable {
    let name: String
    /// The round's own snapshot: the day its case lists were exported, and the files.
    let asOf: String
    let caseLists: [String]
    let tool: String
    let toolVersion: String
    let purpose: String
    let training: String
    let auditDate: String
    let sample: SampleSpec
    let allocation: Allocation
    let responses: String
  }

  /// How the round's auditors were allocated; the seed as a decimal string, like the spec's.
  struct Allocation: Codable {
    let raters: Int
    let doubleFraction: Double
    let seed: String
  }

  /// A responses file.
  struct Responses: Encodable {
    let responses: [Response]
    let moderations: [Moderation]
  }

  /// One submitted response.
  struct Response: Encodable {
    let caseId: String
    let auditor: String
    let answers: [String: AnswerJSON]
  }

  /// One moderation.
  struct Moderation: Encodable {
    let caseId: String
    let moderator: String
    let rationale: String
    let answers: [String: AnswerJSON]
  }

  /// One answer as an answers file writes it: `{"value": …, "evidence": "…"}`.
  struct AnswerJSON: Encodable {
    let value: ValueJSON
    let evidence: String?

    init(_ answer: Answer) {
      value = ValueJSON(answer.value)
      evidence = answer.hasEvidence ? answer.evidence : nil
    }
  }

  /// A value as plain JSON: a code, an array of codes, a number, a date, text or `"na"`.
  struct ValueJSON: Encodable {
    let value: AnswerValue

    init(_ value: AnswerValue) { self.value = value }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch value {
      case .level(let text), .choice(let text), .text(let text): try container.encode(text)
      case .choices(let codes): try container.encode(codes)
      case .number(let number):
        if number == number.rounded(), abs(number) < 1e15 {
          try container.encode(Int(number))
        } else {
          try container.encode(number)
        }
      case .date(let date): try container.encode(date.description)
      case .notApplicable: try container.encode("na")
      }
    }
  }

  /// The manifest for `rounds`.
  static func manifest(rounds: [NorthbridgeRound], tool: AuditTool) -> Manifest {
    Manifest(
      partnership: NorthbridgeRoster.partnership,
      auditors: NorthbridgeSamples.auditorsFile, training: NorthbridgeSamples.trainingFile,
      rounds: rounds.map { round in
        Round(
          name: round.name, asOf: round.asOf.description, caseLists: round.caseListFiles,
          tool: tool.id, toolVersion: tool.version, purpose: round.purpose,
          training: NorthbridgeRoster.course, auditDate: round.auditDate.description,
          sample: round.spec,
          allocation: Allocation(
            raters: NorthbridgeRound.raters, doubleFraction: NorthbridgeRound.doubleFraction,
            seed: String(round.allocationSeed)),
          responses: round.responsesFile)
      })
  }

  /// The responses file of `round`.
  static func responses(of round: NorthbridgeRound) -> Responses {
    Responses(
      responses: round.responses.map {
        Response(caseId: $0.caseId, auditor: $0.auditor, answers: json($0.answers))
      },
      moderations: round.moderations.map {
        Moderation(
          caseId: $0.caseId, moderator: $0.moderator, rationale: $0.rationale,
          answers: json($0.answers))
      })
  }

  private static func json(_ answers: AnswerSet) -> [String: AnswerJSON] {
    answers.answers.mapValues(AnswerJSON.init)
  }

  /// `value` as pretty-printed JSON with sorted keys and a final line feed.
  static func encoded(_ value: some Encodable) throws(NorthbridgeError) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return Array(try encoder.encode(value)) + [0x0A]
    } catch {
      throw .inconsistent("cannot encode JSON: \(error)")
    }
  }
}
