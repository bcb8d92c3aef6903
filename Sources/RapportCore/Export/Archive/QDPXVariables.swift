/// Participant attributes as REFI-QDA variables and each case's values.
///
/// A participant whose sessions disagree on an attribute gets no value for it (the
/// descriptors export reports the conflict); nothing is merged silently.
struct QDPXVariables {
  private var items: [(id: String, type: String)] = []
  private var values: [String: [String: SessionRecord.Answer]] = [:]

  init(records: [SessionRecord], outline: ProtocolOutline?) {
    var ids = outline?.attributes.map(\.id) ?? []
    var types: [String: ItemType] = [:]
    for item in outline?.attributes ?? [] { types[item.id] = item.type }
    var conflicting: Set<[String]> = []
    for record in records {
      for answer in record.attributes {
        if !ids.contains(answer.item) { ids.append(answer.item) }
        if let earlier = values[record.participant]?[answer.item], earlier.display != answer.display
        {
          conflicting.insert([record.participant, answer.item])
        }
        values[record.participant, default: [:]][answer.item] = answer
      }
    }
    for pair in conflicting { values[pair[0]]?[pair[1]] = nil }
    items = ids.map { id in
      let type: String =
        switch types[id] {
        case .integer?: "Integer"
        case .number?, .scale?: "Float"
        case .yesNo?, .consent?: "Boolean"
        case .date?: "Date"
        default: "Text"
        }
      return (id, type)
    }
  }

  var definitions: String {
    guard !items.isEmpty else { return "" }
    return "<Variables>"
      + items.map {
        "<Variable guid=\"\(GUID.make("variable", $0.id))\" name=\"\(XMLText.escape($0.id))\" typeOfVariable=\"\($0.type)\"/>"
      }.joined() + "</Variables>"
  }

  func values(for participant: String) -> String {
    var xml = ""
    for item in items {
      guard let answer = values[participant]?[item.id], let value = element(item.type, answer)
      else { continue }
      xml +=
        "<VariableValue><VariableRef targetGUID=\"\(GUID.make("variable", item.id))\"/>\(value)</VariableValue>"
    }
    return xml
  }

  private func element(_ type: String, _ answer: SessionRecord.Answer) -> String? {
    switch (type, answer.value) {
    case ("Integer", .number(let number)) where number == number.rounded() && abs(number) < 1e15:
      return "<IntegerValue>\(Int(number))</IntegerValue>"
    case ("Float", .number(let number)) where number.isFinite:
      return "<FloatValue>\(decimal(number))</FloatValue>"
    case ("Boolean", .boolean(let flag)): return "<BooleanValue>\(flag)</BooleanValue>"
    case ("Date", .date(let date)): return "<DateValue>\(XMLText.escape(date))</DateValue>"
    case ("Text", _): return "<TextValue>\(XMLText.escape(answer.display))</TextValue>"
    default: return nil
    }
  }

  /// `xsd:decimal` has no exponent: print with up to 6 decimals, trailing zeros trimmed.
  private func decimal(_ number: Double) -> String {
    let text = AnswerText.format(number)
    guard text.contains("e") else { return text }
    let scaled = (number * 1_000_000).rounded() / 1_000_000
    return AnswerText.seconds(scaled)
  }
}
