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
}
