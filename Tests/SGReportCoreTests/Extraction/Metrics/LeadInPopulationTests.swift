import Testing
@testable import SGReportCore

/// A list item that opens with its share and verb is of the population its lead-in names.
@Suite struct LeadInPopulationTests {
    @Test("a lead-in opening 'Of these/the …' names the population", arguments: [
        ("There were 4,531 requests for Early Help. Of these requests for help:", "requests for help"),
        ("Of the services users engaged with Street Teams (in relation to CSE), by the end of the intervention:",
         "services users engaged with Street Teams (in relation to CSE)"),
        ("Of the 1,120 children who left care:", "children who left care"),
    ])
    func population(leadIn: String, expected: String) {
        #expect(LeadInPopulation.named(by: leadIn) == expected)
    }

    @Test("a lead-in that does not open so names none", arguments: [
        "On 31st March 2020, there were:", "The three main reasons for support were:", "Of them:",
    ])
    func noPopulation(leadIn: String) {
        #expect(LeadInPopulation.named(by: leadIn) == nil)
    }

    @Test func itemsOpeningWithTheirVerbTakeThePopulation() {
        let text = "- Of the services users engaged with Street Teams, by the end of the intervention:\n"
            + "  - 71% Made safer choices\n  - 59% were referred via MASH\n  - 12% of parents improved their safety\n"
        #expect(metric(71, in: text)?.label == "services users engaged with Street Teams made safer choices")
        #expect(metric(59, in: text)?.label == "services users engaged with Street Teams referred via MASH")
        // An item with a noun of its own keeps its own words.
        #expect(metric(12, in: text)?.label == "parents improved their safety")
    }

    @Test("a sentence opening 'Of the …,' names the population of the figure after its comma and of its share", arguments: [
        ("Of the 2,800 referrals received in 2021/22, 1,120 (40%) progressed to an assessment.", 1120.0, 40.0,
         "referrals received progressed to an assessment"),
        ("Of the referrals received in the year 2017/18 1,344 (85%) progressed to a social care assessment.", 1344, 85,
         "referrals received progressed to a social care assessment"),
        ("Of the 108 children that had a CP plan, 23 (21%) had been subject to a plan within 2 years.", 23, 21,
         "children that had a CP plan had been subject to a plan within 2 years"),
    ])
    func openingClause(text: String, count: Double, share: Double, label: String) {
        #expect(metric(count, in: text)?.label == label)
        #expect(metric(share, in: text)?.label == label)
    }

    @Test func aFigureWithANounOfItsOwnAfterTheCommaKeepsIt() {
        let text = "Of the 2,800 referrals received in 2021/22, 1,120 children were referred twice."
        #expect(metric(1120, in: text)?.label == "children referred twice")
    }
}
