import Testing
@testable import SGReportCore

@Suite struct SummaryRendererTests {
    typealias S = RenderingSamples

    static func digest(_ doc: Document, width: Int = 80) -> String {
        Renderer.render([S.sourced(doc)], view: .summary, format: .text, options: RenderOptions(width: width))
    }

    @Test func opensWithTheReportFacts() {
        let out = Self.digest(S.full)
        #expect(out.hasPrefix("Walsall Safeguarding Children Partnership Annual Report 2019-20\n"))
        #expect(out.contains("Organisation  Walsall Safeguarding Children Partnership\n"))
        #expect(out.contains("Kind          annual report\n"))
        #expect(out.contains("Period        2019-20 (2019-04-01 to 2020-03-31)\n"))
        #expect(out.contains("Published     2020-09-30\n"))
        #expect(out.contains("Size          79.4 KB, 894 lines\n"))
        #expect(out.contains("Warnings      1 warning while reading\n"))
    }

    @Test func outlineShowsTopLevelSectionsWithLines() {
        let out = Self.digest(S.full)
        #expect(out.contains("Outline\n  L 40  1 Introduction and New Arrangements\n"))
        #expect(out.contains("  L500  4 Our 4th Partner\n"))
        #expect(!out.contains("3.2 Monitoring"))
    }

    @Test func outlineTakesSecondLevelWhenTopLevelIsSparse() {
        let doc = Document(report: S.report, sections: Array(S.sections[2...3]))
        #expect(Self.digest(doc).contains("L352    3.2 Monitoring Effectiveness"))
    }

    @Test func headlineFiguresPutComparedFiguresInAndCountAll() {
        let many = (1...20).map { Metric(label: "plain \($0)", value: Double($0), unit: .count, line: $0, text: "") }
        let doc = Document(report: S.report, metrics: many + [S.rereferrals])
        let out = Self.digest(doc)
        #expect(out.contains("Headline figures\n"))
        #expect(out.contains("re-referrals within"))
        #expect(!out.contains("plain 12 "))
        #expect(out.contains("  21 metrics in all — see 'sgreport metrics reports/walsall-2019-20.txt'\n"))
        #expect(out.contains("  Local Context / Our Year in Figures\n"))
    }

    @Test func laterBlocksSummariseTheirLists() {
        let out = Self.digest(S.full)
        #expect(out.contains("Priorities\n  Current (1)\n    1  Neglect  green  progress noted  L310\n"))
        #expect(out.contains("  Next (1)\n    2  Exploitation  no status  no progress evidence  L320\n"))
        #expect(out.contains("Meetings\n  1 held, 1 scheduled\n  2022-03 to 2022-05-10\n"))
        #expect(out.contains("Next scheduled:  2022-05-10 14:00  Children and Families Panel, County H…  L12"))
        #expect(out.contains("Attendance\n  Average 62.5% across 2 members\n  Below 50%:\n    Jo Bloggs  Education  1/4  25%  L881\n"))
    }

    @Test func saysWhatWasLookedForAndNotFound() {
        let out = Self.digest(S.empty)
        #expect(out.hasPrefix("(untitled)\n"))
        #expect(out.contains("Kind          unknown\n"))
        #expect(out.contains("Period        not found\n"))
        #expect(!out.contains("Warnings"))
        for block in ["Outline", "Metrics", "Priorities", "Meetings", "Attendance"] {
            #expect(out.contains("\(block): none found\n"))
        }
    }

    @Test func fitsEightyColumns() {
        let out = Self.digest(S.full)
        #expect(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    }
}
