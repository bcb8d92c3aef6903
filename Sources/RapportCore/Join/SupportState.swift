import Foundation

/// The supporter's terminal as one value: the session, the news it lists, whether a
/// terminal drives, and the question it waits on.
///
/// `rapport join` is a reducer over this state (`SupportDecider.decide` over it), as the
/// lead's terminal is over `SessionState`, so the runner is only read, decide, effect,
/// render, and a test replays the same loop with `SupportScript`. Only `session` and
/// `recent` are folded from the journal; `driverPresent` is what the driver lock said when
/// last looked at, and `question` is set from each decision (a new view starts with none).
public struct SupportState: Equatable, Sendable {
  /// The session as this terminal knows it: the journal folded, own lines included.
  public var session: SessionState
  /// The latest entries that are news (notes, flags, cues, the end), oldest first.
  public private(set) var recent: [JournalEntry]
  /// Whether a terminal held the driver lock when last looked at.
  public var driverPresent: Bool
  /// The question waiting for the next line (`/takeover`'s y/n), or nil.
  public var question: SupportQuestion?

  /// How many news entries are kept (the screen lists the last `SupportScreen.recentCount`).
  static let recentKept = SupportScreen.recentCount * 4

  public init(
    session: SessionState, recent: [JournalEntry] = [], driverPresent: Bool = true,
    question: SupportQuestion? = nil
  ) {
    self.session = session
    self.recent = []
    self.driverPresent = driverPresent
    self.question = question
    recent.suffix(Self.recentKept).forEach { remember($0) }
  }

  /// Folds another terminal's entry into the session and keeps it when it is news.
  public mutating func fold(_ entry: JournalEntry) {
    SessionEngine.fold(entry, into: &session)
    remember(entry)
  }

  /// Keeps an entry already folded into `session` (this terminal's own) when it is news.
  public mutating func remember(_ entry: JournalEntry) {
    guard LiveNews.line(for: entry, state: session) != nil else { return }
    recent.append(entry)
    if recent.count > Self.recentKept { recent.removeFirst() }
  }
}

/// A question the supporter's terminal waits on: the next line is its reply, not a note.
public enum SupportQuestion: Equatable, Sendable {
  /// `/takeover`: y takes the driver lock; anything else, or Ctrl-D, keeps supporting.
  case takeover

  /// The question, shown as the last line of the view; safe to print.
  public var text: String {
    switch self {
    case .takeover: "Take over driving this session from the lead? Type y to confirm."
    }
  }

  /// The prompt its reply is typed at.
  public var prompt: String {
    switch self {
    case .takeover: "confirm (y/n)› "
    }
  }
}
