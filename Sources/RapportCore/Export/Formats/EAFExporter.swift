import Foundation

/// An ELAN annotation file (EAF 3.0): tiers for steps, lead notes, support notes, flags
/// and pauses, time-aligned to the recording, for linguists and analysts who annotate
/// the recording in ELAN. Link the recording in ELAN (Edit › Linked Files).
///
/// Annotations on one tier never overlap (ELAN refuses that): a note lasts three seconds
/// or until the next one on its tier. As in the chapters, what lies wholly before the
/// recording mark is left out.
public enum EAFExporter {
  public static let tiers = ["Steps", "Lead notes", "Support notes", "Flags", "Pauses"]
  static let pointLength = 3000

  public static func export(_ record: SessionRecord) -> String {
    var tierItems: [[(start: Int, end: Int, text: String)]] = Array(repeating: [], count: 5)
    for visit in record.visits where visit.left > 0 || visit.entered >= 0 {
      let revisit = visit.isRevisit ? " (visit \(visit.occurrence))" : ""
      let text = visit.title + revisit + (visit.text.map { ": " + $0 } ?? "")
      tierItems[0].append(
        (TimeCode.milliseconds(visit.entered), TimeCode.milliseconds(visit.left), text))
    }
    for note in record.notes where note.time >= 0 {
      let start = TimeCode.milliseconds(note.time)
      tierItems[note.role == .lead ? 1 : 2].append((start, start + pointLength, note.text))
    }
    for flag in record.flags where flag.time >= 0 {
      let start = TimeCode.milliseconds(flag.time)
      tierItems[3].append((start, start + pointLength, flag.text ?? "flag"))
    }
    for pause in record.pauses where pause.start + pause.seconds > 0 {
      let start = TimeCode.milliseconds(pause.start)
      let end = TimeCode.milliseconds(pause.start + pause.seconds)
      tierItems[4].append((start, end, "paused " + TimeCode.clock(pause.seconds)))
    }
    let laidOut = tierItems.map(layOut)
    let times = Array(Set(laidOut.flatMap { $0.flatMap { [$0.start, $0.end] } })).sorted()
    let slot = Dictionary(uniqueKeysWithValues: times.enumerated().map { ($1, "ts\($0 + 1)") })

    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <ANNOTATION_DOCUMENT AUTHOR="rapport" DATE="\(JournalTimestamp.format(record.startedAt))" \
      FORMAT="3.0" VERSION="3.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">
        <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">
          <PROPERTY NAME="rapport-session">\(XMLText.escape(record.sessionID))</PROPERTY>
          <PROPERTY NAME="rapport-time-base">\(record.timeBase.rawValue)</PROPERTY>
          <PROPERTY NAME="lastUsedAnnotationId">\(laidOut.map(\.count).reduce(0, +))</PROPERTY>
        </HEADER>
        <TIME_ORDER>

      """
    for (index, time) in times.enumerated() {
      xml += "    <TIME_SLOT TIME_SLOT_ID=\"ts\(index + 1)\" TIME_VALUE=\"\(time)\"/>\n"
    }
    xml += "  </TIME_ORDER>\n"
    var annotation = 0
    for (tier, items) in zip(tiers, laidOut) {
      xml += "  <TIER LINGUISTIC_TYPE_REF=\"default-lt\" TIER_ID=\"\(tier)\">\n"
      for item in items {
        annotation += 1
        xml += """
              <ANNOTATION>
                <ALIGNABLE_ANNOTATION ANNOTATION_ID="a\(annotation)" \
          TIME_SLOT_REF1="\(slot[item.start] ?? "")" TIME_SLOT_REF2="\(slot[item.end] ?? "")">
                  <ANNOTATION_VALUE>\(XMLText.escape(item.text))</ANNOTATION_VALUE>
                </ALIGNABLE_ANNOTATION>
              </ANNOTATION>

          """
      }
      xml += "  </TIER>\n"
    }
    xml += """
        <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>
      </ANNOTATION_DOCUMENT>

      """
    return xml
  }

  /// Sorts a tier's items and trims them so none overlaps the next or lasts zero time.
  static func layOut(_ items: [(start: Int, end: Int, text: String)])
    -> [(start: Int, end: Int, text: String)]
  {
    let sorted = items.enumerated().sorted {
      ($0.element.start, $0.offset) < ($1.element.start, $1.offset)
    }
    .map(\.element)
    var result: [(start: Int, end: Int, text: String)] = []
    for (index, item) in sorted.enumerated() {
      let start = max(item.start, result.last?.end ?? 0)
      var end = item.end
      if index + 1 < sorted.count { end = min(end, sorted[index + 1].start) }
      result.append((start, max(end, start + 1), item.text))
    }
    return result
  }
}
