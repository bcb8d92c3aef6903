/// Labelled answers for statistics packages: the answers coded as numbers in a CSV, and a
/// Stata do-file, an SPSS syntax file (run by GNU PSPP too) and an R script that read it
/// and attach the questions as variable labels and the options as value labels.
///
/// The coded CSV is written by this format itself, beside the `csv` format's
/// `answers-ID.csv` and never instead of it: that file keeps each answer as given (option
/// values, empty when not answered), which a statistics package cannot label, while this
/// one carries the codes the scripts label and the reason for each missing answer. Both
/// are made from the same columns (`AnswerColumn`), so they always agree.
public enum LabelledExporter {
  /// The four files' texts, in the order of `ExportFormat.studyFileNames`.
  public struct Output: Equatable, Sendable {
    public var data: String
    public var stata: String
    public var spss: String
    public var r: String

    public var texts: [String] { [data, stata, spss, r] }
  }

  /// The file names for protocol `protocolID`: the data, then the Stata, SPSS and R scripts.
  public static func fileNames(protocolID: String) -> [String] {
    let stem = "answers-" + ExportFile.safeName(protocolID)
    return [stem + ".coded.csv", stem + ".do", stem + ".sps", stem + ".R"]
  }

  /// `sessions` should share one protocol; `outline` is that protocol, when it could be read.
  public static func export(
    _ sessions: [LabelledAnswers.Session], outline: ProtocolOutline?, protocolID: String,
    cells: CSVTable.Cells = .spreadsheetSafe
  ) -> Output {
    let answers = LabelledAnswers(sessions, outline: outline, cells: cells)
    let names = fileNames(protocolID: protocolID)
    let sav = "answers-" + ExportFile.safeName(protocolID) + ".sav"
    return Output(
      data: answers.csv, stata: StataScript.text(answers, dataFile: names[0]),
      spss: SPSSScript.text(answers, dataFile: names[0], savFile: sav),
      r: RScript.text(answers, dataFile: names[0]))
  }
}
