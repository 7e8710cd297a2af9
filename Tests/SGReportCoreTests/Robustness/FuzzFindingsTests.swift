import Testing
@testable import SGReportCore

/// Inputs the libFuzzer target (`Fuzz/run.sh`) found to break a promise, cut down to what still shows it.
/// `Fuzz/README.md` records each finding and its fix.
struct FuzzFindingsTests {
    /// Two financial years first named on the same line tied on (count, line), so the report's period was
    /// whichever the dictionary happened to yield: parsing the same bytes twice could give 2018/19 then 2019/20.
    /// A tie on one line now goes to the later label (a table header puts last year before this one).
    @Test(arguments: [
        // Not on the cover (a title's own period wins), so the period is the most-named financial year.
        "Table 1: Contacts and referrals\nMeasure\t2018/19\t2019/20\nContacts\t9,876\t10,178\n",
    ])
    func periodTieIsDecidedTheSameEveryTime(text: String) throws {
        let periods = try (0..<50).map { _ in try ReportParser.parse(Array(text.utf8)).report.period?.label }
        #expect(Set(periods).count == 1)
        #expect(periods.first == "2019/20")
    }

    /// A data row with more cells than its attendance header, a percentage past the last header: `isDeputy` and
    /// `isAggregate` indexed the headers with the row's column and trapped (index out of range).
    @Test(arguments: [
        "m\tAttend\nh\t\t0%",
        "Name\tAttendance\nA Smith\t3/4\t75%\t\t100%\n",
    ])
    func attendanceRowWiderThanItsHeader(text: String) throws {
        let document = try ReportParser.parse(Array(text.utf8))
        let json = Renderer.render([SourcedDocument(source: "fuzz", document: document)], view: .attendance, format: .json)
        #expect(json.hasSuffix("}\n"))
        #expect(document.attendance.allSatisfy { (1...document.stats.lines).contains($0.line) })
    }

    /// A sentence ending in a preposition just after a figure's label ("12 children were seen in", a line cut
    /// off at the end of a file): the label reader looked for a period in the empty range after it and trapped.
    @Test(arguments: ["12 children were seen in", "- 12 referrals from", "There were 12 referrals for\n\nNext"])
    func labelEndingInAPreposition(text: String) throws {
        let document = try ReportParser.parse(Array(text.utf8))
        #expect(document.metrics.map(\.value) == [12])
    }

    /// A part read as an earlier value whose opening parenthesis stood before the figure it belongs to (replaying
    /// the fuzz corpus on the labelled-earlier-value change, before it landed): the figure's own words were cut at
    /// that parenthesis, a range ending before it started, and the trend reader trapped.
    @Test func partWithAParenthesisOpenedBeforeItsHost() throws {
        let document = try ReportParser.parse(Array("6%(up from 1 8£2.per100".utf8))
        #expect(document.metrics.map(\.value).contains(6))
    }
}
