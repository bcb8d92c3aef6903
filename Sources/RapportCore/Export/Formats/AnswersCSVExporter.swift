/// The answers of one protocol's sessions as a wide table (one row per session), with a
/// codebook naming every column and a Frictionless Table Schema that tools can check.
public enum AnswersCSVExporter {
  /// The three files' texts: the answers, the codebook, and the Table Schema (JSON).
  public struct Output: Equatable, Sendable {
    public var answers: String
    public var codebook: String
    public var tableSchema: String
  }

  /// `records` should share one protocol; `outline` is that protocol, when it could be read.
  /// The Table Schema describes either form of the cells: a guarded cell is a string's.
  public static func export(
    _ records: [SessionRecord], outline: ProtocolOutline?,
    cells: CSVTable.Cells = .spreadsheetSafe
  ) -> Output {
    let columns = AnswerColumn.columns(outline: outline, records: records)
    var answers = CSVTable(header: ["session", "participant"] + columns.map(\.name))
    for record in records {
      let values = values(of: record)
      answers.rows.append(
        [record.sessionID, record.participant] + columns.map { $0.cell(values[$0.item]) })
    }
    var codebook = CSVTable(header: ["column", "item", "question", "type", "coding"])
    codebook.rows.append(["session", "", "", "", sessionMeaning])
    codebook.rows.append(["participant", "", "", "", participantMeaning])
    for column in columns {
      codebook.rows.append([
        column.name, column.item, column.question, column.type?.rawValue ?? "",
        coding(column),
      ])
    }
    return Output(
      answers: answers.text(cells), codebook: codebook.text(cells),
      tableSchema: tableSchema(columns).text)
  }

  /// What the `session` and `participant` columns hold (the codebook's and the labels').
  public static let sessionMeaning = "the session's id (its folder name)"
  public static let participantMeaning = "the pseudonymous participant ID"

  /// A session's answers and attributes by item: what each answers table's row is made of.
  public static func values(of record: SessionRecord) -> [String: AnswerValue] {
    var values: [String: AnswerValue] = [:]
    for answer in record.attributes + record.answers { values[answer.item] = answer.value }
    return values
  }

  static func coding(_ column: AnswerColumn) -> String {
    let empty = "; empty = not answered"
    switch column.coding {
    case .option(let value, let label):
      return "1 = chose '\(value)' (\(label)), 0 = did not" + empty
    case .otherText: return "the participant's own words for 'other'" + empty
    case .boolean: return "1 = yes, 0 = no" + empty
    case .value:
      guard !column.options.isEmpty else { return "the answer as given" + empty }
      let listed = column.options.map { "\($0.value) = \($0.label)" }.joined(separator: "; ")
      return listed + (column.isOpen ? "; other text = the participant's own words" : "") + empty
    }
  }

  /// A Frictionless Table Schema (v1) describing the answers file's columns.
  static func tableSchema(_ columns: [AnswerColumn]) -> JSONValue {
    var fields: [JSONValue] = [
      .object([("name", .string("session")), ("type", .string("string"))]),
      .object([("name", .string("participant")), ("type", .string("string"))]),
    ]
    for column in columns {
      var members: [(String, JSONValue)] = [
        ("name", .string(column.name)), ("title", .string(column.question)),
        ("description", .string(coding(column))),
      ]
      switch column.coding {
      case .option, .boolean:
        members += [
          ("type", .string("boolean")), ("trueValues", .array([.string("1")])),
          ("falseValues", .array([.string("0")])),
        ]
      case .otherText: members.append(("type", .string("string")))
      case .value:
        members.append(("type", .string(tableType(column.type))))
        if !column.isOpen, !column.options.isEmpty {
          members.append(
            ("constraints", .object([("enum", .array(column.options.map { .string($0.value) }))])))
        }
      }
      fields.append(.object(members))
    }
    return .object([
      ("fields", .array(fields)), ("missingValues", .array([.string("")])),
      ("primaryKey", .array([.string("session")])),
    ])
  }

  private static func tableType(_ type: ItemType?) -> String {
    switch type {
    case .integer?: "integer"
    case .number?, .scale?: "number"
    case .date?: "date"
    default: "string"
    }
  }
}
