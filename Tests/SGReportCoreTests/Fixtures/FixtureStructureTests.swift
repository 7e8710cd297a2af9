import Testing
@testable import SGReportCore

/// Facts read in the bundled reports: their outlines, kinds and periods.
@Suite struct FixtureStructureTests {
    @Test func wscbOutlineHasItsForewordChaptersAndAppendices() {
        let sections = FixtureFile.wscb.document.sections
        let byLine = Dictionary(sections.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byLine[57]?.title == "Foreword by Independent Chair")
        #expect(byLine[79]?.title == "Executive Summary")
        #expect(byLine[94]?.number == "1" && byLine[94]?.title == "Introduction" && byLine[94]?.level == 1)
        #expect(byLine[96]?.number == "1.1" && byLine[96]?.title == "Purpose of the Annual Report" && byLine[96]?.level == 2)
        #expect(byLine[186]?.number == "2" && byLine[186]?.title == "Priority Work Streams")
        #expect(byLine[196]?.number == "2.2.1" && byLine[196]?.level == 3)
        #expect(byLine[859]?.number == "Appendix 8" && byLine[859]?.title == "Glossary")
        let numbers = Set(sections.compactMap(\.number))
        for n in 1...8 {
            #expect(numbers.contains("1.\(n)"))
            #expect(numbers.contains("Appendix \(n)"))
        }
    }

    @Test func wscbContentsPageAndSignatureAreNotSections() {
        let sections = FixtureFile.wscb.document.sections
        #expect(!sections.contains { (19...56).contains($0.line) })
        #expect(!sections.contains { $0.title == "Derek Benson" })
    }

    @Test func walsallOutlineFollowsItsNumberedChapters() {
        let sections = FixtureFile.walsall.document.sections
        let titles = sections.filter { $0.level == 1 }.map(\.displayTitle)
        #expect(titles.starts(with: [
            "Foreword by the Independent Chair – Liz Murphy", "1 Introduction", "2 Local Context / Our Year in Figures",
            "3 Progress against Our Priorities",
        ]))
        #expect(sections.contains { $0.line == 160 && $0.title == "Section 47 Enquiries" && $0.number == nil })
        #expect(sections.contains { $0.line == 854 && $0.number == "Appendix 3" && $0.title == "Budget" })
        #expect(!sections.contains { (13...31).contains($0.line) })
    }

    @Test func earlyHelpContentsListIsNotItsOutline() {
        let t = FixtureFile.earlyHelp.structure
        for line in 9...12 { #expect(t.block(at: line)?.kind == .contents) }
        let sections = FixtureFile.earlyHelp.document.sections
        #expect(sections.first?.line == 14)
        #expect(sections.first?.title == "Terms of Reference, attendance dates of meetings")
    }

    @Test func herefordshireMinuteItemsAreSectionsAndRunningHeadersAreNot() {
        let sections = FixtureFile.herefordshireAgenda.document.sections
        #expect(sections.contains { $0.line == 79 && $0.number == "40" && $0.title == "APOLOGIES FOR ABSENCE" })
        #expect(sections.filter { $0.title.hasPrefix("Safeguarding and Family Support Improvement Plan 2019-2020") }.count <= 1)
        #expect(!sections.contains { $0.title == "Aim" })
    }

    @Test func herefordshireNumberedProseIsNotASection() {
        // Line 3039 onwards: the task and finish report numbers its paragraphs "1.1 At its meeting on …".
        #expect(!FixtureFile.herefordshireAgenda.document.sections.contains { $0.title.hasPrefix("At its meeting") })
    }

    @Test(arguments: [
        (FixtureFile.earlyHelp, ReportKind.annualReport, "2021/22"),
        (.wscb, .annualReport, "2016/17"),
        (.walsall, .annualReport, "2019-20"),
        (.worcestershireAgenda, .agenda, nil),
        (.herefordshireAgenda, .agenda, nil),
    ] as [(FixtureFile, ReportKind, String?)])
    func kindAndPeriod(file: FixtureFile, kind: ReportKind, period: String?) {
        let report = file.document.report
        #expect(report.kind == kind)
        #expect(report.period?.label == period)
    }

    @Test func walsallCoversTheFinancialYear() {
        let period = FixtureFile.walsall.document.report.period
        #expect(period?.start?.iso == "2019-04-01")
        #expect(period?.end?.iso == "2020-03-31")
    }

    @Test(arguments: [
        (FixtureFile.wscb, "Worcestershire Safeguarding Children Board Annual Report 2016/17", "2017-08"),
        (.worcestershireAgenda, "Agenda – Children and Families Overview and Scrutiny Panel", "2022-05-10"),
        (.herefordshireAgenda, "Agenda – Children and young people scrutiny committee", "2020-06-02"),
    ] as [(FixtureFile, String, String)])
    func titleAndDate(file: FixtureFile, title: String, published: String) {
        let report = file.document.report
        #expect(report.title == title)
        #expect(report.published?.iso == published)
    }

    @Test func walsallStatesNoPublicationDate() {
        #expect(FixtureFile.walsall.document.report.published == nil)
    }

    /// Converter residue that must never reach output: markdown, HTML, entities, LaTeX, escapes, link syntax.
    static let residue = ["**", "<p>", "</", "<b>", "<u>", "<sup>", "&amp;", "&nbsp;", "$\\", "^{", "\\(", "\\_", "](", "\u{F0B7}"]

    @Test(arguments: FixtureFile.allCases)
    func noResidueInTheDocument(file: FixtureFile) {
        let json = Renderer.render([SourcedDocument(source: "f", document: file.document)], view: .summary, format: .json)
        for mark in Self.residue {
            #expect(!json.contains(mark), "\(mark) in \(file)")
        }
    }

    @Test(arguments: FixtureFile.allCases)
    func everySectionHasATitleAndALevel(file: FixtureFile) {
        for section in file.document.sections {
            #expect(!section.title.isEmpty || section.number != nil)
            #expect((1...6).contains(section.level))
        }
    }
}
