import Foundation
import RapportCore

/// Reads the journals a real `rapport` process wrote, for end-to-end assertions.
public enum JournalInspection {
  /// Every session folder (with a journal) under `responses`, sorted by name.
  public static func sessionFolders(in responses: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: responses)) ?? []
    return names.sorted().map { "\(responses)/\($0)" }.filter {
      FileManager.default.fileExists(atPath: "\($0)/journal.jsonl")
    }
  }

  /// The decoded journal of one session folder.
  public static func read(_ folder: String) throws -> JournalReadResult {
    JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/journal.jsonl")))
  }

  /// The notes in journal order, as (step, role, text).
  public static func notes(_ entries: [JournalEntry]) -> [(String?, Role, String)] {
    entries.compactMap { entry in
      if case .noted(let step, let role, let text) = entry.event { return (step, role, text) }
      return nil
    }
  }

  /// The steps entered, in order (attributes included).
  public static func stepsEntered(_ entries: [JournalEntry]) -> [String] {
    entries.compactMap { entry in
      if case .stepEntered(let step) = entry.event { return step }
      return nil
    }
  }
}
