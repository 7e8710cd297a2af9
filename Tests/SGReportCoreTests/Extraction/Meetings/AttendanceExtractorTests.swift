import Testing
@testable import SGReportCore

/// Attendance tables in the forms partnership reports use, each a small synthetic table.
@Suite struct AttendanceExtractorTests {
    private func records(_ text: String, organisation: String? = "Northshire Safeguarding Children Board") -> [Attendance] {
        let report = ReportInfo(title: nil, organisation: organisation, kind: .annualReport, period: nil, published: nil)
        return AttendanceExtractor.extract(from: structure(text), report: report)
    }

    private let boardTable = """
        Appendix 4 Attendance at Board Meetings

        Agency or sector\tName\tMeetings attended\tDeputy\tBoard member\tAgency
        Independent Chair\tJane Doe\t5/5\t\t100%\t100%
        Health Services:
        Community Trust\tAmy Lee\t3/5\t\t60%\t100%
        \tBen Ray\t2/5\t40%
        Northshire Police
        \tDI Carl Fox (Chair of Audit Group)\t4/5\t\t80%\t80%
        Ambulance Service\tDan Poe\t0\t\t0\t0%
        Lay members\tEd Moss\t1/5\t\t\t20%
        Northshire Safeguarding Children Board Annual Report
        Agency or sector\tName\tMeetings attended\tDeputy\tBoard member\tAgency
        \tFay Hart (deputising)\t1/5\t20%

        Gus Lamb, Chief Executive of Northshire Council attended three meetings during the year.
        """

    @Test func readsFractionsAndTheMembersOwnPercentage() throws {
        let found = records(boardTable)
        let chair = try #require(found.first)
        #expect(chair.name == "Jane Doe")
        #expect(chair.role == "Independent Chair")
        #expect((chair.attended, chair.possible, chair.percent) == (5, 5, 100))
        #expect(chair.line == 4)
        #expect(chair.body == "Northshire Safeguarding Children Board")
    }

    @Test func aDeputyKeepsARecordWithTheAgencyAbove() throws {
        let ben = try #require(records(boardTable).first { $0.name == "Ben Ray" })
        #expect(ben.role == "Community Trust (deputy)")
        #expect((ben.attended, ben.possible, ben.percent) == (2, 5, 40))
    }

    @Test func aGroupRowIsTheRoleOfTheRowsUnderIt() throws {
        let carl = try #require(records(boardTable).first { $0.name == "DI Carl Fox" })
        #expect(carl.role == "Northshire Police")
        #expect(carl.percent == 80)
    }

    @Test func theAgencyTotalIsNotTheMembersPercentage() throws {
        let found = records(boardTable)
        let dan = try #require(found.first { $0.name == "Dan Poe" })
        #expect((dan.attended, dan.possible, dan.percent) == (0, nil, 0))
        let ed = try #require(found.first { $0.name == "Ed Moss" })
        #expect(ed.percent == 20)
    }

    @Test func aRepeatedHeaderAfterAPageBreakGoesOnWithTheTable() throws {
        let fay = try #require(records(boardTable).first { $0.name == "Fay Hart" })
        #expect(fay.role == "Northshire Police (deputy)")
        #expect(fay.percent == 20)
    }

    @Test func aSentenceBesideTheTableIsOneMembersRecord() throws {
        let gus = try #require(records(boardTable).first { $0.name == "Gus Lamb" })
        #expect(gus.role == "Chief Executive of Northshire Council")
        #expect(gus.attended == 3)
        #expect(gus.possible == nil)
    }

    @Test func readsPercentageTablesOfOrganisationsAndTheirCaptions() {
        let text = """
            Appendix 3. Northshire Safeguarding Partnership - Meeting attendance April 2020 – March 2021

            Organisation / Member\tTotal % attendance
            Independent Scrutineer\t100%
            Youth Offending Service (YOS)\t75%
            There were 4 Practice Group meetings between May 2020 and February 2021.
            Organisation/member\tTotal % attendance
            Police\t50%
            """
        let found = records(text)
        #expect(found.map(\.name) == ["Independent Scrutineer", "Youth Offending Service (YOS)", "Police"])
        #expect(found.map(\.percent) == [100, 75, 50])
        #expect(found.map(\.body) == ["Northshire Safeguarding Partnership", "Northshire Safeguarding Partnership", "Practice Group"])
        #expect(found.allSatisfy { $0.attended == nil && $0.possible == nil })
    }

    @Test func aTableWithoutAttendanceHeadersIsNoAttendanceRecord() {
        let text = "Agency\tReferrals\tRate\nPolice\t120\t45%\nHealth\t80\t30%\n"
        #expect(records(text).isEmpty)
    }
}

/// A training report's table of courses counts people at events: metrics, not members' attendance.
@Suite struct CourseAttendanceTableTests {
    let text = """
        Table 1: Quarter 1 Course Delivery

        Course Title\tNumber of Attendees\tOriginal Course Capacity\tAttendance Rate
        Fabricated or induced Illness\t8\t23\t35%
        Introduction to CSE\t31\t40\t78%
        """

    @Test func aCourseTableGivesNoAttendanceRecords() {
        let report = ReportInfo(title: nil, organisation: nil, kind: .annualReport, period: nil, published: nil)
        #expect(AttendanceExtractor.extract(from: structure(text), report: report).isEmpty)
    }

    @Test func aCourseTableGivesMetrics() {
        let found = metrics(text)
        #expect(found.map(\.value) == [8, 23, 35, 31, 40, 78])
        #expect(found.first?.label == "Fabricated or induced Illness – Number of Attendees")
    }
}
