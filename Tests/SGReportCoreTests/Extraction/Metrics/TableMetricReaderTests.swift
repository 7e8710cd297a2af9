import Testing
@testable import SGReportCore

/// Cells of tables of figures are metrics with their row and column.
@Suite struct TableMetricReaderTests {
    private let contacts = "Agency\tContacts 2021-22\tShare of contacts\tChange from 2021\n"
        + "Schools\t210\t38%\t-14\nHealth\t95\t17%\t+6\n"

    @Test func anAgendasItemAndPageColumnsHoldNoMetrics() {
        let text = "Agenda\n\nItem No\tSubject\tPage No\n1\tApologies and Welcome\t\n2\tDeclaration of Interest\t\n"
            + "5\tGET SAFE and GET THERE\t1 - 30\n6\tPartnership Annual Report 2020-2021\t31 - 34\n"
        #expect(metrics(text).isEmpty)
    }

    @Test func eachCellIsAMetric() {
        #expect(metrics(contacts).map(\.value) == [210, 38, -14, 95, 17, 6])
    }

    @Test func cellsTakeTheirRowAndColumn() {
        let m = metric(210, in: contacts)
        #expect(m?.table == TableCellRef(row: "Schools", column: "Contacts 2021-22"))
        #expect(m?.label == "Schools – Contacts 2021-22")
    }

    @Test func aYearInTheColumnHeaderIsThePeriod() {
        #expect(metric(210, in: contacts)?.period == "2021-22")
    }

    private let scorecard = "Measure\t2021/22\t2022/23\tEngland\tStatistical Neighbours\tTarget\tRAG\n"
        + "Rate of referrals per 10,000\t512\t538\t544\t560\t520\tAmber\n"
        + "Re-referrals within 12 months\t21%\t19%\t22%\t20%\t18%\tGreen\n"

    @Test func benchmarkAndTargetColumnsArePartsOfTheLatestValue() throws {
        #expect(metrics(scorecard).map(\.value) == [512, 538, 21, 19])
        let m = try #require(metric(538, in: scorecard))
        #expect(m.comparators == [Comparator(name: "England", value: 544), Comparator(name: "statistical neighbours", value: 560)])
        #expect(m.target == 520)
        #expect(m.status == .amber)
        #expect(m.previous == PreviousValue(value: 512, period: "2021/22"))
        #expect(m.trend == .up)
        let earlier = try #require(metric(512, in: scorecard))
        #expect(earlier.comparators.isEmpty && earlier.target == nil && earlier.previous == nil)
    }

    @Test func aRateBaseInTheRowLabelOrCaptionMakesCellsRates() throws {
        #expect(metric(538, in: scorecard)?.unit == .rate)
        #expect(metric(538, in: scorecard)?.per == 10_000)
        let captioned = "CP Rate (per 10,000)\n\nHfd current\tEng*\tStat Neigh*\n30\t44\t43\n"
        let m = try #require(metric(30, in: captioned))
        #expect(m.unit == .rate)
        #expect(m.comparators.map(\.name) == ["England", "statistical neighbours"])
    }

    @Test func undatedOwnColumnsAllTakeTheBenchmarks() {
        let text = "Re-referral % comparison\n\nHfd March\tHfd YTD\tEngland*\tGood+ Stat Neigh*\tOfsted Good*\n32%\t20%\t21%\t19%\t19%\n"
        #expect(metrics(text).map(\.value) == [32, 20])
        #expect(metrics(text).allSatisfy { $0.comparators.map(\.name) == ["England", "Good+ Stat Neigh", "Ofsted Good"] })
    }

    @Test func aChangeColumnIsNoEarlierPeriod() {
        #expect(metric(210, in: contacts)?.previous == nil)
        #expect(metric(-14, in: contacts)?.period == nil)
    }

    @Test func aGitHubStyleTableGivesEachYearWithTheOneBefore() {
        let text = "Year | 2021 | 2022 | 2023 |\n---|---|---|---|\nNumber of children looked after | 80,770 | 82,080 | 83,840 |\nAnnual change | +780 | +1,310 | +1,760 |\n"
        #expect(metric(83_840, in: text)?.previous == PreviousValue(value: 82_080, period: "2022"))
        #expect(metric(83_840, in: text)?.period == "2023")
        #expect(metric(1_760, in: text)?.previous == nil)
    }

    @Test func anEarlierValueIsOfTheSameUnit() {
        let text = "Area\tNumber 2018/19\tNumber 2019/20\t% 2018/19\t% 2019/20\nSchools\t40\t50\t10%\t12%\n"
        #expect(metric(50, in: text)?.previous?.value == 40)
        #expect(metric(12, in: text)?.previous?.value == 10)
    }

    @Test(arguments: ["Oct 19\tNov 19", "Oct-19\tNov-19", "Oct/19\tNov/19"])
    func aMonthAndTwoDigitYearColumnIsThatMonth(columns: String) throws {
        let m = try #require(metric(67, in: "Category\t\(columns)\nNeglect\t62\t67\n"))
        let month = String(columns.split(separator: "\t")[1])
        #expect(m.period == month)
        #expect(m.previous?.value == 62)
    }

    @Test func aCountAndItsShareInOneCellEachHaveTheEarlierOfTheirUnit() {
        let text = "Category\t2019-20\t2020-21\nEmotional\t94 (56%)\t100 (60%)\n"
        #expect(metric(100, in: text)?.previous?.value == 94)
        #expect(metric(60, in: text)?.previous?.value == 56)
    }

    @Test func anUpperHeaderTitleSpansTheEmptyCellsToItsRightThatARowBelowTitles() throws {
        let text = "\tSeptember 2019\t\tOctober 2019\n\tNights\tPercentage\tNights\tPercentage\nIn-House\t5620\t56%\t5674\t53%\n"
        let m = try #require(metric(53, in: text))
        #expect(m.label == "In-House – October 2019 Percentage")
        #expect(m.period == "October 2019")
        #expect(m.previous?.value == 56)
        #expect(metric(5674, in: text)?.previous?.value == 5620)
    }

    @Test func aSpanStopsAtTheNextTitleAndLeavesColumnsUntitledBelow() {
        let text = "\tCIN Plans\t\tTotal known CIN\n\tIncoming\tComplete\t\nTotal\t48\t142\t180\n"
        #expect(metric(142, in: text)?.label == "Total – CIN Plans Complete")
        #expect(metric(180, in: text)?.label == "Total – Total known CIN")
    }

    @Test("a first cell naming its row with a number is the row's label", arguments: [
        ("CP & Court 3", "CP & Court 3"), ("16 +", "16 +"),
        // A page number a converter joined to a long title is no part of it.
        ("Statutory Visits to children will be completed within timescales 79", "Statutory Visits to children will be completed within timescales"),
    ])
    func numberedRowNames(first: String, label: String) {
        let found = metrics("Team\tAllocated Cases\t% in timescale\n\(first)\t4\t75%\n")
        #expect(found.map(\.value) == [4, 75])
        #expect(found.first?.table?.row == label)
    }

    @Test func aRowOfDashesIsARowWithNothingToReport() {
        let text = "Team\tTotal\tSeen\nAssessment 3\t22\t73%\nCP & Court 1\t-\t-\nCP & Court 3\t3\t100%\n"
        #expect(metrics(text).map(\.value) == [22, 73, 3, 100])
    }

    @Test func signedChangesCarryTheirDirection() {
        #expect(metric(-14, in: contacts)?.trend == .down)
        #expect(metric(6, in: contacts)?.trend == .up)
    }

    @Test func percentColumnsMakeBareCellsPercent() {
        let found = metrics("Domain\tProportion achieving (%)\nCommunication\t84.5\n")
        #expect(found.map(\.unit) == [.percent])
    }

    @Test func moneyInParenthesesIsNegative() {
        let found = metrics("\tBudget 2021-22\tActual 2021-22\nFunding\t£\t£\nCouncil contribution\t(48,200)\t(48,200\nStaff costs\t150,000\t149,120\n")
        #expect(found.map(\.value) == [-48200, -48200, 150_000, 149_120])
        #expect(found.allSatisfy { $0.unit == .currency && $0.currency == "GBP" })
    }

    @Test func aHeaderRowOfYearsIsNotData() {
        let found = metrics("Rating\t2019-20\t2020-21\nGood\t41%\t48%\n")
        #expect(found.map(\.value) == [41, 48])
        #expect(found.map(\.period) == ["2019-20", "2020-21"])
    }

    @Test func aGroupLabelRowNamesRowsWithoutLabels() {
        let found = metrics("Area\tTotal\tPercentage\nNorth\t12\t40%\nCosts\n\t30\t100%\n")
        #expect(metric(30, in: "Area\tTotal\tPercentage\nNorth\t12\t40%\nCosts\n\t30\t100%\n")?.table?.row == "Costs")
        #expect(found.count == 4)
    }

    @Test func attendanceTablesAreNotMetrics() {
        #expect(metrics("Member\tMeetings attended\tAttendance\nChair\t4/4\t100%\nPolice\t3/4\t75%\n").isEmpty)
    }

    @Test func ragColumnGivesTheStatus() {
        #expect(metrics("Measure\tValue\tRAG\nVisits on time\t92%\tGreen\n").first?.status == .green)
    }

    @Test func aRowOfFiguresWithoutALabelTakesTheCaption() {
        let found = metrics("Repeat referrals comparison\n\nHere March\tHere YTD\tEngland\n26%\t21%\t22%\n")
        #expect(found.first?.label == "Repeat referrals comparison – Here March")
    }

    @Test func aHeaderAfterTheRowsOfATableBeforeItHeadsTheRowsUnderIt() throws {
        let text = "Indicator\t2018/19\t2019/20\nNumber of referrals\t1,234\t1,456\n\n"
            + "Measure\tWalsall 2020\tStat neighbours\tEngland\nChildren subject to a CP plan per 10,000\t41.2\t45.0\t42.8\n"
        let m = try #require(metric(41.2, in: text))
        #expect(m.label == "Children subject to a CP plan per 10,000 – Walsall 2020")
        #expect(m.comparators == [Comparator(name: "statistical neighbours", value: 45), Comparator(name: "England", value: 42.8)])
        #expect(metric(1456, in: text)?.period == "2019/20")
    }

    @Test func aHeaderOfTwoRowsWithAnEmptyFirstCellStartsNewColumns() {
        let text = "Team\tWithin 1 Month\tWithin 1 - 2 Months\nLAC Team 1\t63\t14\n\nWorker Supervision\n\n"
            + "\tFebruary\tMarch\n\tEnd Month\tEnd Month\nLAC2\t74\t94\n"
        #expect(metric(74, in: text)?.label == "LAC2 – February End Month")
        #expect(metric(94, in: text)?.label == "LAC2 – March End Month")
    }

    @Test func aNewHeadersCaptionIsTheTitleAboveItNotTheFirstTables() {
        let text = "CP Rate (per 10,000)\nHere current\tEngland\n30\t44\n\nCP Plan Category\n\n\tOct 19\tNov 19\nNeglect\t62\t67\n"
        #expect(metric(30, in: text)?.unit == .rate)
        let m = metric(62, in: text)
        #expect(m?.unit == .count)
        #expect(m?.label == "Neglect – Oct 19")
    }

    @Test(arguments: [
        // Words alone in a table of actions name no period or benchmark.
        "Improve timeliness\tComplete\tOn track\n",
        // A long cell is a row's data, though it names a year.
        "TBC\tFeedback from the focused visit post July 2021\tDue post July 2022\n",
    ])
    func aRowOfWordsIsNoNewHeader(row: String) {
        let text = "Priority\tMeasure\tActual\nReduce re-referrals\tRe-referral rate\t22%\n" + row + "Increase EHAs\tNumber of EHAs\t620\n"
        #expect(metric(620, in: text)?.label == "Increase EHAs – Actual")
    }
}
