/// A key of a journal line's JSON object; every key of the format is kebab-case.
struct JournalKey: CodingKey, Hashable, ExpressibleByStringLiteral {
  var stringValue: String
  var intValue: Int? { nil }

  init(_ stringValue: String) { self.stringValue = stringValue }
  init(stringLiteral value: String) { self.stringValue = value }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// The journal's spelling of an answer: a one-key object naming its kind, so a date and a
/// text (both JSON strings) stay apart: `{"text":"none"}`, `{"number":3}`,
/// `{"choices":["a","b"]}`, `{"boolean":true}`, `{"date":"2022-10-01"}`.
struct JournalAnswer: Codable {
  var value: AnswerValue

  init(_ value: AnswerValue) { self.value = value }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: JournalKey.self)
    guard container.allKeys.count == 1, let key = container.allKeys.first else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "an answer has one key"))
    }
    switch key.stringValue {
    case "text": value = .text(try container.decode(String.self, forKey: key))
    case "number": value = .number(try container.decode(Double.self, forKey: key))
    case "choices": value = .choices(try container.decode([String].self, forKey: key))
    case "boolean": value = .boolean(try container.decode(Bool.self, forKey: key))
    case "date": value = .date(try container.decode(String.self, forKey: key))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container, debugDescription: "unknown answer kind")
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: JournalKey.self)
    switch value {
    case .text(let text): try container.encode(text, forKey: "text")
    case .number(let number): try container.encode(number, forKey: "number")
    case .choices(let choices): try container.encode(choices, forKey: "choices")
    case .boolean(let flag): try container.encode(flag, forKey: "boolean")
    case .date(let date): try container.encode(date, forKey: "date")
    }
  }
}
