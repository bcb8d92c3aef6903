import Foundation

/// One line of the journal: an event with who wrote it and when.
///
/// Encoded as ONE flat JSON object: the keys `seq`, `writer`, `at`, `clock` next to the
/// event's own keys (`type`, …), which never reuse these four names.
public struct JournalEntry: Codable, Equatable, Hashable, Sendable {
  /// Per-writer sequence number from 1; with `writer` it names the line uniquely even
  /// when two terminals append to one journal.
  public var seq: Int
  /// Who appended the line, e.g. `lead` or `support`.
  public var writer: String
  /// Wall-clock time (UTC), kept to the millisecond so it survives the JSON round trip.
  public var at: Date
  /// The writer's monotonic seconds, continuing from the journal's highest value on resume;
  /// kept for diagnosis. Every time shown or exported comes from `at` (`SessionTimeline`).
  public var clock: Double
  public var event: SessionEvent

  public init(seq: Int, writer: String, at: Date, clock: Double, event: SessionEvent) {
    self.seq = seq
    self.writer = writer
    self.at = JournalTimestamp.roundedToMilliseconds(at)
    self.clock = clock.isFinite ? clock : 0
    self.event = event
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: JournalKey.self)
    let text = try c.decode(String.self, forKey: "at")
    guard let at = JournalTimestamp.parse(text) else {
      throw DecodingError.dataCorruptedError(
        forKey: "at", in: c, debugDescription: "not an ISO 8601 UTC timestamp")
    }
    self.init(
      seq: try c.decode(Int.self, forKey: "seq"),
      writer: try c.decode(String.self, forKey: "writer"),
      at: at,
      clock: try c.decode(Double.self, forKey: "clock"),
      event: try SessionEvent(from: c))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: JournalKey.self)
    try c.encode(seq, forKey: "seq")
    try c.encode(writer, forKey: "writer")
    try c.encode(JournalTimestamp.format(at), forKey: "at")
    try c.encode(clock, forKey: "clock")
    try event.encode(into: &c)
  }
}
