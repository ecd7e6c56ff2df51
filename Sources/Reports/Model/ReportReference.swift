import Findings

/// A published figure phrased for the board: the same way round as the finding beside it,
/// cited by publication and paragraph.
enum ReportReference {
  /// The sentence for `reference` beside a finding that counts acceptable cases (`acceptable`)
  /// or cases below acceptable.
  ///
  /// A figure published the other way round (Ofsted's "45% did not take account of the family
  /// history" beside "80% were rated good") is turned round — "about 55% did" — and the
  /// round's own share of the same answers with it, so the reader compares like with like.
  static func sentence(_ reference: ReferenceComparison, acceptable: Bool) -> String {
    let citation = Self.citation(reference.source)
    let flips =
      (acceptable && reference.direction == .belowAcceptable)
      || (!acceptable && reference.direction == .acceptable)
    var text: String
    if flips {
      let turned = ProportionFinding.percent(1 - reference.proportion)
      text =
        "Published figure, put the same way round: about \(turned) (\(citation), which "
        + "reported the other side: “\(reference.wording)”)."
    } else {
      text =
        "Published figure: \(ProportionFinding.percent(reference.proportion))"
        + (reference.outOf.map { " of \($0) cases" } ?? "") + " (\(citation)): "
        + "\(reference.wording)."
    }
    if let local = reference.local {
      let here = flips ? ProportionFinding(count: local.n - local.count, n: local.n) : local
      text += " Here: \(ReportNumbers.plainPhrase(here))."
    } else {
      text +=
        " The source does not define it by this question's answers, so it is not directly "
        + "comparable."
    }
    return text
  }

  /// A source without internal provenance notes: "Ofsted (2014) …, para 34" from
  /// "Ofsted (2014) …, para 34 (seeds F001:L926-927)" — a board paper cites the publication
  /// and paragraph, not the line numbers of our copy of it.
  static func citation(_ source: String) -> String {
    guard let open = source.ranges(of: " (seeds ").last,
      source.hasSuffix(")")
    else { return source }
    return String(source[..<open.lowerBound])
  }
}

extension KeyFinding {
  /// Whether the finding counts acceptable cases (the strongest lists) rather than cases below
  /// acceptable (the weakest).
  var countsAcceptable: Bool { kind == .strongestCriterion || kind == .strongestTheme }
}
