extension RoundComparison {
  /// Makes `ids` the Holm family: the criteria declared primary before the follow-up's
  /// findings were seen.
  ///
  /// Holm's adjustment then runs over the primary criteria with cases in both rounds alone, so
  /// a pre-declared short list keeps its power; every other criterion is secondary — shown
  /// with its interval and unadjusted p, never confirmed (at most a *possible change*).
  /// Declaring the primary outcomes in advance is what CONSORT 2010 (item 6a) and ICH E9 (§2.2.2)
  /// ask of a trial; it is the honest alternative to adjusting over every criterion. Ids
  /// that name no compared criterion are ignored here (the caller checks them).
  public mutating func declarePrimary(_ ids: [String]) {
    let wanted = Set(ids)
    primary = ids
    ComparisonEngine.adjust(
      &questions, \.interval, \.fisherP, \.holmP, \.verdict, \.caveat,
      inFamily: { wanted.contains($0.id) },
      outsideCaveat: { family in
        "possible change — a secondary criterion (not among the \(family) pre-declared "
          + "primary ones), so not confirmed"
      })
  }
}
