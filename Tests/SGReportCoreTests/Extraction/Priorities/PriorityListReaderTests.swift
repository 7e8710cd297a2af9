import Testing
@testable import SGReportCore

@Suite struct PriorityListReaderTests {
    @Test func itemsAfterALeadInNamingPrioritiesArePriorities() {
        let text = """
            Safeguarding Board Annual Report 2018/19

            Executive Summary

            1. During the year the Board concentrated its work on its priorities:
               - Children who go missing from home
               - Neglect of younger children in families under stress
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["Children who go missing from home", "Neglect of younger children in families under stress"])
        #expect(p.allSatisfy { $0.scope == .current && $0.number == nil })
        #expect(p.map(\.line) == [6, 7])
    }

    @Test func aLeadInEndingColonDashIsALeadIn() {
        let text = "Business Strategy 2018-20\n\nThe Business Strategy also identifies two business priorities to:-\n\n"
            + "  1. Provide positive transitional arrangements for local safeguarding;\n  2. Ensure the child's voice influences local safeguarding arrangements.\n"
        let titles = document(text).priorities.map(\.title)
        #expect(titles.count == 2)
        #expect(titles.first?.hasPrefix("Provide positive transitional arrangements") == true)
    }

    @Test func threadsRunningThroughAllPrioritiesAreNoPriorities() {
        let text = "Business Strategy 2018-20\n\nPlease note that the following key threads run through all priorities:-\n\n"
            + "- ensure that our work is child centred;\n- promote multi-agency partnership working;\n"
        #expect(document(text).priorities.isEmpty)
    }

    @Test func theFollowingPrioritiesAreAListWhateverTheWordsBefore() {
        let text = "Minutes\n\nThe Committee were apprised of the LSCB's progress against the following key priorities:\n\n"
            + "• Neglect\n• Child Sexual Exploitation\n• Early Help\n"
        #expect(document(text).priorities.map(\.title) == ["Neglect", "Child Sexual Exploitation", "Early Help"])
    }

    @Test func aLeadInOpeningWithThePrioritiesMayNameWhoseTheyAre() {
        let text = "Annual Report 2019-20\n\nThe priorities for the new partnership are grouped under three key headings:\n\n- Safe at Home\n- Safe in the Community\n- Safe Online\n"
        #expect(document(text).priorities.map(\.title) == ["Safe at Home", "Safe in the Community", "Safe Online"])
    }

    @Test func shortLinesWhoseBulletsWereLostAfterALeadInArePriorities() {
        let text = """
            LSCB Business

            Targeted priorities for 17/18 were confirmed as:

            Early Help

            Disabled children

            Online Safety

            The Board noted the update and thanked the officers for their work on the plan.
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["Early Help", "Disabled children", "Online Safety"])
        #expect(p.map(\.line) == [5, 7, 9])
    }

    @Test func numberedPrioritiesStatedInFullSentencesAreNamedByTheirFirst() {
        let text = """
            High level priorities

            1. Continued integration across the partnership to ensure that children in need are identified at the earliest possible opportunity and families have access to the right service at the right time.

            2. Continued drive to provide support at an early stage to prevent families escalating to a statutory threshold. Support for Lead Practitioners to ensure that services are coordinated around the needs of children.
            """
        let p = document(text).priorities
        #expect(p.map(\.number) == ["1", "2"])
        #expect(p.last?.title == "Continued drive to provide support at an early stage to prevent families escalating to a statutory threshold")
        #expect(p.last?.actions == ["Support for Lead Practitioners to ensure that services are coordinated around the needs of children."])
    }

    @Test func aLeadInOpeningWithThePrioritiesIntroducesThemHoweverLong() {
        let text = """
            Annual Business Plan 2016/17

            The priorities for 2016/17 are placed under our general themes of Improving Practice; Workforce Development; Communication and Engagement; and Governance and Accountability:

            o Scrutiny of transitions between agencies; o An enhanced focus on matters of ethnicity and diversity; and o Plan for the implementation of the Wood review
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == [
            "Scrutiny of transitions between agencies", "An enhanced focus on matters of ethnicity and diversity",
            "Plan for the implementation of the Wood review",
        ])
        #expect(p.allSatisfy { $0.scope == .current && $0.line == 5 })
    }

    @Test func anAgendaItemPresentingAReportGivesItsFollowingYearsPrioritiesAsNext() {
        let text = """
            Agenda item

            Northshire Safeguarding Children Board Annual Report 2017 - 2018

            The report concluded that the Board's priorities for 2018/19 were:

            - To develop a Board fit for change
            - To support the early help offer
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["To develop a Board fit for change", "To support the early help offer"])
        #expect(p.allSatisfy { $0.scope == .next })
    }

    @Test func proposedPrioritiesAreNext() {
        let text = """
            A discussion took place in relation to the Safeguarding Annual Plan, which set out the proposed strategic priorities:

            1.    Learn from experience to improve how we work

            2.    Improve awareness of safeguarding across all communities
            """
        let p = document(text).priorities
        #expect(p.count == 2)
        #expect(p.allSatisfy { $0.scope == .next })
    }

    @Test func aHeadingForTheYearAfterTheReportGivesNextPriorities() {
        let text = """
            Safeguarding Partnership Annual Report 2020-21

            Our Priorities for 2021-22

            - Publish the refreshed neglect strategy and train every school lead in its use.
            - Extend the exploitation hub to young adults.
            """
        let p = document(text).priorities
        #expect(p.map(\.scope) == [.next, .next])
        // A bulleted priority keeps its whole sentence.
        #expect(p.first?.title == "Publish the refreshed neglect strategy and train every school lead in its use")
        #expect(p.first?.section == "Our Priorities for 2021-22")
    }

    @Test func shortSubHeadingsEachDescribedUnderAPrioritiesHeadingArePriorities() {
        let text = """
            Northshire Safeguarding Children Partnership Annual Report 2021-22

            What are our priorities?

            Neglect

            The aim is to reduce neglect and make sure help is offered at the earliest opportunity.

            Voice of the child

            The aim is to keep a clear focus on what children and young people tell us about their lives.

            Exploitation

            The aim is for children to be free from the harm of exploitation, going missing or being trafficked.

            What are we trying to achieve?

            Fewer children subject to a plan for neglect for a second time.
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["Neglect", "Voice of the child", "Exploitation"])
        #expect(p.map(\.line) == [5, 9, 13])
    }

    @Test func subHeadingsWithoutDescriptionsUnderAPrioritiesHeadingAreNotRead() {
        let text = """
            Annual Report 2021-22

            Our priorities

            Introduction

            Background
            """
        #expect(document(text).priorities.isEmpty)
    }

    @Test func areasOfFocusAreThePrioritiesUnderAnotherName() {
        let text = """
            Northshire Safeguarding Children Partnership Annual Report 2021-22

            Areas of focus for 2022-23:

            - Reviewing the safeguarding training offer.
            - Strengthening the local response to neglect.
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["Reviewing the safeguarding training offer", "Strengthening the local response to neglect"])
        #expect(p.allSatisfy { $0.scope == .next })
    }

    @Test func keyAreasToFocusOnAreThePriorities() {
        let text = """
            Northshire Safeguarding Children Business Plan 2020 – 2022

            The Board has identified one joint area (with the adults board) and three key areas to focus its work upon:

            - Domestic abuse ( joint with the adults board)
            - Implementing learning from reviews
            - Neglect
            """
        #expect(document(text).priorities.map(\.title) == [
            "Domestic abuse (joint with the adults board)", "Implementing learning from reviews", "Neglect",
        ])
    }

    @Test func prioritiesForTheComingYearAreNext() {
        let text = "Annual Report 2020-21\n\nThe priorities for the coming year are:\n\n- Domestic abuse\n- Neglect\n"
        #expect(document(text).priorities.map(\.scope) == [.next, .next])
    }

    @Test func theSentenceOpeningTheListIsItsLeadInWhateverTheSentenceBefore() {
        // "performance" before the lead-in's own sentence vetoes nothing; in it, it does ("KPIs and priorities").
        let text = "Annual Report 2014-15\n\nThe LSCB reviews performance data and audit evidence to decide and agree priorities locally. In October 2014, the agreed current priorities are:\n\n- Domestic Abuse\n- Neglect\n"
        #expect(document(text).priorities.map(\.title) == ["Domestic Abuse", "Neglect"])
        let measures = "Annual Report 2014-15\n\nOur performance indicators and priorities are:\n\n- 95% of visits on time\n- Neglect\n"
        #expect(document(measures).priorities.isEmpty)
    }

    @Test func aShortOpenerAfterTheSentenceNamingPrioritiesIntroducesThem() throws {
        let text = """
            Annual Report 2019-20

            This report provides an update on what the partners have done. The report will also provide an update against the partnership's key priority areas outlined in the business plan. These are:

              1. Early Help – providing support as soon as a problem emerges, at any point in a child's life, from the foundation years through to the teenage years, and preventing further problems arising.
              2. Contextual Safeguarding – providing a highly coordinated multi-agency approach to a range of adolescent risks that occur in contexts beyond the family home.
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["Early Help", "Contextual Safeguarding"])
        #expect(p.map(\.number) == ["1", "2"])
        #expect(try #require(p.first).actions.first?.hasPrefix("Providing support as soon as a problem emerges") == true)
    }

    @Test func thingsNamedTogetherBeforeAnOpenerAreNoPriorities() {
        let text = """
            Annual Report 2020-21

            The report sets out the achievements, area of focus and areas of development going forward. These include:

              • Effective partnership arrangements for responding to contextual safeguarding.
              • Effective processes for learning when things go wrong.
            """
        #expect(document(text).priorities.isEmpty)
    }

    @Test func aLeadInEndingInASemicolonStillIntroducesTheList() {
        let text = "Business Plan 2017-18\n\nThe Priorities are;\n\n1. Implementation of the Neglect Strategy\n2. Strengthen our response to Complex Safeguarding\n"
        #expect(document(text).priorities.map(\.title) == ["Implementation of the Neglect Strategy", "Strengthen our response to Complex Safeguarding"])
    }

    @Test func aLeadInSayingWhatThePrioritiesWillBeGivesNextYears() {
        let text = "Annual Report 2025-26\n\nThe priorities for 2025-2026 will be:\n\n- Domestic Abuse\n- Safeguarding through Family Help\n"
        #expect(document(text).priorities.map(\.scope) == [.next, .next])
    }

    @Test("a priority's name is kept apart from its aim, label and full stop", arguments: [
        ("- Child Exploitation - To reduce the risk of children experiencing exploitation.", "Child Exploitation"),
        ("- Overarching priority: Voice of the Child", "Voice of the Child"),
        ("- Domestic Abuse - children as victims.", "Domestic Abuse - children as victims"),
    ])
    func titles(item: String, title: String) {
        let text = "Annual Report 2023-24\n\nOur priorities for 2023-25 are:\n\n" + item + "\n- Neglect\n"
        #expect(document(text).priorities.first?.title == title)
    }

    @Test func activitiesInSupportOfPrioritiesAreNotPriorities() {
        let text = """
            Annual Report 2020-21

            Activities undertaken by the Board to support its priorities

            - Delivery of four multi-agency events to 200 practitioners
            - Completion of the self-assessment audit
            """
        #expect(document(text).priorities.isEmpty)
    }

    @Test func numberedShortItemsUnderAPrioritiesHeadingArePriorities() {
        let text = """
            Annual Report 2020-21

            1. Introduction

            The partnership met often during the year and agreed a wide range of plans and strategies.

            Our Strategic Priorities

            1. Neglect
            2. Child exploitation
            3. Early help
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["Neglect", "Child exploitation", "Early help"])
        #expect(p.map(\.number) == ["1", "2", "3"])
    }

    @Test func anActionPlanPairsEachPriorityWithItsProgress() {
        let text = """
            Partnership Update 2021/22

            Action Plan Key Priorities

            Exploitation Group

            Developing a shared screening tool for all agencies working with young people at risk of exploitation.

            Progress: The tool has been agreed and is now used by police and social care.

            Reviewing the return home interview offer so that every child is seen within three days.

            Progress: A new provider was commissioned in May.

            Audit Group

            - Running themed audits of cases stepped down to early help.

            Progress:

            Two audits have been completed and briefings circulated.

            Completing the audit of referrals at the front door between health, police,

            education and early help partners.

            Progress: Ten referrals are audited each month.
            """
        let p = document(text).priorities
        #expect(p.map(\.line) == [7, 11, 17, 23])
        #expect(p[0].progress == ["The tool has been agreed and is now used by police and social care."])
        #expect(p[2].progress == ["Two audits have been completed and briefings circulated."])
        // A statement broken across two paragraphs by the converter is joined whole.
        #expect(p[3].title == "Completing the audit of referrals at the front door between health, police, education and early help partners")
        #expect(p[0].section == "Action Plan Key Priorities – Exploitation Group")
        #expect(p[3].section == "Action Plan Key Priorities – Audit Group")
    }

    /// The cue test searches for "priorit" and "focus" before it tries each phrase: a phrase without either would
    /// never be seen.
    @Test(arguments: PriorityVocabulary.focusPhrases)
    func everyFocusPhraseSaysPrioritiesOrFocus(_ phrase: String) {
        #expect(phrase.containsFolded("priorit") || phrase.containsFolded("focus"))
    }

    /// The stated number bounds a run of headed priorities, and lets a short sentence describe one.
    @Test(arguments: [
        ("The Partnership agreed three priorities for 2022-24.", ["Neglect", "Exploitation", "Domestic abuse"]),
        ("The Partnership set its priorities in 2021.", ["Neglect", "Exploitation"]),
    ])
    func headedPrioritiesUpToTheStatedNumber(intro: String, titles: [String]) {
        let text = """
            Safeguarding Partnership Annual Report 2022-23

            Strategic priorities

            \(intro)

            Neglect
            We want to identify neglect early and respond effectively. During the year we launched the graded care profile.

            Exploitation
            Children at risk of exploitation are identified and protected by every partner.

            Domestic abuse
            Children living with domestic abuse get help early.

            Learning and improvement

            The Partnership commissioned two rapid reviews.
            """
        #expect(document(text).priorities.map(\.title) == titles)
    }

    @Test(arguments: [("three priorities", 3), ("4 strategic priorities", 4), ("five key priority areas", 5), ("one priority", nil), ("three areas", nil)] as [(String, Int?)])
    func statedCount(text: String, count: Int?) {
        #expect(HeadedPriorityList.statedCount("The board agreed " + text + ".") == count)
    }

    @Test func aSpanOfYearsRunningThroughTheReportsYearIsCurrent() {
        let report = ReportInfo.empty
        #expect(PriorityText.scope(of: "The Partnership had three priorities for 2019-2022", report: report) == nil)
        let text = """
            Safeguarding Children Partnership Annual Report 2019-20

            The Partnership had three priorities for 2019-2022: neglect; making the system work; and contextual safeguarding.
            """
        let p = document(text).priorities
        #expect(p.map(\.title) == ["Neglect", "Making the system work", "Contextual safeguarding"])
        #expect(p.allSatisfy { $0.scope == .current })
    }
}
