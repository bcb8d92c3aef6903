/// The answers of one protocol's sessions coded for statistics packages: the variables and
/// the rows of `answers-ID.coded.csv`, which the Stata, SPSS and R scripts read.
public struct LabelledAnswers: Equatable, Sendable {
  /// A session to code: its record (a study summary is enough) and why items are missing.
  public struct Session: Sendable {
    public var record: SessionRecord
    public var missing: [String: MissingReason]

    public init(record: SessionRecord, missing: [String: MissingReason]) {
      self.record = record
      self.missing = missing
    }
  }

  public var columns: [LabelledColumn]
  public var rows: [[String]]
  /// How the data file's cells are written; when spreadsheet-safe, the scripts take the
  /// guarding `'` off again, so the packages hold the answers as typed.
  public var cells: CSVTable.Cells

  /// The data file: the variables' names, then one row per session (`CSVTable`).
  public var csv: String { CSVTable(header: columns.map(\.name), rows: rows).text(cells) }

  /// The widest cell of column `index` as the data file holds it, in UTF-8 bytes.
  public func widestBytes(_ index: Int) -> Int {
    rows.map { CSVTable.cell($0[index], cells).utf8.count }.max() ?? 0
  }

  /// `sessions` should share one protocol; `outline` is that protocol, when it could be read.
  public init(
    _ sessions: [Session], outline: ProtocolOutline?, cells: CSVTable.Cells = .spreadsheetSafe
  ) {
    self.cells = cells
    let answerColumns = AnswerColumn.columns(outline: outline, records: sessions.map(\.record))
    var columns = [
      LabelledColumn(
        name: "", column: "session", label: AnswersCSVExporter.sessionMeaning, kind: .text,
        valueLabels: [], source: .session),
      LabelledColumn(
        name: "", column: "participant", label: AnswersCSVExporter.participantMeaning,
        kind: .text, valueLabels: [], source: .participant),
    ]
    let values = sessions.map { AnswersCSVExporter.values(of: $0.record) }
    for column in answerColumns {
      let item = outline?.attribute(column.item) ?? outline?.step(column.item)?.item
      // A single choice answered outside its options gets an "other" code and words column.
      let unlisted =
        column.type == .singleChoice
        && values.contains { answers in
          answers[column.item].map { value in
            !column.options.contains { $0.value == column.cell(value) }
          } ?? false
        }
      columns += Self.columns(for: column, other: item?.other, unlisted: unlisted)
    }
    for (index, name) in VariableName.names(columns.map(\.column)).enumerated() {
      columns[index].name = name
    }
    rows = zip(sessions, values).map { session, values in
      columns.map { column in
        column.cell(session.record, values, column.item.flatMap { session.missing[$0] })
      }
    }
    for index in columns.indices where columns[index].kind == .number(decimals: 0) {
      let decimals = rows.map { row in
        row[index].split(separator: ".").dropFirst().first.map(\.count) ?? 0
      }
      columns[index].kind = .number(decimals: min(16, decimals.max() ?? 0))
    }
    self.columns = columns
  }

  private static func columns(for column: AnswerColumn, other: String?, unlisted: Bool)
    -> [LabelledColumn]
  {
    func variable(_ kind: LabelledColumn.Kind, label: String, _ labels: [(Int, String)] = [])
      -> LabelledColumn
    {
      LabelledColumn(
        name: "", column: column.name, label: label, kind: kind,
        valueLabels: labels.map { .init(code: $0.0, label: $0.1) }, source: .answer(column))
    }
    switch column.coding {
    case .option(_, let label):
      return [
        variable(
          .coded, label: "\(label) — \(column.question)", [(0, "not chosen"), (1, "chosen")])
      ]
    case .boolean:
      return [variable(.coded, label: column.question, [(0, "no"), (1, "yes")])]
    case .otherText:
      return [variable(.text, label: "\(other ?? "other") — \(column.question)")]
    case .value:
      switch column.type {
      case .singleChoice?:
        var labels = column.options.enumerated().map { ($0.offset + 1, $0.element.label) }
        guard column.isOpen || unlisted else {
          return [variable(.coded, label: column.question, labels)]
        }
        labels.append((labels.count + 1, other ?? "other"))
        let words = LabelledColumn(
          name: "", column: column.name + "__other",
          label: "\(other ?? "other") — \(column.question)", kind: .text, valueLabels: [],
          source: .ownWords(column))
        return [variable(.coded, label: column.question, labels), words]
      case .integer?, .number?, .scale?:
        return [variable(.number(decimals: 0), label: column.question)]
      case .date?: return [variable(.date, label: column.question)]
      default: return [variable(.text, label: column.question)]
      }
    }
  }
}
