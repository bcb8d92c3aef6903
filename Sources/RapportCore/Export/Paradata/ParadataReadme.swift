/// The `README.txt` beside `paradata.csv`: what the files are and every column, in plain
/// words, for whoever receives the paradata without Rapport's documentation.
extension ParadataColumns {
  static var readme: String {
    var out = """
      Paradata of a Rapport export
      ============================

      How each interview ran: one row per event of its journal, for every session exported
      together (all protocols in one table). Written by `rapport export --format paradata`.

      Files
      -----
      paradata.csv          the table: CSV (RFC 4180), UTF-8, CRLF line ends, one header row;
                            the rows of each session in the order its journal holds them, the
                            sessions in the order they were exported; a cell a spreadsheet
                            would run as a formula (=, +, -, @, not a number) starts with '
                            unless exported with --csv-cells verbatim
      paradata.schema.json  its Frictionless Table Schema; check the table with
                            frictionless validate --schema paradata.schema.json paradata.csv
      README.txt            this file
      export-info.json      the Rapport version that exported, the time of the export, how the
                            CSV cells were written (csv-cells), each protocol used (id,
                            version, title, SHA-256 of the text the sessions ran) and each
                            session included (with its status and row count)

      Columns
      -------

      """
    for column in all {
      let kind = typeName(column.type) + (column.required ? ", always given" : ", may be empty")
      out += "\(column.name) (\(kind))\n    \(column.description)\n"
      if !column.values.isEmpty, column.name != "event" {
        out += "    One of: \(column.values.joined(separator: ", ")).\n"
      }
    }
    out += """

      Events (the event column) and their parameters
      ----------------------------------------------

      """
    for kind in eventKinds {
      out += "\(kind.name)\n    \(kind.parameters)\n"
    }
    out += """

      Times
      -----
      Three clocks, as in every Rapport export: the wall clock (at, UTC); the interview clock
      (session_clock: pauses and outages left out); and the recording time (recording_time:
      the position in the audio file of recording_part, running through pauses, and through
      an outage when the interviewers said the recorder kept going). They all come from the
      same reading of the journal as the chapters and transcripts, so a row's recording_time
      is the time the chapter of that step shows.

      What is not here, and why
      -------------------------
      Paradata describe the process, not what was said. The words typed during the interview
      (notes, flags, cues between the two terminals, skip reasons) are left out; their length
      in characters is kept (text-length, reason-length). The protocol's text is named by its
      SHA-256. Answers and the interviewers' names are kept, and pass through --redact when it
      is given (terms replaced by [REDACTED]). Ids (session, participant, steps) are kept:
      they are pseudonyms and names of things.

      """
    return out
  }

  private static func typeName(_ type: String) -> String {
    switch type {
    case "string": "text"
    case "object": "JSON object"
    case "datetime": "date and time"
    default: type
    }
  }
}
