/// Helpers for reading Annex A codes in the forms authorities write them; the code lists
/// themselves are data, in `AnnexAVocabulary`.
enum AnnexACode {
  /// `value` without a leading list letter.
  ///
  /// The marks are "a) ", "(b) ", "zz) ", "p1) " (the lettering the published lists use) or a
  /// single letter and a full stop ("c. ").
  static func withoutListLetter(_ value: Substring) -> Substring {
    var rest = value.drop { $0 == " " }
    if rest.first == "(" { rest = rest.dropFirst() }
    guard let letter = rest.first, letter.isASCII, letter.isLetter else { return value }
    var afterLetter = rest.dropFirst()
    if let second = afterLetter.first, second.isASCII, second.isLetter || second.isNumber {
      // A two-character mark ("zz)", "p1)") must close with ")".
      let closing = afterLetter.dropFirst()
      guard closing.first == ")" else { return value }
      afterLetter = closing
    }
    guard let mark = afterLetter.first, mark == ")" || mark == "." else { return value }
    let remainder = afterLetter.dropFirst()
    guard remainder.first == " " || (mark == ")" && !remainder.isEmpty) else { return value }
    return remainder.drop { $0 == " " }
  }

  /// The yes/no answer a code gives, or `nil`: the published "a) Yes" / "b) No" /
  /// "c) Unknown" in any spelling (see `AnnexAVocabulary.yesNoUnknown`).
  static func answer(_ value: String) -> AnnexAVocabulary.Answer? {
    AnnexAVocabulary.yesNoUnknown.value(for: value)
  }
}
