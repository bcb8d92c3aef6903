/// A screen whose first lines, the status, stay at the top while everything below scrolls.
///
/// The interview clock lives on the status line and must tick with no key pressed. With
/// the status lines outside the terminal's scrolling region (DECSTBM), messages and the
/// line being typed scroll beneath them, so the clock can be rewritten in place at any
/// moment, between the cursor's save and restore, without touching the typed line.
public struct PinnedStatusScreen: Equatable, Sendable {
  /// The status lines on screen now; empty before the first draw.
  public private(set) var pinned: [String] = []

  public init() {}

  /// Whether a scrolling region is set, to be released when the session's screen goes.
  public var isActive: Bool { !pinned.isEmpty }

  /// Clears the terminal and draws `screen`, whose first lines are `status`, pinning them.
  ///
  /// A terminal too short to pin the status and still show some lines below it gets no
  /// region: the screen then simply scrolls, as on a dumb terminal.
  public mutating func draw(_ screen: String, status: [String], height: Int) -> String {
    let esc = "\u{1B}["
    var text = esc + "r" + esc + "H" + esc + "2J"
    if height >= status.count + 4, !status.isEmpty {
      // Setting the region moves the cursor home, where the screen starts.
      text += esc + "\(status.count + 1);\(height)r" + esc + "H"
      pinned = status
    } else {
      pinned = []
    }
    return text + screen
  }

  /// Rewrites the pinned status lines in place; nil when they are unchanged, or when the
  /// new status needs another number of lines (then the caller draws the screen anew).
  public mutating func update(status: [String]) -> String? {
    guard isActive, status.count == pinned.count, status != pinned else { return nil }
    var text = "\u{1B}7"
    for (row, line) in status.enumerated() {
      text += "\u{1B}[\(row + 1);1H\u{1B}[2K" + line
    }
    pinned = status
    return text + "\u{1B}8"
  }

  /// Whether `status` can replace the pinned lines in place.
  public func fits(_ status: [String]) -> Bool {
    isActive && status.count == pinned.count
  }

  /// Gives the whole window back to scrolling, leaving the cursor where it is.
  public mutating func release() -> String {
    guard isActive else { return "" }
    pinned = []
    return "\u{1B}7\u{1B}[r\u{1B}8"
  }
}
