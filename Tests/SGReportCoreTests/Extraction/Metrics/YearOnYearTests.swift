import Testing
@testable import SGReportCore

/// Two years of one measure in a sentence, the later named by a word pointing back, are one fact and its earlier value.
@Suite struct YearOnYearTests {
    @Test("the later year's figure takes the measure and the earlier year's figure as its previous value", arguments: [
        ("In 2020/21 there were 450 referrals, in 2021/22 the figure rose to 520.", 520.0, "referrals", 450.0, "2020/21", "2021/22"),
        ("In 2015/16 the number of incidents of young people reported missing totalled 693, for 2016/17 the figure dropped to a total of 367 such reports.",
         367, "incidents of young people reported missing", 693, "2015/16", "2016/17"),
    ])
    func folded(text: String, value: Double, label: String, previous: Double, earlier: String, later: String) throws {
        let m = try #require(metric(value, in: text))
        #expect(m.label == label)
        #expect(m.period == later)
        #expect(m.previous == PreviousValue(value: previous, period: earlier))
        #expect(metric(previous, in: text) == nil)
    }

    @Test("figures with measures of their own, or no earlier year, stay apart", arguments: [
        "In 2020/21 there were 450 referrals, in 2021/22 there were 520 assessments.",
        "There were 450 referrals and the figure rose to 520 in 2021/22.",
    ])
    func notFolded(text: String) {
        #expect(metric(450, in: text) != nil)
        #expect(metric(520, in: text) != nil)
    }

    @Test func aPeriodPastAClauseBreakIsTheNextClausesWhenOneStandsBefore() {
        let text = "In 2020/21 there were 450 referrals, in 2021/22 there were 520 assessments."
        #expect(metric(450, in: text)?.period == "2020/21")
        #expect(metric(520, in: text)?.period == "2021/22")
    }

    @Test("an earlier year told after the figure, by 'this figure', is its previous value", arguments: [
        ("In 2009, 77% were subject to action within 7 working days; in 2008 this figure was 78%.", "2009"),
        ("77% were subject to action within 7 working days; in 2007 this figure was 78%.", nil),
    ])
    func earlierYearToldAfter(text: String, period: String?) {
        let found = metrics(text)
        #expect(found.map(\.value) == [77])
        #expect(found.first?.period == period)
        #expect(found.first?.previous?.value == 78)
    }

    @Test func aYearToldWithAChangeForAFigureOfNoYearIsTheLater() {
        let found = metrics("There were 450 referrals; in 2021/22 the figure rose to 520.")
        #expect(found.map(\.value) == [520])
        #expect(found.first?.label == "referrals")
        #expect(found.first?.period == "2021/22")
        #expect(found.first?.previous == PreviousValue(value: 450, period: nil))
    }
}
