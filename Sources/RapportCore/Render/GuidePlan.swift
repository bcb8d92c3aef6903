/// What the printed interview guide says, independent of how it is typeset.
///
/// Each output format (markdown, text, HTML) renders this one plan, so the three always
/// agree on numbering, timings and wording; only the typesetting differs.
public struct GuidePlan: Equatable, Sendable {
  public var title: String
  public var id: String
  public var version: String?
  public var duration: PlannedDuration?
  public var description: String?
  public var roles: [Role]
  public var participant: Participant?
  public var blocks: [Block]
  /// Every step with a time budget, in order, with the clock when it should be done by.
  public var timePlan: [TimeSlot]

  /// Instructions for one of the interviewers.
  public struct Role: Equatable, Sendable {
    public var name: String
    public var instructions: String
  }

  /// How to identify the participant and what to record about them.
  public struct Participant: Equatable, Sendable {
    public var idPattern: String?
    public var example: String?
    public var attributes: [Item]
  }

  /// A section heading or a numbered step, in reading order.
  public enum Block: Equatable, Sendable {
    case section(SectionHeading)
    case step(StepEntry)
  }

  public struct SectionHeading: Equatable, Sendable {
    public var title: String
    /// 1 for a top-level section, 2 for a section inside it, and so on.
    public var depth: Int
    /// The `when:` as written, shown as "Only if: …".
    public var condition: String?
  }

  public struct StepEntry: Equatable, Sendable {
    /// Steps are numbered 1, 2, 3… through the whole guide; sections are not numbered.
    public var number: Int
    public var id: String
    /// How many sections enclose the step.
    public var depth: Int
    public var title: String
    public var condition: String?
    public var timing: Timing?
    public var content: Content
  }

  /// A step's own budget and the session clock by which it should be finished.
  public struct Timing: Equatable, Sendable {
    public var budget: PlannedDuration
    public var endsBy: PlannedDuration
  }

  public enum Content: Equatable, Sendable {
    case question(Question)
    case checklist(ChecklistEntry)
    case marker(MarkerEntry)
    case item(Item)
    case end(text: String)
  }

  /// An open question: what to read aloud, and what the interviewer may add.
  public struct Question: Equatable, Sendable {
    public var readAloud: String
    public var prompts: [String]
    public var rephrasings: [String]
    public var roundUp: String?
    public var note: String?
  }

  public struct ChecklistEntry: Equatable, Sendable {
    public var items: [ChecklistLine]
    public var note: String?
  }

  public struct ChecklistLine: Equatable, Sendable {
    public var text: String
    public var required: Bool
  }

  public struct MarkerEntry: Equatable, Sendable {
    public var text: String
    public var startsRecording: Bool
    public var note: String?
  }

  /// A typed question or participant attribute, with the boxes to tick or the line to fill.
  public struct Item: Equatable, Sendable {
    public var id: String
    public var ask: String
    /// What kind of answer, in words: "choose one", "whole number from 1 to 6".
    public var answer: String
    public var options: [Option]
    /// The label of the "other, please specify" choice, which gets a line to write on.
    public var other: String?
    public var required: Bool
    public var condition: String?
    public var check: Check?
    public var note: String?
  }

  public struct Option: Equatable, Sendable {
    public var label: String
    /// The value conditions and exports use, when it differs from the label.
    public var value: String?
  }

  /// An item's `constraint:` and the message shown when it fails.
  public struct Check: Equatable, Sendable {
    public var expression: String
    public var message: String?
  }

  public struct TimeSlot: Equatable, Sendable {
    public var number: Int
    public var id: String
    public var title: String
    public var timing: Timing
  }

  /// The sum of every step's budget, or nil when no step has one.
  public var totalBudget: PlannedDuration? {
    timePlan.last?.timing.endsBy
  }
}
