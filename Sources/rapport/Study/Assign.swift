import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Assign: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign",
      abstract: "Assign the lead and the supporting interviewer to a participant.",
      discussion: """
        Refuses an interviewer from the participant's own institution, one person in both \
        roles, and a second assignment (unless --replace); warns when the participant's \
        quota cell is already full. 'rapport run --study' then takes the interviewers \
        from the assignment.
        """)

    @Argument(help: "The participant id, e.g. P001.")
    var participant: String

    @Option(help: "The lead interviewer's id in the study file.")
    var lead: String

    @Option(help: "The supporting interviewer's id in the study file.")
    var support: String

    @Flag(help: "Replace the participant's earlier assignment.")
    var replace = false

    @OptionGroup var options: StudyOptions

    func run() throws {
      let plan = try options.load().plan
      let (_, ledger) = try options.ledger(plan)
      let problems = try StandardError.failing {
        try ledger.update { current in
          let problems = AssignmentRules.check(
            participant: participant, lead: lead, support: support, plan: plan,
            ledger: current, replacing: replace)
          guard !problems.contains(where: \.isRefusal) else { return (nil, problems) }
          let entry = StudyLedgerEntry(
            type: .assigned, participant: participant, lead: lead, support: support,
            replaces: replace ? true : nil, at: StudyLedgerFile.stamp())
          return (entry, problems)
        }
      }
      for problem in problems where !problem.isRefusal { StandardError.warning(problem.message) }
      // A line that cannot be read may hide an earlier assignment of this participant.
      let damaged = (try? ledger.read().damagedLines) ?? []
      if let first = damaged.first {
        StandardError.warning(
          "\(first.location.file):\(first.location.line): the study ledger has \(damaged.count) "
            + "damaged line(s), which may hide an earlier assignment (see 'rapport study status')")
      }
      let refusals = problems.filter(\.isRefusal)
      guard refusals.isEmpty else {
        refusals.dropLast().forEach { StandardError.write("error: " + $0.message) }
        try StandardError.fail(refusals[refusals.count - 1].message + "; nothing was assigned")
      }
      print(TerminalText.message("Assigned \(participant): lead \(lead), support \(support)."))
    }
  }
}
