/// Where each question visit's part of a session's text lies, in Unicode code points (the
/// positions REFI-QDA selections count).
struct QDPXSection: Equatable {
  var step: String
  var visit: Int
  var codeName: String
  var name: String
  var start: Int
  var end: Int
}

enum QDPXSections {
  /// One section per visit of a question (or unknown) step: from its heading to the next.
  static func sections(of record: SessionRecord, blocks: [TranscriptTemplate.Block], text: String)
    -> [QDPXSection]
  {
    let headings = blocks.enumerated().compactMap { index, block -> (Int, String)? in
      switch block {
      case .stepHeading(let title), .heading(let title): (index, title)
      default: nil
      }
    }
    let scalars = Array(text.unicodeScalars)
    var positions: [Int] = []
    var from = 0
    for (_, title) in headings {
      let target = Array(TextExporter.render(.stepHeading(title)).unicodeScalars)
      let found = find(target, in: scalars, from: from) ?? from
      positions.append(found)
      from = found + target.count
    }
    let visits = record.visits.enumerated().filter { !$0.element.isAttribute }
    var sections: [QDPXSection] = []
    var stepCounter = 0
    for (index, (blockIndex, title)) in headings.enumerated() {
      guard case .stepHeading = blocks[blockIndex], stepCounter < visits.count else { continue }
      let (visitIndex, visit) = visits[stepCounter]
      stepCounter += 1
      guard visit.kind == nil || visit.kind == .question else { continue }
      let end = index + 1 < positions.count ? positions[index + 1] : scalars.count
      sections.append(
        QDPXSection(
          step: visit.step, visit: visitIndex + 1, codeName: visit.title, name: title,
          start: positions[index], end: max(positions[index], end)))
    }
    return sections
  }

  private static func find(_ target: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int) -> Int?
  {
    guard !target.isEmpty, text.count >= target.count else { return nil }
    var start = from
    while start + target.count <= text.count {
      if text[start] == target[0], Array(text[start..<start + target.count]) == target {
        return start
      }
      start += 1
    }
    return nil
  }
}
