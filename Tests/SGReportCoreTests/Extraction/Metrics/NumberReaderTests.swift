import Testing
@testable import SGReportCore

/// Values and units as reports write them.
@Suite struct NumberReaderTests {
    @Test func readsThousandsSeparators() {
        #expect(metrics("There were 12,345 contacts to the front door.").map(\.value) == [12345])
    }

    @Test("a figure far into a run-on sentence of minutes keeps its decimals, unit and label")
    func readsAFigureDeepInARunOnSentence() {
        let clause = "the panel noted that the service had done well over the quarter and asked for more detail on it"
        // 157 words, ";", "89", ".": the old cut at 160 tokens fell on the decimal point.
        let words = Array(Array(repeating: clause.split(separator: " "), count: 9).joined().prefix(157))
        let text = words.joined(separator: " ") + "; 89.8 per cent of statutory visits were completed on time."
        let found = metrics(text)
        #expect(found.map(\.value) == [89.8])
        #expect(found.first?.unit == .percent)
        #expect(found.first?.label == "statutory visits completed on time")
    }

    @Test("a spelled-out share is a percentage, a spelled-out change in points a change", arguments: [
        ("Visits completed on time were seven per cent of the total.", false),
        ("Visits completed on time rose by five percentage points.", true),
    ])
    func readsSpelledOutPercentages(text: String, points: Bool) throws {
        let m = try #require(metrics(text).first)
        #expect(m.unit == .percent)
        #expect([5, 7].contains(m.value))
        #expect(metrics(text).count == 1)
        #expect((m.trend == .up) == points)
    }

    @Test("three decimals are decimals unless a counted noun follows", arguments: [
        ("An average score of 5.625 was above the target.", 5.625),
        ("There were 4.025 secondary school age children.", 4025),
    ])
    func threeDecimals(text: String, value: Double) {
        #expect(metrics(text).map(\.value) == [value])
    }

    @Test func readsDecimals() {
        let m = metric(4.75, in: "4.75% of pupils were persistently absent.")
        #expect(m?.unit == .percent)
    }

    @Test(arguments: ["62 per cent of schools replied.", "62 percent of schools replied.", "62% of schools replied."])
    func readsPercentWords(text: String) {
        #expect(metrics(text).map(\.unit) == [.percent])
        #expect(metrics(text).map(\.value) == [62])
    }

    @Test func readsPercentagePointsAsPercent() {
        let m = metric(9, in: "Satisfaction rose by 9% pts over the year.")
        #expect(m?.unit == .percent)
        #expect(m?.trend == .up)
    }

    @Test(arguments: [("The grant was £1.2m this year.", 1_200_000.0), ("Training cost £250k.", 250_000), ("A budget of £3 million was agreed.", 3_000_000), ("Spend was £4,500.", 4_500)])
    func readsMoney(text: String, value: Double) {
        let found = metrics(text)
        #expect(found.map(\.value) == [value])
        #expect(found.first?.unit == .currency)
        #expect(found.first?.currency == "GBP")
    }

    @Test func readsRates() {
        let m = metric(72, in: "The rate of children in care is 72 per 10,000 children.")
        #expect(m?.unit == .rate)
        #expect(m?.per == 10000)
    }

    @Test func readsRatePerThousandLiveBirths() {
        let m = metric(5.1, in: "Stillbirths stood at 5.1 per 1,000 live births.")
        #expect(m?.unit == .rate)
        #expect(m?.per == 1000)
    }

    @Test func readsRateOfPhrase() {
        let m = metric(312, in: "Assessments were completed at a rate of 312 per 10,000 this year.")
        #expect(m?.unit == .rate)
        #expect(m?.per == 10000)
    }

    @Test func aRateBaseInTheSubjectAppliesToTheFigure() {
        let m = metric(480, in: "The rate of contacts per 10,000 is 480 which is lower than last year.")
        #expect(m?.unit == .rate)
        #expect(m?.per == 10000)
    }

    @Test func readsSlashFractions() {
        let m = metric(3, in: "The panel heard 3/4 cases on time.")
        #expect(m?.unit == .fraction)
        #expect(m?.denominator == 4)
    }

    @Test func readsOutOfFractions() {
        let m = metric(4.2, in: "Young people rated their understanding at 4.2 out of 5.")
        #expect(m?.unit == .fraction)
        #expect(m?.denominator == 5)
    }

    @Test func readsSharesOfAStatedWhole() {
        let found = metrics("In 7 of the 12 audits the plan was clear.")
        #expect(found.map(\.value) == [7])
        #expect(found.first?.unit == .fraction)
        #expect(found.first?.denominator == 12)
    }

    @Test func readsAveragedDurations() {
        let m = metric(23, in: "Care proceedings took an average of 23 weeks.")
        #expect(m?.unit == .duration)
        #expect(m?.durationUnit == .weeks)
    }

    @Test("a duration the clause names as a measure of time", arguments: [
        ("The average duration of care proceedings was 40 weeks.", 40.0),
        ("Average time to adoption was 450 days.", 450.0),
        ("Northtown has the second longest time at 936 days.", 936.0),
    ])
    func readsDurationsOfNamedTimes(sentence: String, value: Double) {
        #expect(metrics(sentence).map(\.value) == [value])
        #expect(metrics(sentence).first?.unit == .duration)
    }

    @Test("a span or a limit is no measured time", arguments: [
        "For the first time in 5 years the Board met in person.",
        "Only half were within the statutory time scale of 72 hours.",
        "The total time needed would be in excess of the 18 hours specified in the Act.",
    ])
    func spansAndLimitsAreNoDurations(sentence: String) {
        #expect(metrics(sentence).allSatisfy { $0.unit != .duration })
    }

    @Test("a count in or for every base is a rate", arguments: [
        "Figures show 64 in every 10,000 children were in care.",
        "Figures show 64 for every 10,000 children were in care.",
    ])
    func aCountInEveryBaseIsARate(sentence: String) {
        let found = metrics(sentence)
        #expect(found.map(\.value) == [64])
        #expect(found.first?.unit == .rate)
        #expect(found.first?.per == 10_000)
    }

    @Test("a fraction in words is a fraction", arguments: [
        ("Two thirds of children were seen within 10 days.", 2.0, 3.0),
        ("Almost three quarters of referrals came from the police.", 3.0, 4.0),
        ("The study suggests that two-thirds had experienced some kind of abuse.", 2.0, 3.0),
    ])
    func aFractionInWords(sentence: String, value: Double, denominator: Double) throws {
        let m = try #require(metrics(sentence).first)
        #expect(m.unit == .fraction)
        #expect(m.value == value)
        #expect(m.denominator == denominator)
    }

    @Test("quarters of a year counted are no fraction", arguments: [
        "Performance improved over two quarters running.",
        "Performance improved in the last two quarters of 2020-21, with 45 referrals.",
        "In the first three quarters of the year there were 45 referrals.",
    ])
    func quartersOfAYearAreNoFraction(sentence: String) {
        #expect(metrics(sentence).allSatisfy { $0.unit != .fraction })
    }

    @Test func anApproximateFractionInWordsIsQualified() {
        #expect(metrics("Almost three quarters of referrals came from the police.").first?.qualifier == .about)
    }

    @Test func aCountOutOfEveryBaseIsARate() {
        let found = metrics("Around 5 out of every 1,000 children were in care.")
        #expect(found.map(\.unit) == [.rate])
        #expect(found.first?.per == 1_000)
    }

    @Test func aRatioWithItsShareInParenthesesIsOneFact() {
        let found = metrics("Just under one in five (18%) of the population is Pakistani.")
        #expect(found.map(\.value) == [18])
        #expect(found.first?.unit == .percent)
        // An earlier value in the parentheses is no restatement: the ratio stays.
        #expect(metrics("Now one in four (18% last year) children were seen.").map(\.unit) == [.fraction])
    }

    @Test func oneInEveryIsARatio() {
        let found = metrics("Around 1 in every 100 children is in care.")
        #expect(found.map(\.value) == [1])
        #expect(found.first?.unit == .fraction)
        #expect(found.first?.denominator == 100)
    }

    @Test func aTimescaleStandardIsNoDuration() {
        #expect(metrics("Visits must be made within 10 working days of the plan.").isEmpty)
    }

    @Test(arguments: [("Seven cases were referred to the panel.", 7.0), ("The group met and two lay members joined.", 2), ("There was one child placed out of county.", 1)])
    func readsSpelledOutCounts(text: String, value: Double) {
        #expect(metrics(text).map(\.value) == [value])
    }

    @Test func aSpelledOutNumberForAKnownSetIsNoCount() {
        #expect(metrics("Both of the two schools agreed; the three partners signed.").isEmpty)
    }

    @Test func readsBothEndsOfARange() {
        #expect(metrics("Each month between three and nine families were referred.").map(\.value) == [3, 9])
    }

    @Test(arguments: [
        ("Over 300 children attended.", Metric.Qualifier.over), ("More than 300 children attended.", .over),
        ("Approximately 300 children attended.", .about), ("Around 300 children attended.", .about),
        ("About 300 children attended.", .about), ("Approx. 300 children attended.", .about),
        ("At least 300 children attended.", .atLeast), ("Fewer than 300 children attended.", .under),
        ("Less than 300 children attended.", .under), ("Up to 300 children attended.", .atMost),
        ("No more than 300 children attended.", .atMost),
    ])
    func readsQualifiers(text: String, qualifier: Metric.Qualifier) {
        #expect(metrics(text).map(\.qualifier) == [qualifier])
    }

    @Test("a ratio written 'N in M' is one fraction", arguments: [
        ("Around 1 in 30 children were referred to children's social care.", 1.0, 30.0),
        ("One in five contacts came from the police.", 1.0, 5.0),
        ("About 4 in 10 young people said they felt safe online.", 4.0, 10.0),
        ("One in ten children in the borough lives with a parent who misuses alcohol.", 1.0, 10.0),
    ])
    func readsRatios(text: String, part: Double, whole: Double) {
        let found = metrics(text)
        #expect(found.count == 1)
        #expect(found.first?.value == part)
        #expect(found.first?.unit == .fraction)
        #expect(found.first?.denominator == whole)
    }

    @Test("a number after 'in' that is a year, a share or smaller is no ratio's whole", arguments: [
        "There were 5 in 2022 and 7 in 2023.",
        "The service saw 40 in 10% of the sample.",
        "The service received 12 in 3 days.",
    ])
    func readsNoRatio(text: String) {
        #expect(!metrics(text).contains { $0.unit == .fraction })
    }

    @Test func upToARiseIsNoLimit() {
        let m = metric(856, in: "S47 investigations went up to 856 from 480.")
        #expect(m?.qualifier == nil)
        #expect(m?.previous?.value == 480)
        #expect(metric(50, in: "Each group takes up to 50 children.")?.qualifier == .atMost)
    }

    @Test func aRateWithItsNounBeforeTheBase() {
        let m = metric(75, in: "At year end 2016-17 Derby had 75.0 children in care per 10,000 people aged under 18.")
        #expect(m?.unit == .rate)
        #expect(m?.per == 10000)
        #expect(m?.label == "children in care")
    }

    @Test func aPartWithItsNounBeforeOutOf() {
        let found = metrics("There have been 82 repeats out of 721 referrals.")
        #expect(found.count == 1)
        #expect(found.first?.unit == .fraction)
        #expect(found.first?.denominator == 721)
        #expect(found.first?.label == "repeats")
    }

    @Test func numbersInAWebAddressAreNoFigures() {
        #expect(metrics("Source: http://shropshireperformance.inphase.com/Detail/1249_13435").isEmpty)
        #expect(metrics("See www.example.gov.uk/reports/2019/42 for 12 case studies.").map(\.value) == [12])
    }
}

/// A share's stated whole is its denominator, not a figure of its own.
@Suite struct ShareWholeTests {
    @Test func aShareOfAStatedWholeCarriesIt() {
        let found = metrics("25% of the 425 children had a plan.")
        #expect(found.map(\.value) == [25])
        #expect(found.first?.denominator == 425)
        #expect(found.first?.label == "children had a plan")
    }

    @Test func aCountWithItsShareOfAWholeKeepsTheCount() {
        let found = metrics("14 (10.5%) of the 133 children in care had been in 3 or more placements.")
        #expect(found.map(\.value).prefix(2) == [14, 10.5])
        #expect(!found.contains { $0.value == 133 })
        #expect(found.first { $0.value == 10.5 }?.denominator == 133)
        #expect(found.first?.denominator == nil)
    }

    @Test("tens and units written as words are one number", arguments: [
        ("Twenty one per cent of these children had a disability.", 21.0, Metric.Unit.percent),
        ("Forty-five children were seen.", 45.0, .count),
        ("Forty five children were seen.", 45.0, .count),
    ])
    func readsCompoundNumberWords(text: String, value: Double, unit: Metric.Unit) {
        let found = metrics(text)
        #expect(found.map(\.value) == [value])
        #expect(found.first?.unit == unit)
    }

    @Test("a range's unit written once is both ends'", arguments: [
        "The proportion rose (13 to 14 per cent).", "Between 13 and 14 per cent of referrals were repeats.", "13-14% of referrals were repeats.",
    ])
    func rangeSharesItsUnit(text: String) {
        #expect(metric(13, in: text)?.unit == .percent)
    }

    @Test("a figure with a plus past a child's age is at least that many", arguments: [
        ("300+ professionals were trained.", 300.0), ("The cohort of 50+ children and young people.", 50),
    ])
    func plusIsAtLeast(text: String, value: Double) {
        #expect(metric(value, in: text)?.qualifier == .atLeast)
        #expect(metrics("There are 12 young people aged 16+ in the service.").map(\.value) == [12])
    }
}
