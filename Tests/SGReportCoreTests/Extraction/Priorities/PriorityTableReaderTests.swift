import Testing
@testable import SGReportCore

@Suite struct PriorityTableReaderTests {
    private let agencyTable = """
        Safeguarding Board Annual Report 2018/19

        The Board asked each agency to report on the areas it chose to develop during the year.

        Appendix 4 Single Agency Priorities

        Development area as outlined in 2017/18 Annual Report\tResponses and Achievements
        Fire Service\t
        <p>Deliver safeguarding training to all crews</p> <p>Review the referral pathway</p>\t<p>Achieved; every crew was trained by March.</p> <p>Partially achieved; the pathway is drafted.</p>
        Youth Offending Service\t
        <p>Improve recording of the voice of the child</p>\t<p>No response provided</p>
        """

    @Test func eachParagraphOfThePriorityCellIsAPriority() {
        let p = document(agencyTable).priorities
        #expect(p.map(\.title) == [
            "Deliver safeguarding training to all crews", "Review the referral pathway",
            "Improve recording of the voice of the child",
        ])
        #expect(p.map(\.line) == [9, 9, 11])
    }

    @Test func achievementWordsGiveStatusInOrder() {
        let p = document(agencyTable).priorities
        #expect(p.map(\.status) == [.complete, .inProgress, nil])
    }

    @Test func theAgencyRowIsContext() {
        let p = document(agencyTable).priorities
        #expect(p.first?.section == "Appendix 4 Single Agency Priorities – Fire Service")
        #expect(p.last?.section == "Appendix 4 Single Agency Priorities – Youth Offending Service")
        #expect(p.first?.progress == ["Achieved; every crew was trained by March.", "Partially achieved; the pathway is drafted."])
        #expect(p.last?.progress == [])
    }

    @Test func aRagColumnGivesStatusAndDirectionOfTravelIsANote() {
        let text = """
            Partnership Annual Report 2020-21

            Priority\tUpdate\tRAG\tDirection of travel
            Neglect\tThe toolkit is in use in all localities.\tAmber\tImproving
            Exploitation\tThe hub opened in January.\tGreen\tNo change
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["Neglect", "Exploitation"])
        #expect(p.map(\.status) == [.amber, .green])
        #expect(p.first?.progress == ["The toolkit is in use in all localities.", "Direction of travel: Improving"])
    }

    @Test func otherTablesAreNotPriorities() {
        let text = """
            Annual Report 2020-21

            Agency\tMeetings attended\tPercentage
            Police\t4/4\t100%
            Health\t3/4\t75%
            """
        #expect(document(text).priorities.isEmpty)
    }
}
