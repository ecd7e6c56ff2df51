extension Sampler {
  /// Replaces a sampled case with the next unused reserve of its stratum and records it.
  ///
  /// The reserve with the lowest unused rank comes in at the place of the case that goes out.
  /// Under `wholeFamilies` the case's whole family goes out and the reserve family comes in.
  /// A case that came in as a replacement can itself be replaced.
  ///
  /// The incoming case carries the design's inclusion probability for it (the stratum's `n/N`,
  /// or under `family` the reserve's own value), although a replaced sample is, strictly, no
  /// longer a probability sample: the draw's `replacements` say which cases were swapped.
  ///
  /// - Parameters:
  ///   - caseId: the id of a case in the current sample.
  ///   - draw: the draw to change.
  /// - Returns: the draw with the replacement made and appended to `replacements`.
  /// - Throws: ``SamplingError/caseNotInSample`` or ``SamplingError/noReservesLeft(stratum:reserves:)``.
  /// - Complexity: O(*n* + *r* + *p*) for the sample, reserves and past replacements.
  public static func replace(caseId: String, in draw: SampleDraw) throws(SamplingError)
    -> SampleDraw
  {
    guard let position = draw.cases.firstIndex(where: { ByteOrder.compare($0.caseId, caseId) == 0 })
    else { throw .caseNotInSample }
    let target = draw.cases[position]
    let stratum = target.stratum
    var outgoing = [position]
    if draw.unit == .wholeFamilies, let unit = target.unit {
      outgoing += draw.cases.indices.filter {
        $0 != position && draw.cases[$0].stratum == stratum && draw.cases[$0].unit == unit
      }
    }
    let unused = draw.unusedReserves(inStratum: stratum)
    guard let rank = unused.first?.rank else {
      let total = Set(draw.reserves.lazy.filter { $0.stratum == stratum }.map(\.rank)).count
      throw .noReservesLeft(stratum: stratum, reserves: total)
    }
    let summary = draw.strata.first { $0.key == stratum }
    let stratumProbability =
      summary.map { Double($0.sampled) / Double($0.eligible) } ?? target.inclusionProbability
    let incoming = unused.filter { $0.rank == rank }.map { reserve in
      SampledCase(
        caseId: reserve.caseId, stratum: stratum,
        inclusionProbability: reserve.inclusionProbability ?? stratumProbability,
        unit: draw.unit == .wholeFamilies ? (summary?.sampled ?? 0) + rank : nil)
    }
    let leaving = Set(outgoing)
    var cases: [SampledCase] = []
    cases.reserveCapacity(draw.cases.count - outgoing.count + incoming.count)
    for (index, sampled) in draw.cases.enumerated() {
      if index == position { cases += incoming }
      if !leaving.contains(index) { cases.append(sampled) }
    }
    var result = draw
    result.cases = cases
    result.replacements.append(
      Replacement(
        stratum: stratum, rank: rank, casesOut: outgoing.map { draw.cases[$0].caseId },
        casesIn: incoming.map(\.caseId)))
    return result
  }
}
