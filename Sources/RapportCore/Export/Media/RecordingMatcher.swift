/// Which recording in a `--media` folder belongs to which session.
///
/// The rule (docs/exports.md): a file belongs to a session when its name without the
/// extension is the session folder's name (`P001_belonging-interview_20221003T140509Z.wav`);
/// else when it is the participant ID (`P001.m4a`) and that participant has just the one
/// session among those exported. Names are compared exactly (case included). Only audio and
/// video extensions count; hidden files are passed over. A session with no file, a file
/// that fits no session, and two files that fit one session are warnings, never failures.
public enum RecordingMatcher {
  /// A session being exported, by what a recording may be named after.
  public struct Session: Equatable, Sendable {
    public var folderName: String
    public var participant: String

    public init(folderName: String, participant: String) {
      self.folderName = folderName
      self.participant = participant
    }
  }

  /// The file of each session that has one (folder name to file name), and the warnings.
  public struct Outcome: Equatable, Sendable {
    public var files: [String: String] = [:]
    public var warnings: [String] = []
  }

  public static func match(sessions: [Session], files: [String]) -> Outcome {
    var outcome = Outcome()
    var byStem: [String: [String]] = [:]
    for file in files.sorted() where !file.hasPrefix(".") {
      guard Recording.kind(ofFileNamed: file) != nil else {
        outcome.warnings.append(
          "media: '\(file)' is not an audio or video file (by its extension); left out")
        continue
      }
      byStem[stem(file), default: []].append(file)
    }
    var sessionsOf: [String: Int] = [:]
    for session in sessions { sessionsOf[session.participant, default: 0] += 1 }
    var used: Set<String> = []
    for session in sessions {
      var candidates = byStem[session.folderName] ?? []
      if candidates.isEmpty, sessionsOf[session.participant] == 1 {
        candidates = byStem[session.participant] ?? []
      }
      switch candidates.count {
      case 0:
        outcome.warnings.append(
          "session '\(session.folderName)': no recording in the media folder "
            + "(name it '\(session.folderName).wav', or by the participant ID)")
      case 1:
        outcome.files[session.folderName] = candidates[0]
        used.insert(candidates[0])
      default:
        used.formUnion(candidates)
        outcome.warnings.append(
          "session '\(session.folderName)': more than one recording fits ("
            + candidates.map { "'\($0)'" }.joined(separator: ", ") + "); none is used")
      }
    }
    for file in byStem.values.joined().sorted() where !used.contains(file) {
      let participant = stem(file)
      let count = sessionsOf[participant] ?? 0
      outcome.warnings.append(
        count > 1
          ? "media: '\(file)' could belong to any of the \(count) sessions of \(participant); "
            + "name it after the session folder"
          : "media: '\(file)' fits no session exported; left out")
    }
    return outcome
  }

  /// The name without its last extension.
  static func stem(_ file: String) -> String {
    guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
    return String(file[..<dot])
  }
}
