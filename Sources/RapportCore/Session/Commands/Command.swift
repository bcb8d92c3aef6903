/// Every `/command` either terminal takes, as data: the one place a command is named.
///
/// The lead's parser (`CommandParser`), the supporter's (`SupportCommandParser`), both `/h`
/// lists, Tab completion and the tables in `docs/running-a-session.md` (checked by a test)
/// all read this, so a command added here is parsed, listed and completed everywhere, and a
/// command missing a case in a parser does not compile.
public enum Command: String, CaseIterable, Sendable {
  case next, back, goto, prompt, rephrase, roundUp, skip, flag, note, noteAsSupport, clear, rec
  case pause, resume, time, help, end, saveTo
  case suggest, cue, timeWarning, takeover, quit

  /// What a command takes after its name.
  public enum Argument: Equatable, Sendable {
    case none
    /// Something or nothing, shown as `[PLACEHOLDER]`.
    case optional(String)
    /// Something, shown as `PLACEHOLDER`; `needs` finishes "'/g' needs …" when it is missing.
    case required(String, needs: String)
  }

  /// Every name that is accepted, the long form first (`goto`, `g`).
  public var names: [String] { spec.names }
  /// The names `/h` lists, short first: the others are accepted and completed only.
  public var listedNames: [String] {
    spec.names.filter { !spec.unlisted.contains($0) }.sorted { $0.count < $1.count }
  }
  public var argument: Argument { spec.argument }
  /// The one-line help `/h` shows.
  public var help: String { spec.help }
  /// More for the manual's table, after the help; nil when the help says it all.
  public var detail: String? { spec.detail }
  /// Who may give it: a command of the other role is refused, never saved as a note.
  public var roles: Set<Role> { spec.roles }
  /// A key that does the same (`Enter` moves on), listed before the names.
  public var key: String? { spec.key }

  /// The commands `role` may give, in the order `/h` lists them.
  public static func commands(for role: Role) -> [Command] {
    allCases.filter { $0.roles.contains(role) }
  }

  /// The command called `name` (lowercased, without its `/`), whoever may give it.
  public static func named(_ name: String) -> Command? {
    allCases.first { $0.names.contains(name) }
  }

  private struct Spec {
    var names: [String]
    var unlisted: Set<String> = []
    var argument: Argument = .none
    var help: String
    var detail: String? = nil
    var roles: Set<Role> = [.lead]
    var key: String? = nil
  }

  private static let both: Set<Role> = [.lead, .support]
  private static let text = Argument.required("TEXT", needs: "some text")

  // One row a command: the switch is the table, read top to bottom.
  private var spec: Spec {
    switch self {
    case .next: Spec(names: ["next", "n"], help: "next step", key: "Enter")
    case .back:
      Spec(names: ["back", "b"], help: "previous step (change an answer there)")
    case .goto:
      Spec(
        names: ["goto", "g"], argument: .required("STEP", needs: "a step id, e.g. /g q3"),
        help: "jump to a step (Tab completes ids)")
    case .prompt:
      Spec(
        names: ["prompt", "p"], argument: .required("N", needs: "a number, e.g. /p 2"),
        help: "mark prompt N as asked", detail: "it is shown and ticked")
    case .rephrase:
      Spec(
        names: ["rephrase", "r"], help: "show and mark the rephrasing",
        detail: "when the question is not understood")
    case .roundUp:
      Spec(
        names: ["roundup", "u", "round-up"], unlisted: ["round-up"],
        help: "show and mark the round-up")
    case .skip:
      Spec(names: ["skip", "s"], argument: .optional("REASON"), help: "skip this step")
    case .flag:
      Spec(
        names: ["flag", "f"], argument: .optional("TEXT"),
        help: "flag this moment for the transcriber", detail: "e.g. a sensitive passage",
        roles: Self.both)
    case .note:
      Spec(
        names: ["note"], argument: Self.text, help: "a note where free text is an answer",
        detail: "on survey questions and checklists", roles: Self.both)
    case .noteAsSupport:
      Spec(
        names: ["note-as-support", "ns"], unlisted: ["note-as-support"], argument: Self.text,
        help: "a note by the supporting interviewer", roles: Self.both)
    case .clear:
      Spec(
        names: ["clear"], help: "withdraw this item's answer",
        detail: "the item is unanswered again")
    case .rec:
      Spec(
        names: ["rec"], argument: .optional("stop"),
        help: "the recording has started; /rec stop: it has stopped",
        detail:
          "exports are timed from the mark; `● REC` goes off at the stop and the exports' "
          + "chapters end there; the next `/rec` starts the next part")
    case .pause:
      Spec(
        names: ["pause"], help: "pause: paused time is not counted",
        detail: "it is left out of every timing")
    case .resume: Spec(names: ["resume"], help: "carry on after /pause")
    case .time: Spec(names: ["time", "t"], help: "time against the plan", roles: Self.both)
    case .help:
      Spec(names: ["help", "h", "?"], unlisted: ["?"], help: "these commands", roles: Self.both)
    case .end:
      Spec(
        names: ["end"], help: "end the session (asks first)",
        detail: "lists required steps not done")
    case .saveTo:
      Spec(
        names: ["saveto"],
        argument: .required("PATH", needs: "a folder, e.g. /saveto /media/usb/Responses"),
        help: "disk full? write the session to a new folder under PATH",
        detail: "e.g. a USB stick, and go on there")
    case .suggest:
      Spec(
        names: ["suggest", "sp"],
        argument: .required("N", needs: "a prompt number, e.g. /suggest 2"),
        help: "cue the lead to ask prompt N", roles: [.support])
    case .cue:
      Spec(
        names: ["cue", "c"], argument: .required("TEXT", needs: "the text, e.g. /cue ask more"),
        help: "send the lead a cue", detail: "e.g. `/cue ask about placements`",
        roles: [.support])
    case .timeWarning:
      Spec(
        names: ["time-warning", "tw"], unlisted: ["time-warning"], argument: .optional("TEXT"),
        help: "a time warning to the lead", detail: "without text: how far behind the plan",
        roles: [.support])
    case .takeover:
      Spec(
        names: ["takeover"], help: "drive the session (only if the lead's terminal is gone)",
        detail: "asks to confirm", roles: [.support])
    case .quit:
      Spec(
        names: ["quit", "q"], help: "leave the live view (or Ctrl-D); the session goes on",
        roles: [.support])
    }
  }
}
