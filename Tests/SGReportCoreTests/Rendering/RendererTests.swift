import Foundation
import Testing
@testable import SGReportCore

@Suite struct RendererTests {
    typealias S = RenderingSamples
    static let two = [S.sourced(), S.sourced(S.empty, "-")]

    @Test func summaryJSONIsOneObjectForOneFileAndAnArrayForSeveral() throws {
        let one = Renderer.render([S.sourced()], view: .summary, format: .json, options: RenderOptions())
        #expect(try JSONWriter.parse(one) is [String: Any])
        let several = Renderer.render(Self.two, view: .summary, format: .json, options: RenderOptions())
        let array = try JSONWriter.parse(several) as? [[String: Any]]
        #expect(array?.count == 2)
        #expect(array?[1]["source"] as? String == "-")
    }

    @Test func summaryJSONLIsOneDocumentPerLine() throws {
        let out = Renderer.render(Self.two, view: .summary, format: .jsonl, options: RenderOptions())
        let lines = out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(out.hasSuffix("\n"))
        for line in lines { #expect(try JSONWriter.parse(String(line)) is [String: Any]) }
    }

    @Test(arguments: [(View.sections, "sections"), (.metrics, "metrics"), (.priorities, "priorities"),
                      (.meetings, "meetings"), (.attendance, "attendance")])
    func listingJSONIsTheDocumentShapeCutToItsPart(view: View, part: String) throws {
        let out = Renderer.render([S.sourced()], view: view, format: .json, options: RenderOptions())
        #expect(out.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"source\": \"reports/walsall-2019-20.txt\",\n  \"\(part)\": ["))
        let several = Renderer.render(Self.two, view: view, format: .json, options: RenderOptions())
        let array = try JSONWriter.parse(several) as? [[String: Any]]
        #expect(array?.map { $0.keys.sorted() } == [["schemaVersion", "source", part].sorted(), ["schemaVersion", "source", part].sorted()])
    }

    @Test func listingJSONLPutsSourceFirstOnEveryRecord() throws {
        let out = Renderer.render(Self.two, view: .metrics, format: .jsonl, options: RenderOptions())
        let lines = out.split(separator: "\n")
        #expect(lines.count == S.full.metrics.count)
        for line in lines {
            #expect(line.hasPrefix(#"{"source":"reports/walsall-2019-20.txt","label":"#))
            #expect(try JSONWriter.parse(String(line)) is [String: Any])
        }
    }

    @Test func tabularFormatsShareOneTableWithSourceFirst() {
        let out = Renderer.render(Self.two, view: .priorities, format: .csv, options: RenderOptions())
        #expect(out == """
            source,line,number,scope,status,title,actions,progress,section
            reports/walsall-2019-20.txt,310,1,current,green,Neglect,1,1,Progress against our 2019-2020 Priorities
            reports/walsall-2019-20.txt,320,2,next,,Exploitation,0,0,

            """)
    }

    @Test(arguments: [View.sections, .metrics, .priorities, .meetings, .attendance])
    func tabularHeadersAreTheDocumentedColumns(view: View) {
        let expected = [
            View.sections: "source,number,title,level,line",
            .metrics: "source,line,value,unit,label,period,qualifier,currency,per,denominator,durationUnit,"
                + "previousValue,previousPeriod,comparators,target,status,trend,tableRow,tableColumn,section,text",
            .priorities: "source,line,number,scope,status,title,actions,progress,section",
            .meetings: "source,line,date,time,status,body,location,agendaItems,present,apologies,decisions",
            .attendance: "source,line,body,name,role,attended,possible,percent",
        ]
        let out = Renderer.render([S.sourced(S.empty)], view: view, format: .csv, options: RenderOptions())
        #expect(out == expected[view]! + "\n")
    }

    @Test func summaryInATabularFormatFallsBackToJSON() {
        let csv = Renderer.render([S.sourced()], view: .summary, format: .csv, options: RenderOptions())
        #expect(csv == Renderer.render([S.sourced()], view: .summary, format: .json, options: RenderOptions()))
    }

    @Test(arguments: View.allCases)
    func nothingToRenderIsEmpty(view: View) {
        #expect(Renderer.render([], view: view, format: .json, options: RenderOptions()) == "")
    }
}
