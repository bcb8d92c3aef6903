import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// The shipped interview rendered as a guide must carry Appendix 1 of the study word for word.
@Suite struct BelongingGuideTests {
  /// Appendix 1: every question, prompt, rephrasing and the round-up, as the study wrote them.
  static let appendix: [String] = [
    "Can you tell me how you have generally found studying medicine? Is there any particular reason why you chose this medical school?",
    "Confidence with learning, and workload levels?",
    "Have you had any experiences during your time at medical school that made you feel as though you belonged?",
    "Could you tell me a little bit more about that?",
    "What did you learn from that experience?",
    "How has this experience impacted you going forward?",
    "Have you had any experiences during your time at medical school that made you feel as though you didn’t belong?",
    "Have you found anything to be particularly challenging or difficult as a medical student impacted by discrimination?",
    "Can you tell me a bit more about that?",
    "Will/how will that change how you see things or act moving forwards?",
    "What support currently exists for you at medical school? Have you accessed any of these? Has this proved satisfactory/useful?",
    "Are there any structures in particular?",
    "How many of these systems are student-led?",
    "What support currently exists for you outside of the formal support provided by your medical school?",
    "Does the support within medical school or these wider networks foster a greater sense of belonging?",
    "At the moment, how are your working relationships within your medical school?",
    "How do you feel like your professional relationships with your peers are? And then can ask about medical school staff.",
    "And what about your peers?",
    "What about with staff at the medical school?",
    "How are your working relationships on clinical placements?",
    "How do you feel like your professional relationships with the staff on placements are?",
    "With doctors?",
    "And with patients?",
    "Do you feel like you belong in the clinical environment?",
    "At the moment, are there any areas where you feel you could do with more support/supervision to improve your sense of belonging?",
    "Do you feel there is anything lacking in terms of support at your medical school?",
    "And in what areas do you feel you are represented in the curriculum? Can this be improved?",
    "At the moment, how has the experience of being discriminated against impacted your overall feelings regarding your studies at medical school?",
    "How has this impacted your sense of belonging in particular?",
    "Has anything changed for you over your time at university in terms of feeling a sense of belonging?",
    "How has this impacted your feelings about becoming a doctor and being a part of the medical profession?",
    "Is there anything else you’d like to share about your experiences of belonging and support at medical school?",
    "Is there anything you feel we haven’t covered in this interview that we should have?",
    "Do you have any questions that you would like to ask?",
  ]

  static func belonging() throws -> InterviewProtocol {
    let loaded = try ShippedProtocols.load("belonging-interview.yaml")
    return try #require(loaded.protocol)
  }

  @Test func markdownCarriesAppendixOneWordForWord() throws {
    let markdown = GuideFormat.markdown.render(try Self.belonging())
    for line in Self.appendix {
      #expect(markdown.contains(MarkdownText.escape(line)), "missing: \(line)")
    }
  }

  @Test func htmlCarriesAppendixOneWordForWord() throws {
    let html = GuideFormat.html.render(try Self.belonging())
    for line in Self.appendix {
      #expect(html.contains(HTMLGuideRenderer.esc(line)), "missing: \(line)")
    }
  }

  @Test func wrappedTextCarriesAppendixOneWordForWord() throws {
    let text = GuideFormat.text.render(try Self.belonging())
    // Undo the wrapping: drop the read-aloud bars and join the lines with single spaces.
    let joined = text.split(separator: "\n")
      .map { $0.replacingOccurrences(of: "│", with: " ") }
      .joined(separator: " ")
      .split(separator: " ").joined(separator: " ")
    for line in Self.appendix {
      #expect(joined.contains(line), "missing: \(line)")
    }
  }

  @Test func readAloudTextIsSetApartFromRoundUpAndRephrasing() throws {
    let markdown = GuideFormat.markdown.render(try Self.belonging())
    #expect(
      markdown.contains(
        """
        ### 11. Question 8

        `q8` · 5 min · by 0:38

        > **Read aloud:** How are your working relationships on clinical placements?

        **Prompts:**

        1. ☐ With doctors?
        2. ☐ And with patients?

        > **If not understood:** How do you feel like your professional relationships with the staff on placements are?

        > **To round up:** Do you feel like you belong in the clinical environment?
        """))
  }

  @Test func timePlanFitsTheHour() throws {
    let plan = GuidePlan(try Self.belonging())
    #expect(plan.timePlan.count == 12)
    #expect(GuideWording.totals(plan) == "Budgets add up to 53 min of the planned 60 min.")
  }
}
