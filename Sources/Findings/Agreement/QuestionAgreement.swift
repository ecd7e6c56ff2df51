/// Agreement between auditors on one question.
///
/// Its JSON is flat: `{"id", "type", "units", "exactAgreement", …}`.
public struct QuestionAgreement: Sendable, Hashable, Codable {
  /// The question's id.
  public var id: String
  /// The question type: `grade`, `choice`, `multiChoice` or `number`.
  public var type: String
  /// The measures.
  public var measures: AgreementMeasures

  /// Creates a record from its parts.
  public init(id: String, type: String, measures: AgreementMeasures) {
    self.id = id
    self.type = type
    self.measures = measures
  }

  private enum CodingKeys: String, CodingKey {
    case id, type
  }

  /// Decodes the flat form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    type = try container.decode(String.self, forKey: .type)
    measures = try AgreementMeasures(from: decoder)
  }

  /// Encodes the flat form: the id and type beside the measures' fields.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(type, forKey: .type)
    try measures.encode(to: encoder)
  }
}
