import Testing
@testable import SGReportCore

/// A business plan names its priorities once, then answers each question for every priority in turn, naming it
/// again. Synthetic plan in the layout of a partnership's strategic plan on a page.
@Suite struct RepeatedTitleNotesReaderTests {
    private let plan = """
        Northshire Safeguarding Children Partnership Business Plan 2019-20

        What are our priorities?

        Exploitation

        The aim is for children to be free from the risk and harm of exploitation

        Neglect

        The aim is to reduce neglect and the harm it does

        What are we trying to achieve?

        Exploitation

        1. Track the number of children subject to exploitation
        2. Reduce the number of children who go missing more than once

        Neglect

        1. Reduce the number of child protection plans for neglect

        What are we going to do?

        Exploitation

        Prepare – strengthen the identification of those at risk

        Neglect

        Understand neglect – understand the local picture

        3. Governance of the Partnership

        The Partnership meets every quarter.
        """

    @Test func answersUnderARepeatedNameAreThatPrioritysActions() {
        let p = document(plan).priorities
        #expect(p.map(\.title) == ["Exploitation", "Neglect"])
        #expect(p.first?.actions.suffix(3) == [
            "Track the number of children subject to exploitation",
            "Reduce the number of children who go missing more than once",
            "Prepare – strengthen the identification of those at risk",
        ])
        #expect(p.last?.actions.suffix(2) == [
            "Reduce the number of child protection plans for neglect", "Understand neglect – understand the local picture",
        ])
    }

    @Test func theNextNumberedChapterEndsTheAnswers() {
        let p = document(plan).priorities
        #expect(!p.flatMap(\.actions).contains { $0.contains("Governance") || $0.contains("every quarter") })
    }
}
