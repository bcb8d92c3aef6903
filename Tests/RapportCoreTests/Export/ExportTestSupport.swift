import Foundation
import RapportCore
import RapportTestSupport

/// The fixture interview as a record, and a place to write export files for the readers.
enum ExportTestSupport {
  static func interview() throws -> SessionRecord {
    try SessionRecordBuilder.build(
      entries: JournalFixtures.interview(), outline: JournalFixtures.interviewOutline)
  }

  static func screening(_ participant: String, school: String, categories: [String] = [])
    throws -> SessionRecord
  {
    try SessionRecordBuilder.build(
      entries: JournalFixtures.screening(
        participant: participant, school: school, categories: categories),
      outline: JournalFixtures.screeningOutline)
  }

  /// Writes `data` as `name` in `folder` and returns its path.
  static func write(_ data: Data, _ name: String, in folder: TemporaryFolder) throws -> String {
    let path = folder.path + "/" + name
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }

  static func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws -> String {
    try write(Data(text.utf8), name, in: folder)
  }
}

/// A cue as `vtt_check.py` and `srt_check.py` print it.
struct ReadCue: Decodable, Equatable {
  var start: Int
  var end: Int
  var lines: [String]
}
