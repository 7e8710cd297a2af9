import Testing
@testable import SGReportCore

/// Earlier values, benchmarks, targets, periods and trends written beside a figure belong to it.
@Suite struct ContextReaderTests {
    @Test func fromToMakesTheFirstValueThePrevious() {
        let found = metrics("The proportion of re-referrals increased from 18% in 2020-21 to 23% in 2021-22.")
        #expect(found.map(\.value) == [23])
        #expect(found.first?.previous == PreviousValue(value: 18, period: "2020-21"))
        #expect(found.first?.period == "2021-22")
        #expect(found.first?.trend == .up)
    }

    @Test("a comparison written the other way round keeps the later figure as the metric", arguments: [
        ("The re-referral rate was 22% in 2021/22 compared to 19% in 2022/23.", 19.0, "2022/23", 22.0, "2021/22"),
        ("The re-referral rate was 0.97% in quarter 2 compared to 1.6% in this quarter.", 1.6, "this quarter", 0.97, "quarter 2"),
        ("The re-referral rate was 19% in 2022/23 compared to 22% in 2021/22.", 19.0, "2022/23", 22.0, "2021/22"),
        ("In Q3, 7.3% of reports proceeded to a Section 47 Enquiry compared to 8.4% in Q4.", 8.4, "Q4", 7.3, "Q3"),
        ("In Q1, 7.3% of reports proceeded to a Section 47 Enquiry compared to 8.4% in Q4.", 7.3, "Q1", 8.4, "Q4"),
    ])
    func reversedComparison(text: String, value: Double, period: String, previous: Double, previousPeriod: String) {
        let found = metrics(text)
        #expect(found.map(\.value) == [value])
        #expect(found.first?.period == period)
        #expect(found.first?.previous == PreviousValue(value: previous, period: previousPeriod))
    }

    @Test func aFigureAfterWithOpensAClauseOfItsOwnNotAComparison() throws {
        let found = metrics("96 per cent of referrals were completed within one working day which was above the target of 90 per cent with 1.8 per cent of referrals taking more than 72 hours to complete.")
        #expect(found.map(\.value) == [96, 1.8])
        #expect(found.first?.previous == nil)
        #expect(found.first?.target == 90)
    }

    @Test func aBareYearAfterAPrepositionIsAPeriod() {
        #expect(metric(81, in: "The proportion of visits on time was 81% (up from 78.3% in 2018).")?.previous
            == PreviousValue(value: 78.3, period: "2018"))
        #expect(metric(500, in: "In 2018 there were 500 Early Help cases.")?.period == "2018")
    }

    @Test("a year with no preposition before it, or starting a range, is no bare-year period", arguments: [
        ("The 2018 inspection found 12 concerns.", nil),
        ("There were 12 concerns in 2018/19.", "2018/19"),
        ("The rate was 12 in 2021.", "2021"),
        ("The rate was 12 in 2021, the highest yet.", "2021"),
        ("We have made 12 claims so are on target for 2023.", nil),
        ("The 12 reviews will be published by the end of 2022.", nil),
    ] as [(String, String?)])
    func noBareYear(text: String, period: String?) {
        #expect(metric(12, in: text)?.period == period)
    }

    @Test func anEarlierValueInTheNextSentenceBelongsToTheFigureOfItsUnit() throws {
        let text = """
            As of March 2024, there were 690 children with a child protection plan equating to a rate of 39.6 children \
            with a plan per 10,000 children aged 0-18. This is an increase from 601 the previous March 2023 a rate of 35.2.
            """
        let count = try #require(metric(690, in: text))
        let rate = try #require(metric(39.6, in: text))
        #expect(count.previous?.value == 601)
        #expect(count.trend == .up)
        #expect(rate.unit == .rate)
        #expect(rate.per == 10_000)
        #expect(rate.previous?.value == 35.2)
    }

    @Test func aHyphenatedRegionIsAComparator() throws {
        let m = try #require(metric(272.3, in: "The CIN rate was 272.3 in 2021, compared with the South-East at 301.9 and England at 321.2."))
        #expect(m.comparators == [Comparator(name: "South East", value: 301.9), Comparator(name: "England", value: 321.2)])
    }

    @Test func aListOfBenchmarksInTheNextSentenceBelongsToTheFigureBefore() throws {
        let text = "The CIN rate was 272.3 in 2021. This compares against statistical neighbours at 245.1, the South-East at 301.9 and England at 321.2."
        #expect(metrics(text).map(\.value) == [272.3])
        #expect(try #require(metrics(text).first).comparators.map(\.name) == ["statistical neighbours", "South East", "England"])
    }

    @Test func aFigureAfterACommaThatNamesNoBenchmarkIsItsOwn() {
        let text = "The rate was 272 compared with England at 21%, 300 children were referred."
        #expect(metrics(text).map(\.value) == [272, 300])
    }

    @Test("a figure in parentheses after the base of a comparison is the value then", arguments: [
        ("The re-referral rate was 18.9%, a considerable decline since 2018 (33.8%).", "2018"),
        ("The re-referral rate fell to 18.9% from 2018/19 (33.8%).", "2018/19"),
    ])
    func baseInParentheses(text: String, period: String) {
        #expect(metrics(text).map(\.value) == [18.9])
        #expect(metrics(text).first?.previous == PreviousValue(value: 33.8, period: period))
    }

    @Test func aThresholdBeforeAParenthesisIsNoBase() {
        let found = metrics("At the end of Q4, only 2 social workers had caseloads of more than 20 (21 cases each).")
        #expect(found.contains { $0.value == 21 && $0.previous == nil })
    }

    @Test func quartersWithoutYearsAreNotReordered() {
        let found = metrics("There were 410 contacts in Q1 compared with 380 in Q4 of last year.")
        #expect(found.map(\.value) == [410])
        #expect(found.first?.previous?.value == 380)
    }

    @Test func upFromGivesThePrevious() {
        let m = metric(31, in: "31% of pupils are eligible for free school meals (up from 28%).")
        #expect(m?.previous?.value == 28)
        #expect(metrics("31% of pupils are eligible for free school meals (up from 28%).").count == 1)
    }

    @Test func comparedToInTheNextSentenceIsThePreviousOfTheFigureBefore() {
        let found = metrics("12% of children in care went missing in 2021-22. Compared to 9% that went missing in 2020-21.")
        #expect(found.map(\.value) == [12])
        #expect(found.first?.previous == PreviousValue(value: 9, period: "2020-21"))
    }

    @Test func toFromOrderStillFindsThePrevious() {
        let found = metrics("Plans reviewed on time fell to 91.5% from 96.0% in 2020-21.")
        #expect(found.map(\.value) == [91.5])
        #expect(found.first?.previous?.value == 96)
        #expect(found.first?.trend == .down)
    }

    @Test func aParenthesisedNumberAfterABaseYearIsThePrevious() {
        let found = metrics("There were 3,900 referrals which is a decrease from 2020-21 (4,250 referrals).")
        #expect(found.map(\.value) == [3900])
        #expect(found.first?.previous?.value == 4250)
    }

    @Test func nationallyNamesAComparator() {
        let found = metrics("5.2% of babies had a low birth weight, compared to 2.9 nationally.")
        #expect(found.map(\.value) == [5.2])
        #expect(found.first?.comparators == [Comparator(name: "national", value: 2.9)])
    }

    @Test func aFigureSeenRegionallyIsTheRegionalComparatorNotAnEarlierValue() {
        let found = metrics("The S47 rate in the county was 183 per 10,000, in line with the national rate of 164, but well below the 195 seen regionally.")
        #expect(found.map(\.value) == [183])
        #expect(found.first?.previous == nil)
        #expect(found.first?.comparators.map(\.name) == ["national", "regional"])
        #expect(found.first?.comparators.map(\.value) == [164, 195])
    }

    @Test("a benchmark named after its measure is a comparator of the figure before", arguments: [
        "Our rate was 37.3, with the rate for England for 2024 being 41.6.",
        "Our rate was 37.3. The rate for England for 2024 was 41.6.",
        "Our rate was 37.3. The rate in England was 41.6.",
    ])
    func benchmarkNamedAfterItsMeasure(text: String) {
        expectOneFigure(in: text, value: 37.3, england: 41.6)
    }

    @Test func parenthesisedBenchmarksAfterTheirNames() {
        let found = metrics("The rate is 410 per 10,000, above the England average (390) and statistical neighbours (402).")
        #expect(found.map(\.value) == [410])
        #expect(found.first?.comparators == [Comparator(name: "England", value: 390), Comparator(name: "statistical neighbours", value: 402)])
    }

    @Test func benchmarkOfPhrase() {
        let m = metric(71, in: "71% of assessments were on time compared with the national benchmark of 84.2%.")
        #expect(m?.comparators.map(\.value) == [84.2])
    }

    @Test func respectivelyPairsNamesWithValues() {
        let m = metric(27, in: "27% of plans were repeat plans, above both statistical neighbours and England (22% & 23% respectively).")
        #expect(m?.comparators == [Comparator(name: "statistical neighbours", value: 22), Comparator(name: "England", value: 23)])
    }

    @Test("a benchmark's name set off by a comma before its value is a comparator", arguments: [
        ("Abuse or neglect: 73% (higher than the North East, 69% and England, 67%).",
         [Comparator(name: "North East", value: 69), Comparator(name: "England", value: 67)]),
        ("In Hartlepool 45% of children, compared with the North East, 40%, were boys.",
         [Comparator(name: "North East", value: 40)]),
    ])
    func nameSetOffByAComma(text: String, comparators: [Comparator]) {
        let found = metrics(text)
        #expect(found.count == 1)
        #expect(found.first?.comparators == comparators)
    }

    @Test func aBenchmarkNamedAfterAListPairsInOrder() {
        let found = metrics("18% of primary and 19% of secondary school children are entitled to free school meals, compared with 15% and 13% nationally.")
        #expect(found.map(\.value) == [18, 19])
        #expect(found.map(\.comparators) == [[Comparator(name: "national", value: 15)], [Comparator(name: "national", value: 13)]])
        #expect(found.allSatisfy { $0.previous == nil })
    }

    @Test("the figure a change reaches is the current one, its period written after it or before the change", arguments: [
        ("The number of children subject to a plan fell from 155 in 2011 to 123 last year.", "last year"),
        ("The number of children subject to a plan fell from 155 in 2011 to 123.", nil),
        ("In 2011-12 the number of children subject to a plan fell from 155 to 123.", "2011-12"),
    ] as [(String, String?)])
    func theFigureAChangeReaches(text: String, period: String?) throws {
        let found = metrics(text)
        let m = try #require(found.first)
        #expect(found.count == 1)
        #expect(m.value == 123)
        #expect(m.period == period)
        #expect(m.previous?.value == 155)
    }

    @Test func aRateWithoutItsBaseIsARate() throws {
        let m = try #require(metric(404, in: "Doncaster showed a high rate of 404 compared with the national average of 330."))
        #expect(m.unit == .rate)
        #expect(m.per == nil)
        #expect(m.comparators == [Comparator(name: "national", value: 330)])
        // A rate's value may equal a base's; only a base names what it counts ("Rate of 100,000 population").
        #expect(metric(100, in: "Doncaster showed a high rate of 100 compared with the national average of 80.")?.unit == .rate)
        #expect(metric(100_000, in: "Rate of 100,000 population of Children in Need 2015.")?.unit != .rate)
    }

    @Test func targetOfPhrase() {
        let found = metrics("88% of contacts were completed in 24 hours, below the target of 95%.")
        #expect(found.map(\.value) == [88])
        #expect(found.first?.target == 95)
    }

    @Test func aTargetAloneIsAFigure() {
        #expect(metrics("The service achieved its target of 400 claims.").map(\.value) == [400])
    }

    @Test func changesAreFiguresWithTheirDirection() {
        let found = metrics("Domestic abuse referrals reduced by 14% compared to 2020-21.")
        #expect(found.map(\.value) == [14])
        #expect(found.first?.trend == .down)
    }

    @Test func aLeadInLineGivesTheListItsPeriod() {
        let found = metrics("On 31st March 2022, there were:\n\n- 310 children subject to a plan\n- 520 children in care.\n")
        #expect(found.map(\.period) == ["31st March 2022", "31st March 2022"])
    }

    @Test func asAtDatesArePeriods() {
        let m = metric(540, in: "Children in care rose from 498 as at 31st March 2021 to 540 as at 31st March 2022.")
        #expect(m?.period == "31st March 2022")
        #expect(m?.previous == PreviousValue(value: 498, period: "31st March 2021"))
    }

    @Test(arguments: [("↑", Metric.Trend.up), ("↓", .down), ("↔", .flat)])
    func arrowsGiveTheTrend(arrow: String, trend: Metric.Trend) {
        #expect(metrics("Timely visits 87% \(arrow)").first?.trend == trend)
    }

    @Test func theNumberIsOnItsOwnLine() {
        let found = metrics("The partnership trained staff across the\nfour districts and 640 practitioners took part.")
        #expect(found.map(\.line) == [2])
    }
}

@Suite struct RegionalComparatorTests {

    @Test("national benchmarks written short or as the country", arguments: [
        "The rate of exclusions in secondary schools is 21% (nat avg 13%).",
        "The proportion of children missing education was 21%, compared to 13% in the country.",
        "The proportion of children missing education was 21%, nearly double the national rate at 13%.",
    ])
    func nationalWrittenOtherwise(sentence: String) throws {
        let m = try #require(metrics(sentence).first)
        #expect(metrics(sentence).count == 1)
        #expect(m.value == 21)
        #expect(m.comparators == [Comparator(name: "national", value: 13)])
        #expect(m.previous == nil)
    }
    @Test("an English region named beside a figure is a comparator, not an earlier value", arguments: [
        ("This proportion was below South West (23%) and England (22%) averages.", "South West"),
        ("The rate is above the North East average of 81.", "North East"),
        ("Our rate of 20% compares with Yorkshire and the Humber (24%).", "Yorkshire and the Humber"),
        ("The rate of 20% is in line with CIPFA nearest neighbours (19%).", "CIPFA neighbours"),
        ("The rate of 20% is higher than the SN average (19%).", "statistical neighbours"),
    ])
    func region(sentence: String, name: String) {
        let own = metrics("There were 950 re-referrals, 20% of all referrals. " + sentence).last
        #expect(own?.comparators.map(\.name).contains(name) == true)
        #expect(own?.previous == nil)
    }
}

@Suite struct ChangeAndRateContextTests {
    @Test func aFigureAfterAYearIsAFigure() {
        let found = metrics("Referrals increased from 621,470 in 2016 to 646,120 in 2017.")
        #expect(found.map(\.value) == [646_120])
        #expect(found.first?.previous?.value == 621_470)
    }

    @Test func aYearRangeStaysAPeriod() {
        #expect(metrics("In 2016 to 2017 there were 646 referrals.").map(\.value) == [646])
    }

    @Test func aCommaBetweenTheChangeAndItsFromKeepsTheEarlierValue() {
        let found = metrics("The number of referrals has increased by 4.0% this year, from 621,470 in 2016 to 646,120 in 2017.")
        #expect(found.map(\.value) == [4, 646_120])
        #expect(found.last?.previous?.value == 621_470)
    }

    @Test func aRateWithItsCountedNounIsARateOfItsOwn() throws {
        let found = metrics("There were 2,936 children on plans at 31 March 2015. This is a decrease of 6 per cent compared with 31 March 2014 and represents a rate of 47 children per 10,000 population.")
        let rate = try #require(found.first { $0.value == 47 })
        #expect(rate.unit == .rate)
        #expect(rate.per == 10_000)
        #expect(rate.label == found.first?.label)
        #expect(found.allSatisfy { $0.previous == nil })
    }

    @Test func anAgeBeforeARateNameIsNoRate() {
        let found = metrics("Under 18 conception rates per 1,000 girls (15-17) has increased from 27 in 2018-19 to 30 in 2019-20.")
        #expect(found.map(\.value) == [30])
    }

    @Test("a benchmark named right after a figure in a comparison is its comparator", arguments: [
        "The re-referral rate was 21% compared with 22% in England.",
        "Repeat referrals within 12 months were 21%, compared with 22% in England.",
        "The re-referral rate was 21% (22% in England).",
        "The re-referral rate was 21% (England 22%).",
        "The re-referral rate was 21% (England average: 22%).",
        "The re-referral rate was 21%, 22% in England.",
    ])
    func benchmarkNamedAfterTheFigure(text: String) {
        expectOneFigure(in: text, value: 21, england: 22)
    }


    @Test func aPlaceNamedInALongerNameIsNoBenchmark() {
        let found = metrics("Referrals were 120 in the South West locality and 200 in the North East locality.")
        #expect(found.map(\.value) == [120, 200])
        #expect(found.allSatisfy { $0.comparators.isEmpty })
    }

    @Test("an earlier value labelled in parentheses is the figure's previous value", arguments: [
        ("The proportion seen within 5 working days was 91% (2021-22: 87%).", "2021-22"),
        ("The proportion seen within 5 working days was 91% (2021/22 – 87%).", "2021/22"),
        ("The proportion seen within 5 working days was 91% (last year: 87%).", "last year"),
        ("The proportion seen within 5 working days was 91% (2022: 87%).", "2022"),
    ])
    func earlierValueLabelledInParentheses(text: String, period: String) {
        let found = metrics(text)
        #expect(found.map(\.value) == [91])
        #expect(found.first?.previous == PreviousValue(value: 87, period: period))
        // The parenthesis's period is the earlier value's, not the figure's.
        #expect(found.first?.period == nil)
    }

    @Test func aMarkerAfterTheFigureStillMakesItTheEarlierValue() {
        let found = metrics("The rate this year is 91%, against 87% (last year).")
        #expect(found.map(\.value) == [91])
        #expect(found.first?.previous == PreviousValue(value: 87, period: "last year"))
    }

    @Test func aTargetAndABenchmarkLabelledInParenthesesBelongToTheFigure() {
        let found = metrics("Timeliness of ICPCs: 87% (target: 85%; England: 79%).")
        #expect(found.map(\.value) == [87])
        #expect(found.first?.target == 85)
        #expect(found.first?.comparators == [Comparator(name: "England", value: 79)])
        #expect(found.first?.label == "Timeliness of ICPCs")
    }

    @Test func aFigureInParenthesesAfterThePreviousYearIsTheValueThen() {
        let found = metrics("There were 2,345 contacts in 2022-23, a 5% increase on the previous year (2,233).")
        #expect(found.map(\.value) == [2345, 5])
        #expect(found.first?.previous == PreviousValue(value: 2233, period: "the previous year"))
    }

    @Test func anEarlierValueGoesToTheFigureOfItsUnit() {
        let text = "The number of children subject to a child protection plan was 245 (rate 42.1 per 10,000), compared to 230 last year."
        #expect(metric(245, in: text)?.previous == PreviousValue(value: 230, period: "last year"))
        #expect(metric(42.1, in: text)?.previous == nil)
    }

    @Test func aPeriodSetOffBeforeEachFigureIsItsOwn() {
        let found = metrics("Contacts to Referral (year to date %): Q2 2019: 24% Q3 2019: 23% Q4 2019/20: 21%")
        #expect(found.map(\.value) == [24, 23, 21])
        #expect(found.map(\.period) == ["Q2 2019", "Q3 2019", "Q4 2019/20"])
        #expect(found.allSatisfy { $0.label == "Contacts to Referral (year to date %)" })
    }

    @Test("a quarter written with its year is one period", arguments: [
        ("In Q2 2019 there were 24 referrals.", "Q2 2019"),
        ("There were 24 referrals in quarter 3 2021-22.", "quarter 3 2021-22"),
        ("There were 24 referrals in Q4.", "Q4"),
    ])
    func quarterWithItsYear(text: String, period: String) {
        #expect(metrics(text).map(\.period) == [period])
    }

    @Test func aSentenceWhoseSubjectIsABenchmarkGivesComparatorsOfTheFigureBefore() {
        let text = "314 children had a child protection plan, a rate of 53.4 per 10,000 children. The comparator rate for 2015-16 is 50.7 and the national rate is 43.1."
        let found = metrics(text)
        #expect(found.map(\.value) == [314, 53.4])
        #expect(found.last?.comparators == [Comparator(name: "comparator", value: 50.7), Comparator(name: "national", value: 43.1)])
    }

    @Test func benchmarksNamedAfterTheirFiguresWithAPossessive() {
        let m = metric(22, in: "Of these, 22% became subject to a plan for a second time. This compares to 17.9% nationally and 16.7% amongst our comparator authorities.")
        #expect(m?.comparators == [Comparator(name: "national", value: 17.9), Comparator(name: "comparator", value: 16.7)])
    }

    @Test("a threshold, a tolerance or an ambition is a target", arguments: [
        ("15.3 per cent of children referred had been re-referred within 12 months, which was below the threshold of 18 per cent.", 15.3, 18.0),
        ("The percentage leaving care for adoption was 7.6%, within the agreed tolerance level of 8%.", 7.6, 8),
        ("Visits within timescale reached 91%, short of our ambition of 95%.", 91, 95),
    ])
    func thresholdsAreTargets(sentence: String, value: Double, target: Double) {
        #expect(metric(value, in: sentence)?.target == target)
        #expect(metric(target, in: sentence) == nil)
    }

    @Test func anIncreaseOnAnEarlierFigureMakesItThePreviousValue() {
        let found = metrics("There were 730 children in care at 31 March 2023, a slight increase on the 715 children at the same point last year.")
        #expect(found.map(\.value) == [730])
        #expect(found.first?.previous?.value == 715)
    }
}

/// The text holds one metric, `value`, compared with England's `england` and nothing earlier.
private func expectOneFigure(in text: String, value: Double, england: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = metrics(text)
    #expect(found.map(\.value) == [value], sourceLocation: sourceLocation)
    #expect(found.first?.comparators == [Comparator(name: "England", value: england)], sourceLocation: sourceLocation)
    #expect(found.first?.previous == nil, sourceLocation: sourceLocation)
}

/// A trend is a change over time: trend words used otherwise state none.
@Suite struct TrendIdiomTests {
    @Test("a trend word used for something else states no trend", arguments: [
        "The council is the corporate parent to 247 children, and almost all were growing up in registered homes.",
        "Some 75% of children in care are in stable placements.",
        "The new home will have room for up to 6 children, with 12 staff.",
        "The 380 referrals were broken down by age.",
    ])
    func idiomStatesNoTrend(text: String) {
        #expect(metrics(text).allSatisfy { $0.trend == nil })
    }

    @Test("a trend word about the figure states its trend", arguments: [
        ("The number of children in care remained stable at 240.", Metric.Trend.flat),
        ("Referrals are up 12% on last year.", .up),
        ("Contacts have come down to 500.", .down),
    ])
    func trendWordStatesTrend(text: String, trend: Metric.Trend) {
        #expect(metrics(text).first?.trend == trend)
    }

    @Test func aRiseFromAFigureUpToAnotherIsNoLimit() throws {
        let m = try #require(metric(772, in: "There has been a small increase in the numbers of looked after children from 768 last year up to 772 at the end of September."))
        #expect(m.qualifier == nil)
        #expect(m.previous?.value == 768)
        #expect(m.label == "looked after children")
    }

    @Test func aBenchmarkNamedBeforeWhatItIsOfAndItsVerbIsAComparator() throws {
        let sentence = "40% of the deaths occurred in the 0-27-day (about 4 weeks) age group which is slightly lower than the "
            + "national average for this age group which is 42%."
        let found = metrics(sentence)
        #expect(found.map(\.value) == [40])
        let m = try #require(found.first)
        #expect(m.comparators == [Comparator(name: "national", value: 42)])
        #expect(m.previous == nil)
        #expect(m.label.contains("0-27-day"))
    }

    @Test("the same figure as an earlier time is the previous value, and the trend is flat", arguments: [
        ("49% of young people received a Return Home Interview, the same figure as the previous year, given the huge increase in numbers.",
         49.0, "the previous year"),
        ("The re-referral rate was 22%, the same as in 2019-20.", 22, "2019-20"),
        ("Initial Child Protection Conferences within timescale – the figure for the year to date is 75%, the same as at Quarter 3.", 75, "Quarter 3"),
    ])
    func sameAsEarlier(sentence: String, value: Double, period: String) throws {
        let m = try #require(metric(value, in: sentence))
        #expect(m.previous == PreviousValue(value: value, period: period))
        #expect(m.trend == .flat)
    }

    @Test("a comparative against an earlier time gives the trend, one against a benchmark none", arguments: [
        ("There were 1,580 referrals received, this is fewer than referrals received in the previous year.", 1580.0, Metric.Trend.down as Metric.Trend?),
        ("The re-referral rate was 19%, which is higher than last year.", 19, .up),
        ("The re-referral rate was 19%, which is higher than the England average.", 19, nil),
    ])
    func comparedWithEarlier(sentence: String, value: Double, trend: Metric.Trend?) throws {
        let m = try #require(metric(value, in: sentence))
        #expect(m.trend == trend)
        #expect(m.previous == nil)
    }

    @Test("'declined' with an object is a refusal, not a fall", arguments: [
        ("The main reason (74%) was that they declined the interview.", 74.0, nil as Metric.Trend?),
        ("Referrals declined to 320 in 2021-22.", 320, .down),
    ])
    func declinedTheInterview(sentence: String, value: Double, trend: Metric.Trend?) {
        #expect(metric(value, in: sentence)?.trend == trend)
    }

    @Test("a compared figure naming a group of its own is that group's figure, not an earlier value", arguments: [
        ("Of children on a plan, 54% were boys compared with 46% girls.", 46.0),
        ("Girls made up 46% of the cohort, compared with 54% boys.", 54.0),
        ("31% of female respondents saying they had experienced this compared to 11% of male respondents.", 11.0),
    ])
    func comparedGroup(sentence: String, other: Double) {
        let found = metrics(sentence)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.previous == nil })
        #expect(found.map(\.value).contains(other))
    }

    @Test("a compared figure dated, said earlier or of the same noun stays the earlier value", arguments: [
        ("There are 1,287 EHAs compared with 500 CAFs in January 2018.", 1287.0, 500.0),
        ("There were 412 referrals, compared with 380 referrals.", 412.0, 380.0),
        ("The team has moved from nearly 50% agency staff twelve months ago to 100% permanent IROs.", 100.0, 50.0),
        ("There were 412 referrals, compared with 380 last year.", 412.0, 380.0),
    ])
    func comparedEarlier(sentence: String, value: Double, previous: Double) {
        #expect(metric(value, in: sentence)?.previous?.value == previous)
    }

    @Test func theVerbAfterThanEndsTheComparison() {
        // "More boys than girls were on a plan (54% …)": the figure is the predicate's, so it does not go back
        // to the figure ending the paragraph before.
        let found = metrics("Referrals rose by 20% in 2021/22.\n\nMore boys than girls were on a plan (54% compared with 46%).")
        #expect(metric(20, in: "Referrals rose by 20% in 2021/22.\n\nMore boys than girls were on a plan (54% compared with 46%).")?.previous == nil)
        #expect(found.map(\.value).contains(54))
        // A clause of its own after "than" still tells the earlier value.
        #expect(metric(48, in: "The rate was 48%, lower than last year when it was 52%.")?.previous?.value == 52)
    }

    @Test func aCountPastAHundredIsNoEarlierValueOfAShare() {
        let found = metrics("Although actual numbers are lower than Q1 2015-16 (339 trained out of 381) the attendance rate is considerably higher (83% 2015-16).")
        #expect(found.allSatisfy { $0.previous?.value != 339 })
    }

    @Test("the whole population compared with is a benchmark, not an earlier value", arguments: [
        ("13 per cent of children in care achieved this compared with 58 per cent of all children.", 13.0, "all children", 58.0),
        ("Attainment 8 for children in care was 19.1, compared with 46.3 for all pupils.", 19.1, "all pupils", 46.3),
        ("In care, 31% were in education compared to 62% of all young people.", 31, "all young people", 62),
    ])
    func peerGroupBenchmark(text: String, value: Double, name: String, benchmark: Double) {
        let m = metric(value, in: text)
        #expect(m?.previous == nil)
        #expect(m?.comparators == [Comparator(name: name, value: benchmark)])
    }

    @Test("a change verb or its adverb right before a share sizes a change", arguments: [
        ("Referrals were 1,200, up 2% on last year.", 2.0, Metric.Trend.up),
        ("Contacts soared by 21 per cent.", 21, .up),
        ("Contacts dropped 5% in the year.", 5, .down),
        ("Contacts jumped 21%.", 21, .up),
    ])
    func changeVerbs(text: String, value: Double, trend: Metric.Trend) {
        let m = metric(value, in: text)
        #expect(m?.label.hasPrefix("change in ") == true)
        #expect(m?.trend == trend)
    }
}
