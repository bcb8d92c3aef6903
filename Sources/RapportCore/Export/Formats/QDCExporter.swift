/// A REFI-QDA codebook (`.qdc`): the protocol as a starting code system, so a team loads
/// the same code list into NVivo, ATLAS.ti, MAXQDA or QualCoder before any transcript
/// exists.
///
/// What an analyst codes an interview by: each open question is a code (its `Description`
/// the question as read aloud), with its prompts and its round-up as child codes; each
/// survey item is a code too (its free-text answers get coded); a section of the protocol
/// is a parent over the questions and items inside it, not codable itself (`isCodable`
/// false: a category in QualCoder, a folder of codes elsewhere); sections with nothing to
/// code are left out. Checklists, markers and ends are the running of the interview, not its content,
/// and have no code. Codes keep the protocol's order.
///
/// A question's code has the GUID and the name of its code in the `.qdpx` project
/// (`GUID.make("code", step)`), so a codebook loaded first and a project imported later
/// agree; the other GUIDs are derived from the same ids, so exporting again gives the same
/// file.
public enum QDCExporter {
  public static let namespace = "urn:QDA-XML:codebook:1.0"

  /// A code and the codes under it.
  struct Code: Equatable {
    var guid: String
    var name: String
    var description: String?
    var children: [Code] = []
    /// False for a section: a group of codes (a QualCoder category), not a code itself.
    var isCodable = true
  }

  /// The codebook of `outline`; `visited` (step id and title, in order of first use)
  /// stands in for the questions when no protocol snapshot could be read, and `protocolID`
  /// names the one code of a protocol with nothing to code (the schema wants one).
  public static func export(
    outline: ProtocolOutline?, visited: [(id: String, title: String)] = [], protocolID: String
  ) -> String {
    var codes = outline.map(codes(of:)) ?? []
    if codes.isEmpty {
      codes = visited.map { Code(guid: GUID.make("code", $0.id), name: $0.title) }
    }
    if codes.isEmpty {
      codes = [
        Code(
          guid: GUID.make("code", "protocol", protocolID), name: protocolID,
          description: "The protocol names no questions.")
      ]
    }
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <CodeBook xmlns="\(namespace)" origin="rapport">
      <Codes>

      """
    for code in codes { write(code, indent: "  ", into: &out) }
    return out + "</Codes>\n</CodeBook>\n"
  }

  /// The question steps (or steps the protocol does not name) visited in `records`, after
  /// `earlier`, in order of first visit: the codes when no protocol snapshot could be read.
  public static func visitedQuestions(
    _ records: [SessionRecord], after earlier: [(id: String, title: String)] = []
  ) -> [(id: String, title: String)] {
    var list = earlier
    for record in records {
      for visit in record.visits where !visit.isAttribute {
        guard visit.kind == nil || visit.kind == .question,
          !list.contains(where: { $0.id == visit.step })
        else { continue }
        list.append((visit.step, visit.title))
      }
    }
    return list
  }

  /// The code tree of a protocol, in its order.
  static func codes(of outline: ProtocolOutline) -> [Code] {
    var inside: [String?: [StepOutline]] = [:]
    for step in outline.steps { inside[step.section, default: []].append(step) }
    func tree(_ parent: String?) -> [Code] {
      (inside[parent] ?? []).compactMap { step -> Code? in
        switch step.kind {
        case .question: return question(step)
        case .item:
          return Code(guid: GUID.make("code", step.id), name: step.id, description: step.text)
        case .section:
          let children = tree(step.id)
          guard !children.isEmpty else { return nil }
          return Code(
            guid: GUID.make("code", step.id), name: title(step), description: nil,
            children: children, isCodable: false)
        case .checklist, .marker, .end: return nil
        }
      }
    }
    return tree(nil)
  }

  /// A question's code, named as in the `.qdpx` project, with its prompts and round-up.
  private static func question(_ step: StepOutline) -> Code {
    var children = step.prompts.enumerated().map { index, prompt in
      Code(
        guid: GUID.make("code", step.id, "prompt", String(index + 1)),
        name: "\(step.id) prompt \(index + 1) — \(prompt)", description: prompt)
    }
    if let roundUp = step.roundUp, !roundUp.isEmpty {
      children.append(
        Code(
          guid: GUID.make("code", step.id, "round-up"), name: "\(step.id) round-up — \(roundUp)",
          description: roundUp))
    }
    return Code(
      guid: GUID.make("code", step.id), name: title(step), description: step.text,
      children: children)
  }

  /// `q1 — Warm up`, or the id alone without a label: the `.qdpx` project's code name.
  static func title(_ step: StepOutline) -> String {
    guard let label = step.label, !label.isEmpty else { return step.id }
    return "\(step.id) — \(label)"
  }

  private static func write(_ code: Code, indent: String, into out: inout String) {
    out += "\(indent)<Code guid=\"\(code.guid)\" name=\"\(XMLText.escape(code.name))\" "
    out += "isCodable=\"\(code.isCodable)\""
    guard code.description != nil || !code.children.isEmpty else { return out += "/>\n" }
    out += ">\n"
    if let description = code.description, !description.isEmpty {
      out += "\(indent)  <Description>\(XMLText.escape(description))</Description>\n"
    }
    for child in code.children { write(child, indent: indent + "  ", into: &out) }
    out += "\(indent)</Code>\n"
  }
}
