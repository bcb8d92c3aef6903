/// One interview session as the study sees it: where it is, what its journal says, and
/// whether a terminal is driving it now.
public struct StudySession: Sendable {
  /// How the interview stands, for `study status`.
  public enum Progress: String, Sendable, Codable {
    case done
    case endedEarly = "ended-early"
    case inProgress = "in-progress"
    case interrupted
  }

  /// The responses folder it was found in.
  public var folder: String
  public var record: SessionRecord
  /// True when a process holds the session's driver lock.
  public var isLive: Bool

  public init(folder: String, record: SessionRecord, isLive: Bool) {
    self.folder = folder
    self.record = record
    self.isLive = isLive
  }

  public var name: String { record.sessionID }
  public var participant: String { record.participant }

  public var progress: Progress {
    switch record.status {
    case .completed, .screenedOut: .done
    case .endedEarly: .endedEarly
    case .inProgress: isLive ? .inProgress : .interrupted
    }
  }

  /// Whether the compensation checklist item was ticked (last tick or untick wins); nil
  /// when the study names no such item.
  public func compensationTicked(_ compensation: StudyCompensation?) -> Bool? {
    guard let step = compensation?.step?.value, let item = compensation?.item?.value else {
      return nil
    }
    var ticked = false
    for visit in record.visits where visit.step == step {
      for moment in visit.moments {
        if case .checked(item, _, let isChecked) = moment.kind { ticked = isChecked }
      }
    }
    return ticked
  }

  /// Sessions of several responses folders, each once: a session found in two folders
  /// (copied between sites) is kept from the first and reported with both folders.
  public static func combine(_ sessions: [StudySession]) -> (
    sessions: [StudySession], duplicates: [(name: String, folders: [String])]
  ) {
    var kept: [StudySession] = []
    var folders: [String: [String]] = [:]
    var order: [String] = []
    for session in sessions {
      WorkCount.visit()
      if folders[session.name] == nil {
        order.append(session.name)
        kept.append(session)
      }
      folders[session.name, default: []].append(session.folder)
    }
    let duplicates = order.compactMap { name in
      folders[name].flatMap { $0.count > 1 ? (name, $0) : nil }
    }
    return (kept, duplicates)
  }
}
