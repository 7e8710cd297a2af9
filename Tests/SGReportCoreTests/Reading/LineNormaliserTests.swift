import Testing
@testable import SGReportCore

@Suite struct LineNormaliserTests {
    private func line(_ text: String) -> CleanLine {
        LineNormaliser.normalise(SourceLine(number: 7, text: text))
    }

    @Test func readsMarkdownHeadingMarks() {
        let l = line("### 1.1 Purpose of the Annual Report")
        #expect(l.headingMarks == 3)
        #expect(l.enumerator == "1.1")
        #expect(l.body == "Purpose of the Annual Report")
        #expect(l.number == 7)
    }

    @Test(arguments: [
        ("- Any **employment**, office", 0, "Any employment, office"),
        (" - you must **not participate**", 1, "you must not participate"),
        ("- o Transition", 1, "Transition"),
        ("- $\\circ~$ 25.3% were via MASH", 1, "25.3% were via MASH"),
        (" - \\circ Transition", 2, "Transition"),
        ("\u{F0B7} Neglect", 0, "Neglect"),
        ("• Neglect", 0, "Neglect"),
        ("    - deeper", 1, "deeper"),
        ("o Scrutiny of transitions", 0, "Scrutiny of transitions"),
        // Wingdings bullets written as their Latin-1 letters.
        ("Ø The total number of children", 0, "The total number of children"),
        ("ü Neglect", 0, "Neglect"),
    ])
    func readsBulletsWithDepth(input: String, depth: Int, text: String) {
        let l = line(input)
        #expect(l.bullet == depth)
        #expect(l.text == text)
    }

    @Test(arguments: ["o the line goes on", "o", "of the plan", "Øystein Larsen chaired", "Ø the line goes on"])
    func aLoneOIsABulletOnlyBeforeACapital(input: String) {
        #expect(line(input).bullet == nil)
    }

    @Test func negativeNumberIsNotABullet() {
        #expect(line("-101 fewer contacts").bullet == nil)
    }

    @Test func wholeLineEmphasisIsACue() {
        #expect(line("**Progress:**").emphasised)
        #expect(line("<b>Section 1. Introduction .....</b>").emphasised)
        #expect(!line("**Shares** etc").emphasised)
    }

    @Test func splitsTabCellsAndDropsTrailingEmpties() {
        let l = line("Education\t64\t40.5%\t-101\t22 (34%)\t\t")
        #expect(l.cells?.map(\.text) == ["Education", "64", "40.5%", "-101", "22 (34%)"])
    }

    @Test func keepsEmptyCellsBetweenValues() {
        #expect(line("Yes (352)\t\t92%").cells?.map(\.text) == ["Yes (352)", "", "92%"])
    }

    @Test func readsParagraphsInsideHTMLCells() {
        let l = line("1.\t<p>APOLOGIES FOR ABSENCE</p> <p>To receive apologies for absence</p>\t")
        #expect(l.cells?.count == 2)
        #expect(l.cells?.last?.paragraphs == ["APOLOGIES FOR ABSENCE", "To receive apologies for absence"])
    }

    @Test func oneCellIsNotARow() {
        let l = line("training)? Tick one only.\t\t")
        #expect(l.cells == nil)
        #expect(l.text == "training)? Tick one only.")
    }

    @Test func ruleRowsHaveNoCells() {
        #expect(line("-----------------------------------\t--------").cells == [])
        #expect(line("|---|:--:|").cells == [])
    }

    @Test func readsPipeTablesWithAPipeAtOneEndOnly() {
        #expect(line("Year | 2019 | 2020 | 2021 |").cells?.map(\.text) == ["Year", "2019", "2020", "2021"])
        #expect(line("| Agency | 2019").cells?.map(\.text) == ["Agency", "2019"])
        #expect(line("---|---|---|").cells == [])
        // One pipe in prose is a separator, not a table.
        #expect(line("SaferNEL | Safeguarding Children Partnership").cells == nil)
    }

    @Test func readsPipeTables() {
        #expect(line("| Agency | 2019 |").cells?.map(\.text) == ["Agency", "2019"])
    }

    @Test func punctuationOnlyLineIsBlank() {
        #expect(line("|").isBlank)
        #expect(line("   ").isBlank)
    }

    @Test("a tick or cross alone in a cell is kept; other lone marks are dropped")
    func tickCellsAreKept() {
        let row = line("Jane Doe\t✓\t-\t✗\t•")
        // The lone bullet is dropped, and an empty last cell with it.
        #expect(row.cells?.map(\.text) == ["Jane Doe", "✓", "", "✗"])
        // With its ticks kept, a row of a name and ticks is still a table row.
        let ticks = line("Jane Doe\t✓\t✓")
        #expect(ticks.cells?.count == 3)
    }

    @Test("a tick grid is read as attendance end to end")
    func tickGridAttendance() throws {
        let text = "Board attendance 2019/20\nMember\t12 June 2019\t10 Sept 2019\t3 Dec 2019\n"
            + "Jane Doe\t✓\t✓\t✓\nBen Ray\t✓\tA\t✓\n"
        let d = try ReportParser.parse(Array(text.utf8))
        #expect(d.attendance.map(\.name) == ["Jane Doe", "Ben Ray"])
        #expect(d.attendance.map(\.attended) == [3, 2])
        #expect(d.attendance.map(\.possible) == [3, 3])
    }
}

@Suite struct EnumeratorTests {
    @Test(arguments: [
        ("1. Introduction", "1", "Introduction"),
        ("1.Terms of Reference", "1", "Terms of Reference"),
        ("2.2.1 Better provision", "2.2.1", "Better provision"),
        ("3) Children reach", "3", "Children reach"),
        ("14. This has taken shape", "14", "This has taken shape"),
        ("(a) first", "a", "first"),
        ("iv) fourth", "iv", "fourth"),
        // A converted table's cell rule after the number.
        ("1.1 / To inform members", "1.1", "To inform members"),
        ("1. /Purpose of the Report", "1", "Purpose of the Report"),
        ("2.0 / Matters Arising", "2.0", "Matters Arising"),
    ])
    func splitsNumbering(text: String, number: String, body: String) {
        let (e, b) = Enumerator.split(text)
        #expect(e == number)
        #expect(b == body)
    }

    @Test(arguments: [
        "2 meetings were held", "4.025 secondary school age", "2019. It was", "10,178 contacts",
        "93% of conferences", "1.5 million", "2019-20 was a year", "18th August 2021",
        "12 / Children in care", "15 / 20 were seen",
    ])
    func proseNumbersAreNotNumbering(text: String) {
        #expect(Enumerator.split(text).enumerator == nil)
    }
}
