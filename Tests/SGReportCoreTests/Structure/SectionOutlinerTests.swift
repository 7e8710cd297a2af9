import Testing
@testable import SGReportCore

@Suite struct SectionOutlinerTests {
    private let prose = "\n\nProse of this section goes on for long enough to read as a paragraph here.\n\n"

    /// Each heading gets its own paragraph: identical paragraphs would read as a running header.
    private func outline(_ headings: [String]) -> [Section] {
        let body = headings.enumerated().map { "\($0.element)\n\nSection \($0.offset) prose goes on for long enough to read as a paragraph here.\n\n" }
        return document("Title of the Report" + prose + body.joined()).sections
    }

    @Test func numberingGivesNumberAndLevel() {
        let s = outline(["Section 2. Priority Work Streams", "2.1 Board Priorities and activities", "2.2.1 Better provision"])
        #expect(s.map(\.number) == ["2", "2.1", "2.2.1"])
        #expect(s.map(\.title) == ["Priority Work Streams", "Board Priorities and activities", "Better provision"])
        #expect(s.map(\.level) == [1, 2, 3])
    }

    @Test func markdownMarksDoNotOverrideNumbering() {
        let s = outline(["## Section 1. Introduction", "### 1.5 WSCB Values", "## 1.6 WSCB Membership"])
        #expect(s.map(\.level) == [1, 2, 2])
    }

    @Test func appendicesSitUnderTheirHeadingAndKeepTheirWord() {
        let s = outline(["Appendices", "Appendix 3 Attendance at Board Meetings", "Appendix 8 Glossary"])
        #expect(s.map(\.number) == [nil, "Appendix 3", "Appendix 8"])
        #expect(s.map(\.level) == [1, 2, 2])
    }

    @Test func anUnnumberedHeadingSitsUnderTheNumberedSectionItFollows() {
        let s = outline(["3. Progress against Our Priorities", "Neglect Training Model", "Foreword by the Chair"])
        #expect(s.map(\.level) == [1, 2, 1])
    }

    @Test func legislationIsNotAChapterNumber() {
        let s = outline(["2. Local Context", "Section 47 Enquiries"])
        #expect(s.last?.number == nil)
        #expect(s.last?.title == "Section 47 Enquiries")
    }

    @Test func aRepeatedPageTopAppendicesIsListedOnce() {
        let s = outline(["Appendices", "Appendix 1. Structure", "Appendices", "Appendix 2. Budget"])
        #expect(s.filter { $0.title == "Appendices" }.count == 1)
    }

    @Test func coverLinesAreNotSections() {
        let d = document("Walsall Safeguarding Children Board\n\nAnnual Report 2019 – 2020\n\n1. Introduction" + prose)
        #expect(d.sections.map(\.title) == ["Introduction"])
    }

    @Test func sectionLinesAreTheHeadingsOwn() {
        let d = document("Title\n\n1. Introduction" + prose + "2. Context" + prose)
        #expect(d.sections.map(\.line) == [3, 7])
    }
}
