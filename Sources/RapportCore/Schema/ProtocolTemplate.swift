/// The starting point `rapport new` writes: a small protocol that lints clean and shows,
/// with comments, an example of every kind of step.
public enum ProtocolTemplate {
  /// The template for a protocol named after `fileName` (e.g. `my-study.yaml` → `my-study`).
  public static func text(forFileName fileName: String?) -> String {
    let id = suggestedID(forFileName: fileName)
    var title = id.split(separator: "-").joined(separator: " ")
    if let first = title.first { title = first.uppercased() + title.dropFirst() }
    return
      template
      .replacingPlaceholder("{{id}}", with: id)
      .replacingPlaceholder("{{title}}", with: title)
  }

  /// A valid protocol id from a file name, or `my-protocol` when none can be made.
  public static func suggestedID(forFileName fileName: String?) -> String {
    guard var name = fileName?.split(separator: "/").last.map(String.init) else {
      return "my-protocol"
    }
    for suffix in [".yaml", ".yml", ".json"] where name.lowercased().hasSuffix(suffix) {
      name = String(name.dropLast(suffix.count))
    }
    var id = ""
    for character in name.lowercased() {
      if character.isASCII, character.isLetter || character.isNumber {
        id.append(character)
      } else if !id.isEmpty, id.last != "-" {
        id.append("-")
      }
    }
    while id.last == "-" { id.removeLast() }
    return id.isEmpty ? "my-protocol" : id
  }

  private static let template = """
    # yaml-language-server: $schema=rapport-protocol.schema.json
    #
    # A new Rapport protocol. Lines starting with # are comments.
    #   Check it:                     rapport lint FILE
    #   Print the interviewer guide:  rapport render FILE --format html --output guide.html
    #   Completion in your editor:    rapport schema > rapport-protocol.schema.json
    #                                 (saved next to this file, for the line at the top)
    # Every key is explained in docs/protocol-format.md.

    rapport: 1                  # the format version of this file; leave it at 1
    id: {{id}}
    title: {{title}}
    version: "0.1"
    duration: 30m               # planned length of a session: 45m, 1h, 1h30m
    description: >-
      What this protocol is for, in a sentence or two. Text can run over several
      lines when the key ends with >- like this one.

    roles:
      lead:
        instructions: Read each question aloud and keep an eye on the time.
      support:
        instructions: Add follow-up prompts and handle any technical difficulties.

    participant:
      id-pattern: "P[0-9]{3}"   # every participant ID must match this pattern
      example: P001
      attributes:               # recorded once for each participant
        - id: year
          type: integer
          ask: Year of study
          min: 1
          max: 6
          required: true

    steps:
      # A checklist: things to tick off. Items are required unless marked otherwise.
      - id: consent
        checklist: Consent
        items:
          - Consent form received
          - text: Verbal consent to record obtained
            required: true
          - text: A glass of water offered
            required: false

      # A marker: a moment to act on. This one marks where the recording starts.
      - id: start-recording
        marker: Start the recording now.
        action: start-recording

      # An open question, read aloud, with prompts, a rephrasing and a round-up.
      - id: q1
        label: Warm up
        ask: How have you found your studies so far?
        prompts:
          - Could you tell me a little bit more about that?
          - What did you learn from that experience?
        rephrase: How is your course going at the moment?
        round-up: Is there anything else about that you would like to add?
        budget: 5m
        note: Notes are for the interviewers only and are never read aloud.

      # Survey items: typed questions whose answers are recorded.
      - id: support-used
        type: multiple-choice
        ask: Which kinds of support have you used?
        options:
          - tutor: Personal tutor      # value: label (conditions use the value)
          - peers: Peer mentoring
          - welfare: Welfare service
        other: Other, please specify

      - id: satisfaction
        type: scale
        ask: How satisfied are you with the support you have had?
        min: 1
        max: 5
        min-label: Not at all
        max-label: Completely
        required: true
        constraint: satisfaction >= 1 and satisfaction <= 5
        constraint-message: Please choose a number from 1 to 5.

      # A step with `when:` is shown only when the condition holds. A condition that
      # starts with a double quote must itself be quoted with single quotes.
      - id: q2
        when: '"welfare" in support-used'
        ask: How did you find the welfare service?
        prompts:
          - Would you recommend it to others?
        budget: 3m

      # A section groups steps under a heading; its `when:` applies to all of them.
      - id: senior
        section: For students in year 3 and above
        when: year >= 3
        steps:
          - id: q3
            ask: How are your working relationships on clinical placements?
            prompts:
              - With doctors?
              - And with patients?
            budget: 5m

      - id: questions
        type: yes-no
        ask: Do you have any questions for us?

      # This marker marks where the recording stops; exports end their chapters here.
      - id: stop-recording
        marker: Stop the recording now.
        action: stop-recording

      - id: debrief
        checklist: Debrief
        items:
          - Support information shared
          - text: Participant's questions answered
            required: false

      # An end step: the session ends when it is reached.
      - id: finished
        end: Thank you for taking part.

    """
}

extension String {
  /// Every occurrence of `placeholder` replaced, without Foundation.
  fileprivate func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
    split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
  }
}
