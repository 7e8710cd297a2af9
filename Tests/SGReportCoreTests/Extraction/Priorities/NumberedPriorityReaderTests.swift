import Testing
@testable import SGReportCore

@Suite struct NumberedPriorityReaderTests {
    private let report = """
        Safeguarding Partnership Annual Report 2020-21

        2. Progress against our Priorities

        Priority 1: To make sure families get early support when problems first appear

        Intention: what we set out to do this year

        - Publish a new early support offer
        - Train practitioners in the new assessment

        Still to do during 2021-2022

        - Evaluate the new offer with families

        Implementation:

        - 210 practitioners attended the assessment training.

        Impact:

        - Fewer families were re-referred within twelve months.

        Case Study

        A mother of two asked for help with housing and was supported quickly.

        Priority 2 – To respond earlier to children harmed outside the home

        Progress: A joint exploitation panel now meets every fortnight and reviews each referral.

        3. Our Partners
        """

    @Test func readsNumberAndTitleFromTheLine() {
        let p = document(report).priorities
        #expect(p.map(\.number) == ["1", "2"])
        #expect(p.map(\.title) == [
            "To make sure families get early support when problems first appear",
            "To respond earlier to children harmed outside the home",
        ])
        #expect(p.map(\.line) == [5, 28])
    }

    @Test func aSubPriorityLetteredAfterItsNumberKeepsTheLetter() {
        let p = document("Business Plan 2016/17\n\nPRIORITY 1a Early Help and Prevention\n\nTo ensure that the early help offer works.\n\nPRIORITY 1b Neglect\n\nTo reduce neglect.\n").priorities
        #expect(p.map(\.number) == ["1a", "1b"])
        #expect(p.map(\.title) == ["Early Help and Prevention", "Neglect"])
    }

    @Test func intentionAndStillToDoAreActions() {
        let p = document(report).priorities
        #expect(p.first?.actions == [
            "Publish a new early support offer", "Train practitioners in the new assessment",
            "Evaluate the new offer with families",
        ])
    }

    @Test func implementationAndImpactAreProgressAndACaseStudyIsNeither() {
        let p = document(report).priorities
        #expect(p.first?.progress == [
            "210 practitioners attended the assessment training.",
            "Fewer families were re-referred within twelve months.",
        ])
    }

    @Test func progressWrittenAfterItsLabelIsANote() {
        let p = document(report).priorities
        #expect(p.last?.progress == ["A joint exploitation panel now meets every fortnight and reviews each referral."])
    }

    @Test func theSectionIsTheChapterThePriorityStandsIn() {
        let p = document(report).priorities
        #expect(p.first?.section == "2 Progress against our Priorities")
        #expect(p.first?.scope == .current)
    }

    @Test func aPriorityNumberOnItsOwnLineTakesTheNextLineAsTitle() {
        let p = document("Annual Report 2020-21\n\nPriority Three\n\nReducing the harm caused by neglect\n\nProgress: A neglect toolkit was launched in June.\n").priorities
        #expect(p.map(\.title) == ["Reducing the harm caused by neglect"])
        #expect(p.first?.number == "3")
        #expect(p.first?.progress == ["A neglect toolkit was launched in June."])
    }

    @Test func aSentenceAboutAPriorityIsNotOne() {
        let p = document("Annual Report 2020-21\n\nPriority 2 was delayed by the pandemic and the Board agreed to extend it into the next year.\n").priorities
        #expect(p.isEmpty)
    }

    @Test func kpiNumberingIsNotAPriority() {
        let text = """
            Early Help Partnership Annual Report 2021/22

            Key Performance Indicators

            1) Children reach the expected level of development at the two year check
            2) Young people are engaged in education, employment or training
            """
        #expect(document(text).priorities.isEmpty)
    }

    @Test func recommendationsAreNotPriorities() {
        let text = """
            Annual Report 2020-21

            Recommendations

            1. The partnership should review its escalation policy by March.
            2. Agencies should ensure that supervision is recorded on every file.
            """
        #expect(document(text).priorities.isEmpty)
    }
    /// A business plan numbering its priorities as chapters: "1. Strategic Priority: Prevention", sub-headed
    /// "1.1 Aim" / "Action required" / "Expected impact" / "Achievement" / "Lead".
    private let plan = """
        Partnership Business Plan 2021 to 2024

        1. Strategic Priority: Prevention

        1.1 Aim

        Ensure that young people are safeguarded as they move into adulthood.

        Action required

        - review transition processes with adult services

        Expected impact

        Young people's needs are met as they move into adulthood.

        Achievement

        Cross-service meetings for young people aged 16 and over have started.

        Lead

        Northshire Council, all partners

        2. Strategic Priority: Protection

        2.1 Aim

        Ensure that learning from reviews is embedded.

        3. Governance
        """

    @Test func aNumberedHeadingNamesAPriorityWithoutANumberOfItsOwn() {
        let p = document(plan).priorities
        #expect(p.map(\.number) == ["1", "2"])
        #expect(p.map(\.title) == ["Prevention", "Protection"])
    }

    @Test func thePrioritysOwnSubHeadingsAndPlanLabelsSortItsNotes() throws {
        let first = try #require(document(plan).priorities.first)
        #expect(first.actions == [
            "Ensure that young people are safeguarded as they move into adulthood.",
            "review transition processes with adult services",
            "Young people's needs are met as they move into adulthood.",
        ])
        #expect(first.progress == ["Cross-service meetings for young people aged 16 and over have started."])
    }

    @Test func aPriorityRatingIsNoTitle() {
        #expect(document("Safeguarding Plan\n\n1. Priority: High\n\nReview the training offer.\n").priorities.isEmpty)
    }
}
