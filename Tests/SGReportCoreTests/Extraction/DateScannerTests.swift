import Testing
@testable import SGReportCore

@Suite struct DateScannerTests {
    private func dates(_ text: String, year: Int? = nil) -> [String] {
        DateScanner.scan(text).compactMap { $0.date(defaultYear: year)?.iso }
    }

    @Test(arguments: [
        ("18th August 2021", "2021-08-18"),
        ("Tuesday 2 June 2020", "2020-06-02"),
        ("Tuesday, 10 May 2022, 2.00 pm", "2022-05-10"),
        ("10 MAY 2022", "2022-05-10"),
        ("as of the 1st of September 2022 we", "2022-09-01"),
        ("took place on 22/06/22", "2022-06-22"),
        ("on 16/03/2020", "2020-03-16"),
        ("held in June 2019", "2019-06"),
        ("Date: August 2017", "2017-08"),
        ("21 st June 2022", "2022-06-21"),
        ("September 13, 2022", "2022-09-13"),
    ])
    func readsDates(text: String, iso: String) {
        #expect(dates(text) == [iso])
    }

    @Test("days listed before a date share its month and year", arguments: [
        ("held on 15 and 29 January 2020", ["2020-01-15"]),
        ("on 7, 8 and 15th December 2016", ["2016-12-07", "2016-12-08"]),
        ("groups 150 and 29 January 2020", []),
        ("on 29 January 2020", []),
    ])
    func daysListedBeforeADate(text: String, expected: [String]) {
        let t = Tokenizer.tokens(text)
        let listed = DateScanner.scan(t).flatMap { DateScanner.daysListed(before: $0, in: t) }
        #expect(listed.compactMap { $0.date()?.iso } == expected)
    }

    @Test func aMissingYearComesFromTheCaller() {
        #expect(dates("7th June – Worcester City", year: 2022) == ["2022-06-07"])
        #expect(dates("7th June – Worcester City").isEmpty)
    }

    @Test(arguments: ["we may see 2 may attend", "section 2.2.1 says", "2019/20 figures", "rated 3/4", "version 1.2.3"])
    func ignoresNumbersThatAreNotDates(text: String) {
        #expect(dates(text, year: 2020).isEmpty)
    }

    @Test func rejectsImpossibleDays() {
        #expect(dates("31 June 2020").isEmpty)
    }
}

@Suite struct PeriodScannerTests {
    @Test(arguments: [
        ("Annual Report 2016/17", "2016/17"),
        ("in 2019-20 there were", "2019-20"),
        ("Annual Report 2019 – 2020", "2019-20"),
        ("Improvement Plan 2019/2020", "2019/20"),
        ("for 1999-00", "1999-00"),
        // Older reports shorten the second year to one digit.
        ("referrals in 2007-8 rose", "2007-08"),
        ("in 2009/0 there were", "2009/10"),
    ])
    func readsFinancialYears(text: String, label: String) {
        let p = PeriodScanner.scan(text).first?.period
        #expect(p?.label == label)
        #expect(p?.start?.month == 4 && p?.start?.day == 1)
        #expect(p?.end?.month == 3 && p?.end?.day == 31)
        #expect(p.flatMap { $0.end?.year } == p.flatMap { $0.start.map { $0.year + 1 } })
    }

    @Test("a one-digit second year is a year only written tight and one year on", arguments: ["in 2007 - 8 cases", "in 2007-9 there", "in 2007-3 there"])
    func looseShortYearsAreNoPeriod(text: String) {
        #expect(PeriodScanner.scan(text).allSatisfy { !$0.isFinancialYear })
    }

    @Test func readsAnExplicitRange() {
        let p = PeriodScanner.scan("covers the period 1st April 2019 to 31st March 2020.").first?.period
        #expect(p?.start?.iso == "2019-04-01")
        #expect(p?.end?.iso == "2020-03-31")
    }

    @Test func aMonthRangeRunsToTheEndOfItsLastMonth() {
        let p = PeriodScanner.scan("April 2019 – March 2020").first?.period
        #expect(p?.start?.iso == "2019-04-01")
        #expect(p?.end?.iso == "2020-03-31")
    }

    @Test(arguments: ["2019-2021", "2018/20", "01905 844965", "2019-20-21"])
    func nonConsecutiveYearsAreNoPeriod(text: String) {
        #expect(PeriodScanner.scan(text).isEmpty)
    }
}

@Suite("DateScanner.mightHoldDate")
struct MightHoldDateTests {
    @Test("is true wherever scan can find a date", arguments: [
        "met on 22/06/22", "in August", "JUNE 2019", "Tuesday 2 June", "Sept 2020", "the 3rd", "since Dec",
    ])
    func trueBeforeDates(text: String) {
        #expect(DateScanner.mightHoldDate(text))
    }

    @Test("is false for text with no digit and no capitalised month", arguments: [
        "The Board met and agreed its priorities.", "we may review this in march", "", "Ju", "é’ – “”",
    ])
    func falseWithoutDates(text: String) {
        #expect(!DateScanner.mightHoldDate(text))
        #expect(DateScanner.scan(text).isEmpty)
    }
}
