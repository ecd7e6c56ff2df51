import AuditForms
import CaseList
import Statistics

/// Produces the answers auditors give: a *profile* of what the record shows for a case, a
/// second auditor's slightly different reading of it, and the submitted answer sets filled
/// from them in the tool's order.
///
/// 1. `profile` draws a value for every question from the case's latent quality and the
///    question's `NorthbridgeCalibration` (drift, causes, worker changes, neglect types,
///    compliance and safety have their own small models below).
/// 2. `secondOpinion` copies a profile and moves about a quarter of the grades (a fifth on
///    three-level scales) one level (one in seven of those moves two), changes about one choice
///    in eight, and adds or drops a multi-choice option now and then: blind double audit that
///    agrees moderately (κ ≈ 0.6).
/// 3. `fill` walks the tool's questions in order, answering those that apply given the answers
///    so far (`AuditTool.applicability`), writes `assess.gaps` from the grades given, holds the
///    overall judgement to `AuditTool.overallCap`, and adds evidence.
/// 4. `moderate` settles two answer sets question by question and fills the result.
struct NorthbridgeAnswerModel {
  /// The audit tool (`neglect-thematic`).
  let tool: AuditTool

  /// A value for every question that can apply to the case (free text excepted).
  func profile(
    for facts: NorthbridgeCaseFacts, random: inout NorthbridgeRandom
  ) -> [String: AnswerValue] {
    var values: [String: AnswerValue] = [:]
    var drift = "no"
    for question in tool.questions {
      let id = question.id
      switch id {
      case "assess.gaps", "overall.learning":
        continue
      case "assess.siblings":
        values[id] =
          facts.siblings == 0 ? .notApplicable : calibrated(question, facts, &random, noNA: true)
      case "drift.present":
        let value = calibrated(question, facts, &random)
        if case .choice(let code) = value { drift = code }
        values[id] = value
      case "drift.timely":
        if facts.attributes.longTerm {
          values[id] = level(
            NorthbridgeCalibration.timeliness(afterDrift: drift), id, facts, &random)
        } else {
          values[id] = calibrated(question, facts, &random)
        }
      case "drift.careProceedings":
        let chance = drift == "current" ? 0.6 : drift == "past" ? 0.5 : 0.04
        let draw = facts.noise[id].map(Normal.cdf) ?? random.unit()
        values[id] = .choice(draw < chance ? "yes" : "no")
      case "drift.causes":
        values[id] = .choices(causes(drift: drift, question: question, random: &random))
      case "drift.workerChanges":
        var changes = random.weighted([35, 30, 20, 10, 5])
        if drift == "current", random.chance(0.5) { changes += 1 }
        values[id] = random.chance(0.03) ? .notApplicable : .number(Double(changes))
      case "challenge.compliance":
        let codes = ["none", "nonCompliance", "disguisedCompliance", "both"]
        values[id] = .choice(codes[random.weighted([42, 25, 15, 18])])
      case "outcome.neglectTypes":
        values[id] = random.chance(0.02) ? .notApplicable : .choices(neglectTypes(&random))
      case "outcome.safety":
        let weights: [Double] = facts.quality < -1.2 ? [55, 37, 8] : [90, 9, 1]
        values[id] = .choice(["safe", "concern", "urgent"][random.weighted(weights)])
      default:
        values[id] = calibrated(question, facts, &random)
      }
    }
    return values
  }

  /// A second auditor's reading of the same record.
  func secondOpinion(
    of profile: [String: AnswerValue], random: inout NorthbridgeRandom
  ) -> [String: AnswerValue] {
    var values = profile
    for question in tool.questions {
      guard let value = profile[question.id] else { continue }
      switch value {
      case .level(let code):
        guard let codes = question.scale?.levels.map(\.code), let rank = codes.firstIndex(of: code),
          random.chance(codes.count > 3 ? 0.26 : 0.2)
        else { continue }
        let step = random.chance(0.15) ? 2 : 1
        var moved = rank + (random.chance(0.5) ? step : -step)
        if moved < 0 || moved >= codes.count { moved = rank + (moved < 0 ? step : -step) }
        values[question.id] = .level(codes[min(max(moved, 0), codes.count - 1)])
      case .choice(let code):
        guard random.chance(0.12) else { continue }
        let ordered = NorthbridgeCalibration.table[question.id]?.codes ?? question.type.codes
        if let index = ordered.firstIndex(of: code), ordered.count > 1 {
          let neighbour = index == 0 ? 1 : index == ordered.count - 1 ? index - 1 : index + 1
          values[question.id] = .choice(ordered[neighbour])
        }
      case .choices(let codes):
        let options = question.type.codes
        guard random.chance(0.3), !options.isEmpty else { continue }
        let toggled = random.pick(options)
        var chosen = Set(codes)
        if chosen.contains(toggled) { chosen.remove(toggled) } else { chosen.insert(toggled) }
        if !chosen.isEmpty { values[question.id] = .choices(options.filter(chosen.contains)) }
      case .number(let number):
        guard random.chance(0.2) else { continue }
        values[question.id] = .number(max(0, number + (random.chance(0.5) ? 1 : -1)))
      case .notApplicable, .date, .text:
        continue
      }
    }
    return values
  }

  /// A submitted answer set from `profile`: only the questions that apply, in order, with
  /// evidence (reused from `reuse` where the value is the same).
  func fill(
    _ profile: [String: AnswerValue], for facts: NorthbridgeCaseFacts,
    reuse: [String: Answer] = [:], random: inout NorthbridgeRandom
  ) -> AnswerSet {
    var answers = AnswerSet()
    for question in tool.questions {
      let states = tool.applicability(answers: answers, case: facts.attributes)
      guard states[question.id] == .applies else { continue }
      let value: AnswerValue
      switch question.id {
      case "assess.gaps":
        value =
          reuse[question.id]?.value ?? .text(NorthbridgeEvidence.gaps(answers, random: &random))
      case "overall.learning":
        if let kept = reuse[question.id] {
          value = kept.value
        } else if random.chance(0.75), case .level(let code) = profile["overall.judgement"] {
          value = .text(NorthbridgeEvidence.learning(overall: code, random: &random))
        } else {
          continue
        }
      case tool.overall?.questionID:
        guard let intended = profile[question.id] else { continue }
        value = capped(intended, answers: answers, facts: facts)
      default:
        guard let drawn = profile[question.id] else { continue }
        value = drawn
      }
      let evidence: String?
      if let kept = reuse[question.id], kept.value == value {
        evidence = kept.evidence
      } else {
        evidence = NorthbridgeEvidence.evidence(
          for: question, value: value, case: facts, random: &random)
      }
      answers[question.id] = Answer(value, evidence: evidence)
    }
    return answers
  }

  /// The agreed answers for two independent audits of one case, and the questions (free text
  /// aside) on which they differed.
  ///
  /// Where the auditors differ, the moderator settles on the worse grade three times in five
  /// (the evidence on file decides, and missing evidence counts against), otherwise the better;
  /// on choices either reading, evenly.
  func moderate(
    _ first: AnswerSet, _ second: AnswerSet, for facts: NorthbridgeCaseFacts,
    random: inout NorthbridgeRandom
  ) -> (answers: AnswerSet, differing: [String]) {
    var merged: [String: AnswerValue] = [:]
    var chosen: [String: Answer] = [:]
    var differing: [String] = []
    for question in tool.questions {
      let answer: Answer
      switch (first[question.id], second[question.id]) {
      case (nil, nil): continue
      case (let only?, nil), (nil, let only?): answer = only
      case (let a?, let b?):
        if a.value == b.value || question.type == .text {
          answer = a
        } else {
          differing.append(question.id)
          answer = settle(a, b, question: question, random: &random)
        }
      }
      merged[question.id] = answer.value
      chosen[question.id] = answer
    }
    return (fill(merged, for: facts, reuse: chosen, random: &random), differing)
  }

  private func settle(
    _ a: Answer, _ b: Answer, question: Question, random: inout NorthbridgeRandom
  ) -> Answer {
    guard case .level(let codeA) = a.value, case .level(let codeB) = b.value,
      let scale = question.scale, let rankA = scale.rank(of: codeA),
      let rankB = scale.rank(of: codeB)
    else { return random.chance(0.5) ? a : b }
    let worse = rankA > rankB ? a : b
    let better = rankA > rankB ? b : a
    return random.chance(0.6) ? worse : better
  }

  /// `intended`, or the cap the limiting questions set if that is worse.
  private func capped(
    _ intended: AnswerValue, answers: AnswerSet, facts: NorthbridgeCaseFacts
  ) -> AnswerValue {
    guard case .level(let code) = intended,
      let scale = tool.question(tool.overall?.questionID ?? "")?.scale,
      let cap = tool.overallCap(answers: answers, case: facts.attributes),
      let rank = scale.rank(of: code), let capRank = scale.rank(of: cap.level.code),
      capRank > rank
    else { return intended }
    return .level(cap.level.code)
  }

  /// A calibrated grade or choice, or "na" at the calibrated rate where allowed.
  private func calibrated(
    _ question: Question, _ facts: NorthbridgeCaseFacts, _ random: inout NorthbridgeRandom,
    noNA: Bool = false
  ) -> AnswerValue? {
    guard let calibration = NorthbridgeCalibration.table[question.id] else { return nil }
    if !noNA, question.allowNotApplicable, random.chance(calibration.notApplicable) {
      return .notApplicable
    }
    let value = level(calibration, question.id, facts, &random)
    if case .choice = question.type, case .level(let code) = value { return .choice(code) }
    return value
  }

  private func level(
    _ calibration: NorthbridgeCalibration, _ id: String, _ facts: NorthbridgeCaseFacts,
    _ random: inout NorthbridgeRandom
  ) -> AnswerValue {
    let score = calibration.score(
      quality: facts.quality, noise: facts.noise[id] ?? random.normal(),
      isFollowUp: facts.isFollowUp, exposure: facts.exposure)
    return .level(calibration.code(for: score))
  }

  /// One to three causes of drift, the likelier ones first considered (in the tool's order).
  private func causes(
    drift: String, question: Question, random: inout NorthbridgeRandom
  ) -> [String] {
    let options = question.type.codes
    let chances: [String: Double] = [
      "assessment": 0.35, "planning": 0.45, "parentsNotEngaging": 0.35,
      "cumulativeImpact": 0.3, "noChallenge": 0.25, "workerChanges": drift == "current" ? 0.5 : 0.3,
      "movesOrReferrals": 0.12, "stepUpStepDown": 0.2,
    ]
    var chosen = options.filter { random.chance(chances[$0] ?? 0.2) }
    if chosen.isEmpty, !options.isEmpty { chosen = [random.pick(options)] }
    while chosen.count > 3 { chosen.remove(at: random.int(below: chosen.count)) }
    return chosen
  }

  /// One or more types of neglect, in the tool's order.
  private func neglectTypes(_ random: inout NorthbridgeRandom) -> [String] {
    let chances: [(String, Double)] = [
      ("physical", 0.6), ("emotional", 0.5), ("medical", 0.3), ("educational", 0.35),
      ("nutritional", 0.2), ("supervision", 0.4),
    ]
    let chosen = chances.filter { random.chance($0.1) }.map(\.0)
    return chosen.isEmpty ? [chances[random.int(below: chances.count)].0] : chosen
  }
}
