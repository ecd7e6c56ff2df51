/// A published code list: for each entry its list letter, label and census codes, and what it
/// means to CaseAudit.
///
/// Annex A exports write the same code three ways — lettered (`b) Child Protection plan`),
/// bare label (`Child Protection plan`) or the CIN-census / SSDA903 code where one exists
/// (`NEG`, `N1`, `WBRI`) — and sometimes code and label together (`N1 - Abuse or neglect`).
/// All are matched case- and whitespace-insensitively, ignoring punctuation. A letter that
/// belongs to another entry (`a) Neglect` written as `c) Neglect`) is not trusted: the label
/// decides.
public struct CodeList<Value: Sendable & Hashable>: Sendable {
  /// One published value.
  public struct Entry: Sendable {
    /// The value exactly as the published list writes it: "b) Child Protection plan",
    /// "N1 - Abuse or neglect", "a) E11: Adopted - application unopposed", "C1: ICO".
    public var published: String
    /// The published label ("Child Protection plan").
    public var label: String
    /// The census codes that name it ("NEG"), first the one CaseAudit writes.
    public var codes: [String]
    /// Other wordings real exports use for it (an older Annex A wording, a shortened label).
    public var aliases: [String]
    /// What it means.
    public var value: Value

    /// Creates an entry.
    public init(
      _ published: String, _ label: String, codes: [String] = [], aliases: [String] = [],
      value: Value
    ) {
      self.published = published
      self.label = label
      self.codes = codes
      self.aliases = aliases
      self.value = value
    }
  }

  /// The column (or columns) the list codes, as Annex A names them.
  public let column: String
  /// Where the list is published, cited exactly.
  public let source: String
  /// The entries, in published order.
  public let entries: [Entry]
  private let byKey: [String: Value]

  /// Creates a list; every spelling of every entry must be distinct from every other entry's.
  public init(column: String, source: String, entries: [Entry]) {
    self.column = column
    self.source = source
    self.entries = entries
    var keys: [String: Value] = [:]
    for entry in entries {
      var spellings = [entry.published, entry.label] + entry.codes + entry.aliases
      for code in entry.codes { spellings.append(code + " " + entry.label) }
      for spelling in spellings {
        let key = CodeList.key(spelling)
        if !key.isEmpty { keys[key] = entry.value }
      }
    }
    byKey = keys
  }

  /// The value `text` names, in any of its spellings, or `nil`.
  public func value(for text: String) -> Value? {
    byKey[CodeList.key(text)]
  }

  /// Every accepted spelling of every entry with its value, for tests and documentation.
  ///
  /// The spellings are: as published, bare label, each census code, and code with label, with
  /// variants of case and spacing.
  public var spellings: [(text: String, value: Value)] {
    entries.flatMap { entry -> [(text: String, value: Value)] in
      var forms = [
        entry.published, entry.published.uppercased(), entry.label, entry.label.lowercased(),
        " \(entry.label) ",
      ]
      for code in entry.codes { forms += [code, code.lowercased(), "\(code) - \(entry.label)"] }
      forms += entry.aliases
      return forms.map { ($0, entry.value) }
    }
  }

  /// The form codes are compared in: without a leading list letter, lower case, letters and
  /// digits only.
  static func key(_ text: String) -> String {
    HeaderName.normalized(String(AnnexACode.withoutListLetter(Substring(text))))
  }
}
