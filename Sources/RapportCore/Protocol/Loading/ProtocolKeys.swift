/// The keys each part of a protocol file may use, as designers write them (kebab-case).
///
/// One table so the loader, lint's did-you-mean hints and the docs agree on every spelling.
enum ProtocolKeys {
  static let topLevel = [
    "rapport", "id", "title", "version", "duration", "description", "roles", "participant",
    "steps",
  ]
  static let roles = ["lead", "support"]
  static let role = ["instructions"]
  static let participant = ["id-pattern", "example", "attributes"]

  /// Keys every step may carry, whatever its kind.
  static let step = ["id", "when"]
  /// The keys that decide a step's kind; a step has exactly one of them.
  static let kinds = ["ask", "checklist", "marker", "section", "end"]

  static let question = ["label", "ask", "prompts", "rephrase", "round-up", "budget", "note"]
  static let item = [
    "type", "ask", "options", "other", "min", "max", "min-label", "max-label", "required",
    "constraint", "constraint-message", "note",
  ]
  static let checklist = ["checklist", "items", "budget", "note"]
  static let checklistItem = ["text", "required"]
  static let marker = ["marker", "action", "note"]
  static let section = ["section", "steps"]
  static let end = ["end"]

  /// Every key a step of each kind may carry: its own keys plus `id` and `when`.
  static let questionStep = step + question
  static let itemStep = step + item
  static let checklistStep = step + checklist
  static let markerStep = step + marker
  static let sectionStep = step + section
  static let endStep = step + end

  /// For "unknown key" messages: which kind of step a misplaced key belongs to.
  static let ownerOfKey: [String: String] = {
    var owners: [String: String] = [:]
    for (kind, keys) in [
      ("checklist steps", checklist), ("marker steps", marker), ("section steps", section),
      ("survey items (with 'type:')", item), ("open questions", question),
    ] {
      for key in keys { owners[key] = kind }
    }
    return owners
  }()
}
