import Foundation
import RapportCore
import Testing

/// `rapport study table` rebuilds the reference study's Table 1 from sessions, and reports
/// its defects (P008 given to two people, P014 missing) instead of hiding them.
@Suite struct ParticipantTableTests {
  /// The reference study's Table 1, as published.
  static let published: [(String, String, String, Int)] = [
    ("P001", "Male", "Imperial College London", 1),
    ("P002", "Non-Binary", "Imperial College London", 2),
    ("P003", "Male", "Imperial College London", 3),
    ("P004", "Non-Binary", "Imperial College London", 4),
    ("P005", "Female", "Imperial College London", 5),
    ("P006", "Female", "University College London", 1),
    ("P007", "Female", "University College London", 2),
    ("P008", "Male", "University College London", 3),
    ("P008", "Female", "University College London", 4),
    ("P009", "Male", "University of Nottingham and Lincoln Medical Schools", 1),
    ("P010", "Female", "University of Nottingham and Lincoln Medical Schools", 2),
    ("P011", "Female", "University of Nottingham and Lincoln Medical Schools", 3),
    ("P012", "Female", "University of Nottingham and Lincoln Medical Schools", 4),
    ("P013", "Female", "University of Dundee", 1),
    ("P015", "Female", "University of Dundee", 2),
    ("P016", "Female", "University of Dundee", 3),
    ("P017", "Female", "University of Dundee", 4),
  ]

  static func session(
    _ id: String, _ gender: String?, _ school: String?, _ year: Int?, index: Int,
    folder: String = "Responses", status: SessionRecord.Status = .completed
  ) -> StudySession {
    var attributes: [SessionRecord.Answer] = []
    if let gender {
      attributes.append(.init(item: "gender", value: .text(gender), display: gender, time: 0))
    }
    if let school {
      attributes.append(.init(item: "school", value: .text(school), display: school, time: 0))
    }
    if let year {
      attributes.append(
        .init(item: "year", value: .number(Double(year)), display: String(year), time: 0))
    }
    let record = SessionRecord(
      sessionID: "\(id)_belonging-interview_2022100\(index % 10)T10000\(index % 10)Z",
      protocolID: "belonging-interview", protocolSHA256: "", participant: id,
      startedAt: Date(timeIntervalSince1970: Double(index)), status: status,
      attributes: attributes)
    return StudySession(folder: folder, record: record, isLive: false)
  }

  static func table(_ sessions: [StudySession], ledger: StudyLedger = StudyLedger()) throws
    -> ParticipantTable
  {
    let result = try StudyFixtures.shipped()
    return ParticipantTable(
      plan: try #require(result.plan), interview: try #require(result.interview?.model),
      ledger: ledger, sessions: sessions)
  }

  @Test func thePublishedTableIsRebuiltWithItsTwoDefects() throws {
    let sessions = Self.published.enumerated().map {
      Self.session($1.0, $1.1, $1.2, $1.3, index: $0)
    }
    let table = try Self.table(sessions)
    #expect(
      table.header == [
        "Participant", "Gender", "Medical school", "Year group in the academic year 2021–2022",
      ])
    #expect(table.rows == Self.published.map { [$0.0, $0.1, $0.2, String($0.3)] })
    #expect(
      table.defects.map(\.message) == [
        "participant id 'P008' has sessions with different 'gender', 'year': one id for two "
          + "people, or conflicting attributes (both rows are shown)",
        "participant ids missing from the sequence: P014",
      ])
  }

  @Test func theMarkdownTableListsTheDefects() throws {
    let sessions = Self.published.prefix(2).enumerated().map {
      Self.session($1.0, $1.1, $1.2, $1.3, index: $0)
    }
    let markdown = try Self.table(sessions).markdown(title: "Table 1")
    #expect(
      markdown.hasPrefix(
        """
        # Table 1

        | Participant | Gender | Medical school | Year group in the academic year 2021–2022 |
        |---|---|---|---|
        | P001 | Male | Imperial College London | 1 |
        | P002 | Non-Binary | Imperial College London | 2 |

        ## Data defects

        - quota cell year 3 at imperial has 0 of 1 (open)
        """))
  }

  @Test func sessionsWithoutAttributesScreeningMismatchesAndCellsOutsideThePlanAreDefects() throws {
    let ledger = StudyFixtures.ledger([
      StudyFixtures.enrolled("P001", "imperial", 1), StudyFixtures.enrolled("P002", "ucl", 4),
    ])
    let sessions = [
      Self.session("P001", "Male", "Imperial College London", 2, index: 1),
      Self.session("P002", nil, nil, nil, index: 2),
      Self.session("P003", "Female", "University College London", 5, index: 3),
      Self.session("P003", "Female", "University College London", 5, index: 3, folder: "Site-B"),
    ]
    let messages = try Self.table(sessions, ledger: ledger).defects.map(\.message)
    #expect(
      messages.contains(
        "session 'P003_belonging-interview_20221003T100003Z' is in 2 folders: 'Responses', 'Site-B' (counted once)"
      ))
    #expect(
      messages.contains(
        "participant 'P001': the interview gives a different 'year' than the screening"))
    #expect(
      messages.contains(
        "session 'P002_belonging-interview_20221002T100002Z' of 'P002' records no participant attributes"
      ))
    #expect(
      messages.contains(
        "participant 'P003' (session 'P003_belonging-interview_20221003T100003Z') was not given an id by the screening"
      ))
    #expect(messages.contains("participant 'P003' falls in no quota cell of the plan"))
    #expect(
      !messages.contains { $0.contains("Female") || $0.contains("Male") },
      "no attribute values in messages")
  }

  @Test func theCSVIsTheTableAlone() throws {
    let sessions = [Self.session("P001", "Male", "Imperial College London", 1, index: 1)]
    #expect(
      try Self.table(sessions).csv
        == "Participant,Gender,Medical school,Year group in the academic year 2021–2022\r\nP001,Male,Imperial College London,1\r\n"
    )
  }
}
