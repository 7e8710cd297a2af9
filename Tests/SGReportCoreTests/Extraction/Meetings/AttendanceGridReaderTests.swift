import Testing
@testable import SGReportCore

/// Attendance grids (a row per member, a column per meeting, a mark in each cell), each a small synthetic table.
@Suite struct AttendanceGridReaderTests {
    private func records(_ text: String) -> [Attendance] {
        let report = ReportInfo(title: nil, organisation: "Northshire Safeguarding Children Board", kind: .annualReport, period: nil, published: nil)
        return AttendanceExtractor.extract(from: structure(text), report: report)
    }

    /// (name, attended, possible, percent) of each record, for one comparison.
    private func figures(_ found: [Attendance]) -> [String] {
        found.map { "\($0.name) \($0.attended.map(String.init) ?? "-")/\($0.possible.map(String.init) ?? "-") \($0.percent.map { String(Int($0)) } ?? "-")" }
    }

    private func meetings(_ text: String, published: PartialDate? = PartialDate(year: 2020, month: 6, day: 30)) -> [Meeting] {
        let report = ReportInfo(title: nil, organisation: "Northshire Safeguarding Children Board", kind: .annualReport, period: nil, published: published)
        return MeetingExtractor.extract(from: structure(text), report: report)
    }

    @Test func aGridsDatedColumnsAreItsBodysMeetings() {
        let text = """
            Attendance at Board Meetings 2019-20

            Initials\tAgency\t02/04/19\t04/06/19\t01/10/19\t14/07/20
            IB\tAdult Social Care\tY\tA\tD\t
            JS\tCAFCASS\tD\tY\tN\t
            PW\tNorthshire CCG\tY\tY\tA\t

            Key: Y = Attended, N = Did not attend, A = Apologies, D = Deputy attended
            """
        let found = meetings(text)
        #expect(found.map(\.date.iso) == ["2019-04-02", "2019-06-04", "2019-10-01", "2020-07-14"])
        // The last column has no marks yet and falls after the report's date.
        #expect(found.map(\.status) == [.held, .held, .held, .scheduled])
        #expect(found.allSatisfy { $0.body == "Northshire Safeguarding Children Board" && $0.line == 3 })
    }

    @Test func dottedDatesWithShortYearsHeadAGridsColumns() {
        let text = """
            Board attendance 2015-16

            Name\tAgency\t2.4.15\t4.6.15\t12.10.15
            IB\tAdult Social Care\tY\tA\tY
            JS\tCAFCASS\tY\tY\tN
            """
        #expect(meetings(text).map(\.date.iso) == ["2015-04-02", "2015-06-04", "2015-10-12"])
        #expect(figures(records(text)) == ["IB 2/3 67", "JS 2/3 67"])
    }

    @Test func sectionNumbersInTextAreNoDates() {
        #expect(DateScanner.scan("See section 2.4.15 of the procedures.").isEmpty)
        #expect(DateScanner.headerCellDate(Tokenizer.tokens("2.4.15"))?.day == 2)
        #expect(DateScanner.headerCellDate(Tokenizer.tokens("1.2.3")) == nil)
        #expect(DateScanner.headerCellDate(Tokenizer.tokens("2.4.15 and more")) == nil)
    }

    @Test func aGridOfMonthColumnsNamesNoDays() {
        let text = """
            Attendance at Board Meetings 2019-20

            Member\tJun-19\tSept 19\tDec 19
            Jane Doe\tY\tY\tA
            Amy Lee\tY\tA\tY

            Key: Y = Attended, A = Apologies
            """
        #expect(meetings(text).isEmpty)
    }

    @Test func readsATickGrid() throws {
        let text = """
            Appendix 2 Attendance at Board Meetings 2019-20

            Member\t12 June 2019\t10 Sept 2019\t5 Dec 2019\t12 March 2020
            Jane Doe (Chair)\t✓\t✓\t✓\t✓
            Amy Lee\t✓\t\t✓\t✓
            Ben Ray\t-\t-\t✓\t✓
            """
        let found = records(text)
        #expect(figures(found) == ["Jane Doe 4/4 100", "Amy Lee 3/3 100", "Ben Ray 2/2 100"])
        #expect(found.map(\.line) == [4, 5, 6])
        #expect(found.first?.body == "Northshire Safeguarding Children Board")
    }

    @Test func theExampleInMeetingsDoc() {
        let text = """
            Appendix 2 Attendance at Board Meetings 2019-20
            Key: Y = attended, A = apologies, D = deputy attended, N/A = not a member
            Agency\tMember\t12 June 2019\t10 Sept 2019\t5 Dec 2019\t12 March 2020\t%
            Police\tCarl Fox\tY\tA\tD\tY\t75%
            Health\tDee Hart\tN/A\tY\tA\tY
            """
        let found = records(text)
        #expect(figures(found) == ["Carl Fox 3/4 75", "Dee Hart 2/3 67"])
        #expect(found.map(\.role) == ["Police", "Health"])
        #expect(found.map(\.line) == [4, 5])
    }

    @Test func readsALetterGridByItsLegend() {
        let text = """
            Partnership Board attendance
            Key: Y = attended, A = apologies, D = deputy attended, N = did not attend, NM = not a member
            Agency\tName\tJun-19\tSept 19\tDec-19\tMar-20
            Police\tCarl Fox\tY\tA\tD\tY
            Health\tDee Hart\tY\tN\tNM\tY
            \tEve Moss\tNM\tY\t\tA
            """
        let found = records(text)
        #expect(figures(found) == ["Carl Fox 3/4 75", "Dee Hart 2/3 67", "Eve Moss 1/2 50"])
        #expect(found.map(\.role) == ["Police", "Health", "Health"])
    }

    @Test func aLegendOverridesTheDefaultMarks() {
        // "A" is apologies by default; here it is attended, and a deputy does not count.
        let text = """
            Attendance at Executive meetings
            Name\tMeeting 1\tMeeting 2\tMeeting 3
            Fay Hart\tA\tX\tD
            Gil Lowe\tA\tA\tA
            A = Attended; X = Absent; D = Deputy attended (not counted)
            """
        #expect(figures(records(text)) == ["Fay Hart 1/3 33", "Gil Lowe 3/3 100"])
    }

    @Test func aStatedPercentageWins() {
        let text = """
            Board attendance 2020-21
            Name\tQ1\tQ2\tQ3\tTotal\t%
            Gus Lamb\tY\tY\tA\t2/3\t67%
            Ian Roe\tA\tY\tY\t2/3\t70%
            Jo Ash\tY\t\tY\t\t
            """
        #expect(figures(records(text)) == ["Gus Lamb 2/3 67", "Ian Roe 2/3 70", "Jo Ash 2/2 100"])
    }

    @Test func raggedRowsAreReadAsFarAsTheyGo() {
        let text = """
            Meeting attendance
            Member\tJune\tSeptember\tDecember\tMarch
            Jo Ash\tY\tY
            Kim Bell\tY\tN\tY\tY\tY\tY
            Lee Cole\tA
            """
        #expect(figures(records(text)) == ["Jo Ash 2/2 100", "Kim Bell 3/4 75", "Lee Cole 0/1 0"])
    }

    @Test(arguments: [
        // A cross beside no other mark of attending is a ticked box.
        ("Name\tJun 2019\tSep 2019\tDec 2019\nAnn Bo\tX\tX\t\nCy Dee\tX\t\tX", ["Ann Bo 2/2 100", "Cy Dee 2/2 100"]),
        // Beside "Y" it is an absence.
        ("Name\tJun 2019\tSep 2019\tDec 2019\nAnn Bo\tY\tX\tY\nCy Dee\tX\tY\tY", ["Ann Bo 2/3 67", "Cy Dee 2/3 67"]),
    ])
    func aCrossIsReadByTheRestOfTheGrid(table: String, expected: [String]) {
        #expect(figures(records("Attendance at Board meetings\n" + table)) == expected)
    }

    @Test func aGridWithAttendanceInItsHeaderIsReadOnce() {
        let text = """
            Appendix 1
            Name\t12/06/19\t10/09/19\t05/12/19\t% attendance
            Mo Nye\tY\tA\tY\t67%
            Ola Pike\tY\tY\tY\t100%
            """
        #expect(figures(records(text)) == ["Mo Nye 2/3 67", "Ola Pike 3/3 100"])
    }

    @Test func aRowOfGlyphsAndLettersIsReadCellByCell() {
        // The reading stage keeps a tick alone in a cell, so "✓ A ✓" is read with or without a stated total.
        let text = """
            Attendance at Board Meetings
            Key: ✓ = attended, A = apologies
            Name\tJune 2019\tSept 2019\tDec 2019\tAttended
            Pat Quinn\t✓\tA\t✓\t2/3
            Rob Sims\t✓\tA\t✓
            Sue Tate\t✓\t✓\t✓
            """
        #expect(figures(records(text)) == ["Pat Quinn 2/3 67", "Rob Sims 2/3 67", "Sue Tate 3/3 100"])
    }

    @Test func glyphCellsAreReadWhereTheyArePresent() {
        // Lines built as the reading stage would give them if it kept glyph cells.
        let rows = [
            "Attendance at Board Meetings",
            "Name\tJune 2019\tSept 2019\tDec 2019",
            "Pat Quinn\t✓\tA\t✓",
            "Rob Sims\t✓\t\tD",
        ]
        let lines = rows.enumerated().map { n, row in
            let cells = row.contains("\t")
                ? row.split(separator: "\t", omittingEmptySubsequences: false).map { TableCell(paragraphs: $0.isEmpty ? [] : [String($0)]) }
                : nil
            return CleanLine(
                number: n + 1, text: row.replacingOccurrences(of: "\t", with: " "), headingMarks: nil, bullet: nil, enumerator: nil,
                listNumbering: false, body: row, emphasised: false, indent: 0, cells: cells, linksDocument: false)
        }
        let report = ReportInfo(title: nil, organisation: nil, kind: .annualReport, period: nil, published: nil)
        let found = AttendanceGridReader.read(ParsedText(lines: lines), report: report)
        #expect(figures(found) == ["Pat Quinn 2/3 67", "Rob Sims 2/2 100"])
    }

    @Test(arguments: [
        // Years as columns, figures in the cells.
        "Performance\nMeasure\t2017-18\t2018-19\t2019-20\nReferrals\t1200\t1300\t1250\nRe-referrals\t22%\t19%\t24%",
        // Months as columns, figures in the cells.
        "Contacts by month at Board meetings\nMeasure\tApr-19\tMay-19\tJun-19\nContacts\t120\t130\t140\nReferrals\t40\t45\t50",
        // RAG ratings by quarter, in words.
        "Priority progress reported to Board meetings\nPriority\tQ1\tQ2\tQ3\tQ4\nNeglect\tAmber\tAmber\tGreen\tGreen\nExploitation\tRed\tAmber\tAmber\tGreen",
        // RAG letters: "A" is amber here, the "G" row says so.
        "RAG ratings at Board meetings\nPriority\tQ1\tQ2\tQ3\tQ4\nNeglect\tA\tA\tA\tA\nOnline safety\tA\tA\tA\tA\nExploitation\tA\tA\tG\tG",
        // Quarters with Y/N but nothing saying the table is about meetings.
        "Section 11 audit returns\nAgency\tQ1\tQ2\tQ3\tQ4\nPolice\tY\tY\tN\tY\nHealth\tY\tN\tY\tY",
    ])
    func tablesThatAreNoGridGiveNoAttendance(text: String) {
        #expect(records(text).isEmpty)
    }

    @Test func legendsAreReadWithEqualsSignsOrDashes() throws {
        let equals = try #require(AttendanceLegend("Key: ✓ = attended, A = apologies, D = deputy attended, - = not a member"))
        #expect(equals.mark("✓") == .present)
        #expect(equals.mark("a") == .apologies)
        #expect(equals.mark("d") == .deputy)
        #expect(equals.mark("-") == .notExpected)
        let dashes = try #require(AttendanceLegend("A – Apologies; X – did not attend"))
        #expect(dashes.mark("x") == .absent)
        #expect(AttendanceLegend("Note: the Board met four times.") == nil)
        #expect(AttendanceLegend("The Board met four times during the year") == nil)
    }
}
