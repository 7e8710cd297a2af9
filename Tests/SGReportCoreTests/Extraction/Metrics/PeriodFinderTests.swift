import Testing
@testable import SGReportCore

/// The periods of a passage, and which of them are the bases of comparisons rather than a figure's own time.
@Suite struct PeriodFinderTests {
    private func periods(_ text: String) -> [PeriodFinder.Found] {
        PeriodFinder(text: text, tokens: Tokenizer.tokens(text)).periods
    }

    @Test("a span from one date to another is the time counted", arguments: [
        ("From 1 April 2017 to 31 March 2018 there were 9,645 contacts.", "1 April 2017 to 31 March 2018"),
        ("From April 2021 to March 2022, 320 children became subject to a plan.", "April 2021 to March 2022"),
    ])
    func fromDateToDate(text: String, span: String) throws {
        let found = try #require(periods(text).first { $0.label == span })
        #expect(!found.isBase)
    }

    @Test func aPeriodAfterFromAloneIsABase() throws {
        let found = try #require(periods("Referrals have increased from 2018-19.").first)
        #expect(found.isBase)
    }

    @Test func theFiguresOfAFromToSpanSentenceTakeIt() {
        #expect(metric(9645, in: "From 1 April 2017 to 31 March 2018 there were 9,645 contacts made to Children's Social Care.")?.period
            == "1 April 2017 to 31 March 2018")
    }
}
