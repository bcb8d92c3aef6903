import ArgumentParser
import RapportCore

/// `--csv-cells spreadsheet-safe|verbatim`, for `export` and `study table`: the values and
/// the default are `CSVTable.Cells`'s own, so help, completion and the files agree.
extension CSVTable.Cells: ExpressibleByArgument {
  /// The help line shared by the commands that write CSV.
  static let help = ArgumentHelp(
    "How CSV cells are written: spreadsheet-safe (a cell starting with = + - @, a tab or a "
      + "carriage return, not a number, gets a leading ' so a spreadsheet cannot run it) or "
      + "verbatim (as typed, for scripts).")
}
