import Testing
@testable import SGReportCore

@Suite struct ListFilterTests {
    typealias S = RenderingSamples

    static func filter(_ configure: (inout ListFilter) -> Void) -> Document {
        var f = ListFilter()
        configure(&f)
        return S.full.filtered(by: f)
    }

    @Test func emptyFilterKeepsEverything() {
        #expect(S.full.filtered(by: ListFilter()) == S.full)
    }

    @Test func keepsReportWarningsAndStats() {
        let d = Self.filter { $0.grep = "nothing matches this" }
        #expect(d.report == S.full.report && d.warnings == S.full.warnings && d.stats == S.full.stats)
        #expect(d.sections.isEmpty && d.metrics.isEmpty && d.priorities.isEmpty && d.meetings.isEmpty && d.attendance.isEmpty)
    }

    @Test func grepIsCaseInsensitiveOnEachListsText() {
        #expect(Self.filter { $0.grep = "MONITORING" }.sections.map(\.line) == [352])
        #expect(Self.filter { $0.grep = "england" }.metrics.map(\.line) == [176])  // in text only
        #expect(Self.filter { $0.grep = "TOOLKIT" }.priorities.map(\.line) == [310])  // in actions
        #expect(Self.filter { $0.grep = "get safe" }.meetings.map(\.line) == [12])  // in agenda
        #expect(Self.filter { $0.grep = "noted" }.meetings.map(\.line) == [80])  // in decisions
        #expect(Self.filter { $0.grep = "chair" }.attendance.map(\.line) == [880])
    }

    @Test func grepMatchesNonASCII() {
        #expect(Self.filter { $0.grep = "£1,200" }.metrics.map(\.line) == [900])
        let doc = Document(report: .empty, sections: [Section(number: nil, title: "ÉCOLE Café", level: 1, line: 1)])
        var f = ListFilter()
        f.grep = "école"
        #expect(doc.filtered(by: f).sections.count == 1)
    }

    @Test func sectionMatchesTheSectionTitle() {
        let d = Self.filter { $0.section = "year in figures" }
        #expect(d.metrics.map(\.line) == [150, 176])
        #expect(d.sections.map(\.line) == [120])
        #expect(Self.filter { $0.section = "priorities" }.priorities.map(\.line) == [310])
    }

    @Test func metricsByUnitAndRange() {
        #expect(Self.filter { $0.unit = .percent }.metrics.map(\.line) == [176])
        #expect(Self.filter { $0.min = 65.3; $0.max = 10178 }.metrics.map(\.line) == [150, 160])
        let both = Self.filter { $0.unit = .count; $0.grep = "budget" }
        #expect(both.metrics.isEmpty)
    }

    @Test func prioritiesByScope() {
        #expect(Self.filter { $0.scope = .next }.priorities.map(\.line) == [320])
    }

    @Test func meetingsByStatus() {
        #expect(Self.filter { $0.status = .held }.meetings.map(\.line) == [80])
    }

    @Test(arguments: [
        (S.date(2022, 5, 10), nil, [12]),
        (S.date(2022, 3, 15), nil, [12, 80]),  // the month-only meeting in March matches any March day
        (S.date(2022, 4), nil, [12]),
        (nil, S.date(2022, 3, 1), [80]),
        (nil, S.date(2022, 5), [12, 80]),
        (S.date(2022), S.date(2022), [12, 80]),
        (S.date(2023), nil, []),
    ] as [(PartialDate?, PartialDate?, [Int])])
    func meetingsByDate(from: PartialDate?, to: PartialDate?, expected: [Int]) {
        #expect(Self.filter { $0.from = from; $0.to = to }.meetings.map(\.line) == expected)
    }
}
