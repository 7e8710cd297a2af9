import Testing
@testable import SGReportCore

/// Numbers that measure nothing are not metrics.
@Suite struct NonMetricFilterTests {
    @Test("days listed before a date and paired phone numbers are no metrics", arguments: [
        "On 18 and 19 December 2019 Ofsted carried out a focused visit.",
        "Inspections took place at the hospitals on 7, 8 and 15 December 2016.",
        "The audit ran from 3 – 5 March 2020.",
        "Scrutiny Officers, Tel: 01905 844962/846607",
        "The NSPCC provides a helpline for professionals at 0808 800 5000.",
        "Call 0161 474 5657 for advice.",
    ])
    func daysAndPhones(text: String) {
        #expect(metrics(text).isEmpty)
    }

    @Test("a minute's number and reference before its title in capitals are no metrics; a tile in capitals keeps its figure", arguments: [
        ("124  DECLARATIONS OF INTEREST – There were no declarations.", [Double]()),
        ("127  (19)  CORPORATE PARENTING REVIEW – The chair welcomed Mrs May to the meeting.", []),
        ("128  CORPORATE PARENTING REVIEW – NEXT STAGES – 12 children were visited.", [12]),
        ("1,234 CONTACTS RECEIVED", [1234]),
        ("46 children were adopted – more than last year.", [46]),
    ])
    func minuteNumbers(text: String, values: [Double]) {
        #expect(metrics(text).map(\.value) == values)
    }

    @Test("a decimal section number left inline is no metric; a decimal figure is", arguments: [
        ("The annual report covers What Children and Young People Told Us 2.1) The Child's Voice in the year.", [Double]()),
        ("4.2 2016-17 was the first year of monitoring performance within the framework.", []),
        ("The rate rose to 4.2 (2016-17) and the average was 3.5 per 10,000.", [4.2, 3.5]),
        ("The average caseload was 18.5 in 2016-17.", [18.5]),
    ])
    func sectionNumbers(text: String, values: [Double]) {
        #expect(metrics(text).map(\.value) == values)
    }

    @Test("a source reference after a sentence's full stop is no metric; a figure in parentheses after words is", arguments: [
        ("18% of pupils are entitled to free school meals. (2)", [18.0]),
        ("There were 12 referrals in the area. [3]", [12.0]),
        ("Referrals received (12) in the quarter.", [12.0]),
        // A page number left inline after the passage's last full stop; a resolution's numbering.
        ("There were 172 contacts in Q1. There were 200 contacts in Q4. 2", [172.0, 200]),
        ("RESOLVED – (1) That the Committee receive the report.", []),
    ])
    func sourceReferences(text: String, values: [Double]) {
        #expect(metrics(text).map(\.value) == values)
    }

    @Test("a slash pair over its whole or over a year is a reference, not a fraction", arguments: [
        ("Forward Plan Ref: 2017/139 was noted.", [Double]()),
        ("The release (SDR 143/2015) shows 4,275 children on registers.", [4275]),
        ("Only 18/28 children had a plan.", [18]),
    ])
    func references(text: String, values: [Double]) {
        #expect(metrics(text).map(\.value) == values)
    }

    @Test("a number describing the noun after it, a tool's number and one-to-one work are no metrics", arguments: [
        ("A 3 Tier training model and competency framework is now in place.", [Double]()),
        ("The new 12 stage 'T2A' (Transition to Adulthood) process was launched.", []),
        ("Progress is reported on a six monthly basis to the Board.", []),
        ("90% of risk management meetings were held 12 weekly.", [90]),
        ("122 practitioners completed Graded Care Profile 2 training.", [122]),
        ("Advice is offered via telephone, email and 1 to 1 support.", []),
        ("Staff offer one to one sessions to 40 young people.", [40]),
        ("Once SCR 9 had been completed, 14 actions were agreed.", [14]),
        // A count takes the plural: "3 stages", "4 steps".
        ("3 stages of the review were completed.", [3]),
    ])
    func adjectivesAndNames(text: String, values: [Double]) {
        #expect(metrics(text).map(\.value) == values)
    }

    @Test("a threshold is no metric; the figure it qualifies is", arguments: [
        ("6.7 per cent of Children in Care have had 3 or more placements.", [6.7]),
        ("Child Protection Plans open for 2 or more years: In March, there were 4 such children.", [4.0]),
        ("11% of pupils missed 10% or more of sessions.", [11.0]),
        ("Three or fewer placement moves were recorded for 68% of children.", [68.0]),
    ])
    func thresholds(text: String, values: [Double]) {
        #expect(metrics(text).map(\.value) == values)
    }

    @Test("a figure reached 'to' after a quarter is no end of a run of quarters", arguments: [
        ("The rate of children in care per 10,000 has risen during quarter 3 to 54.9.", 54.9),
        ("The number of children in care rose in quarter 3 to 412.", 412.0),
    ])
    func figureAfterQuarter(text: String, value: Double) {
        #expect(metrics(text).map(\.value) == [value])
        #expect(metrics(text).first?.period == "quarter 3")
    }

    @Test func aCountAfterTheWordQuarterIsNoQuarter() throws {
        let found = metrics("During the quarter 38 children became looked after and 41 left care.")
        #expect(found.map(\.value) == [38, 41])
        #expect(found.allSatisfy { $0.period == nil })
    }

    @Test func aQuarterWrittenInWordsStaysAName() {
        #expect(metrics("Over quarter four there were 1,098 contacts received from the police.").map(\.value) == [1_098])
    }

    @Test("a timescale bound after a share or count of its clause defines it: part of its label, no metric", arguments: [
        ("Only 0.6 per cent of contacts were completed in more than three working days.", 0.6,
         "contacts completed in more than three working days"),
        ("There were 1.8 per cent of referrals taking more than 72 hours to complete.", 1.8,
         "referrals taking more than 72 hours to complete"),
        ("45 children waited more than 18 weeks for an assessment.", 45.0, "children waited more than 18 weeks for an assessment"),
    ])
    func timescaleBounds(text: String, value: Double, label: String) {
        #expect(metrics(text).map(\.value) == [value])
        #expect(metrics(text).first?.label == label)
    }

    @Test("reference marks, paragraph numbers and the pronoun 'one' are no metrics", arguments: [
        ("The population of approximately 540,100 has grown from 522,000 in 2014[1].", [540_100.0, 522_000]),
        ("(1) Mark Janaway introduced the report on 45 audits.", [45.0]),
        ("A child in need is one who has been assessed as needing help.", []),
        ("It is one of our 4 priorities.", [4.0]),
    ])
    func referenceMarks(text: String, values: [Double]) {
        #expect(metrics(text).map(\.value) == values)
    }

    @Test func aSumInParenthesesAloneInABudgetCellIsAMetric() {
        #expect(metrics("Agency Contributions\t(55)\t1,200\n").map(\.value).contains { abs($0) == 55 })
    }

    @Test func aTimescaleBoundStandingAloneIsAMetric() {
        #expect(metrics("Assessments took more than 45 days in 12% of cases.").map(\.value) == [45, 12])
    }

    @Test func aQuarterNumberedInWordsIsAPeriod() {
        #expect(metrics("96 per cent of referrals during quarter four were completed within one working day.").first?.period
            == "quarter four")
    }

    @Test(arguments: [
        ("Referrals increased from 1490 in 2017/18 to 1967 in the current year.", 1967.0),
        ("Referrals rose from 1,850 in 2017/18 to 2015 in 2018/19.", 2015),
    ])
    func fourDigitsDatedByAPeriodAreACount(sentence: String, value: Double) {
        // A year is not dated by another period.
        #expect(metrics(sentence).map(\.value).contains(value))
    }

    @Test func aRunOfQuartersStaysAName() {
        #expect(metrics("Between quarters 1 to 4 the service saw 310 families.").map(\.value) == [310])
    }

    @Test("file sizes and procedure time limits are no metrics", arguments: [
        "Annual Report of Local Arrangements 2022/23 pdf icon PDF 83 KB",
        "A total period of 15 minutes is allocated for members of the public to put questions.",
        "Each member of the public will be allowed up to two minutes each to speak.",
        "Notice is required at least three clear working days in advance of the meeting.",
        "We published 7 minute briefings on neglect and exploitation.",
        // A council page's item number before its document's link.
        "6 Tower Hamlets Safeguarding Children Partnership Annual Report 2019-20 PDF 313 KB",
        // The same with modern.gov's "pdf icon", which the reader strips from the line.
        "67 Annual Safeguarding Children's Board Report (LSCB) pdf icon PDF 73 KB",
    ])
    func fileSizesAndTimeLimits(text: String) {
        #expect(metrics(text).isEmpty)
    }

    @Test("an amount of an activity in days or hours is a figure", arguments: [
        ("73.5 days of training delivered", 73.5), ("307 hours of training and development was accessed", 307.0),
    ])
    func amountOfActivity(text: String, value: Double) {
        #expect(metrics(text).map(\.value) == [value])
        #expect(metrics(text).first?.unit == .duration)
    }

    @Test("a timescale before 'of' stays no figure", arguments: [
        "Conferences are held within 15 days of the strategy discussion.",
        "Her attendance improved over the 5 months of working with the team.",
        "Health checks are due at 10 days of age.",
    ])
    func timescaleBeforeOf(text: String) {
        #expect(metrics(text).isEmpty)
    }

    @Test("contact and reference lines give no metrics", arguments: [
        "Contact: Ayshe Simsek 2929", "Venue: Room 2, Civic Centre", "Ref: 12/345",
    ])
    func contactLines(text: String) {
        #expect(metrics(text).isEmpty)
    }

    @Test func aLabelInsideASentenceIsNoContactLine() {
        #expect(metrics("We received 45 contacts: most came from schools.").map(\.value) == [45])
    }

    @Test("an age band after the people it describes is no metric", arguments: [
        "The information shows the proportion of Care Leavers, between 19 and 21 that are in touch.",
        "Young people aged between 16 and 18 were offered a place.",
    ])
    func ageBandAfterPeople(text: String) {
        #expect(metrics(text).isEmpty)
    }

    @Test func countsBetweenTwoFiguresStayFigures() {
        #expect(metrics("The panel saw between 12 and 18 children each quarter.").map(\.value) == [12, 18])
    }

    @Test func anAveragedTimeInMinutesStaysAFigure() {
        #expect(metrics("Calls were answered in an average of 4 minutes.").map(\.value) == [4])
    }

    @Test func aCountBeforeADateStaysACount() {
        #expect(metrics("The team saw 12 children on 3 March 2020.").map(\.value) == [12])
    }

    @Test func itemNumbersLeftInlineByAListWithoutMarkupAreNoMetrics() {
        let found = metrics("Findings are presented to the Forum. 6. 100% case supervisions recorded within 3 months. 7. Senior Practitioners will provide reflective supervision.")
        #expect(found.map(\.value) == [100])
    }

    @Test("a figure that ends a sentence is still a metric", arguments: [
        "The number of children on a plan this year was 26.", "Referrals received: 26.", "Of these, 26. The rest were closed.",
    ])
    func figureClosingASentence(text: String) {
        #expect(metrics(text).map(\.value).contains(26))
    }

    @Test(arguments: [
        "The board met on 14 March 2021 to agree the plan.",
        "In 2020 the partnership changed its arrangements.",
        "The 2021-22 plan was published in the summer.",
        "Training resumed in September 2021.",
        "The meeting starts at 10:30 and ends at 2.00 pm.",
        "Strategy discussions under Section 47 are recorded.",
        "The Children Act 1989 sets the duty.",
        "Working Together 2018 describes the arrangements.",
        "Working Together 2018 in the current year guides practice.",
        "See paragraph 12 and Appendix 3 for details.",
        "Indicator 16: Children becoming subject to a plan for a second time (AMBER)",
        "KPI 4: Re-referrals within twelve months",
        "Measure 24 had not achieved its target.",
        "Appendix 8 Video 2 The voice of young people who go missing",
        "Pupils in Year 6 were measured.",
        "The 0-25 service supports disabled young people.",
        "Support for 16 – 25 year olds is being developed.",
        "The offer for 0–18-year-olds was reviewed.",
        "Call the duty desk on 01905 822666 for advice.",
        "Write to County Hall, Worcester WR5 2NP.",
        "Outcomes improved in quarter 3 against the plan.",
        "Version 2.1.4 of the procedures went live.",
        "The pilot ran through Covid-19 restrictions.",
        "Referrals from under 18s are reviewed daily.",
    ])
    func ignores(text: String) {
        #expect(metrics(text).isEmpty)
    }

    @Test func aFootnoteMarkerAfterAQuotedNameIsNoFigure() {
        #expect(metrics("- 902 'Children in Need' 2").map(\.value) == [902])
    }

    @Test func listNumberingIsNoFigure() {
        #expect(metrics("3. The board received 14 audits this year.").map(\.value) == [14])
    }

    @Test func theLegislationNumberGoesAndTheCountStays() {
        #expect(metrics("840 Section 47 enquiries were completed.").map(\.value) == [840])
    }

    @Test func aFourDigitCountOfPeopleBeforeModernYearsStays() {
        #expect(metrics("The course reached 1875 people across the county.").map(\.value) == [1875])
    }

    @Test func anAgeBandInsideALabelIsNoFigure() {
        #expect(metrics("31% of the children becoming looked after were aged 10-15.").map(\.value) == [31])
    }

    @Test func clockTimesInAListOfSessionsAreNoFigures() {
        #expect(metrics("- 09:30 – year 9 pupils (45 young people)").map(\.value) == [45])
    }

    @Test("consecutive parts of a whole are a fraction unless written as a short year", arguments: [
        ("17 of 18 reports included information on risk.", true), ("21 out of 22 children were visited.", true),
        ("In 21/22 there were 40 referrals.", false),
    ])
    func consecutiveFractions(text: String, kept: Bool) {
        #expect(metrics(text).contains { $0.unit == .fraction } == kept)
    }

    @Test func aShortYearIsNoFigure() {
        let found = metrics("There were 340 referrals in 2007-8, compared with 300 in 2006-7.")
        #expect(found.map(\.value) == [340])
        #expect(found.first?.previous?.value == 300)
    }

    @Test func theAgesACareLeaverIsCountedAtAreNoFigures() {
        let found = metrics("The proportion of care leavers at 19, 20 and 21 in suitable accommodation was 88%.")
        #expect(found.map(\.value) == [88])
        #expect(found.first?.label == "care leavers at 19, 20 and 21 in suitable accommodation")
        // A level reached is a value: "stood at 19".
        #expect(metrics("The number of care leavers stood at 19 this year.").map(\.value) == [19])
    }

    @Test func aFigureAfterASpanIsNoPartOfIt() {
        let found = metrics("80 new children had come into care in the last 6 months and 93 had left care.")
        #expect(found.map(\.value) == [80, 93])
    }
}
