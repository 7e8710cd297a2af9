import Testing
@testable import SGReportCore

@Suite struct PartialDateTests {
    @Test func writesISOAsFarAsKnown() {
        #expect(PartialDate(year: 2020, month: 3, day: 16)?.iso == "2020-03-16")
        #expect(PartialDate(year: 2019, month: 6)?.iso == "2019-06")
        #expect(PartialDate(year: 2019)?.iso == "2019")
    }

    @Test(arguments: [(2021, 2, 29), (2022, 6, 31), (2022, 13, 1), (2022, 0, 1)])
    func rejectsImpossibleDates(year: Int, month: Int, day: Int) {
        #expect(PartialDate(year: year, month: month, day: day) == nil)
    }

    @Test func acceptsLeapDay() {
        #expect(PartialDate(year: 2020, month: 2, day: 29) != nil)
    }

    @Test func ordersMonthOnlyBeforeItsDays() {
        let june = PartialDate(year: 2019, month: 6)!
        let juneFirst = PartialDate(year: 2019, month: 6, day: 1)!
        #expect(june < juneFirst)
    }
}
