import Testing
@testable import SGReportCore

@Suite struct HeadlineFiguresLayoutTests {
    private let metric = Metric(
        label: "children who started a child protection plan for a second or subsequent time", value: 24,
        unit: .percent, period: "2019-20", previous: PreviousValue(value: 19, period: "2018-19"),
        comparators: [Comparator(name: "England", value: 21)], section: "Child Protection", line: 112, text: "…")

    private func lines() -> [String] {
        let doc = SourcedDocument(source: "r.txt", document: Document(report: .empty, metrics: [metric]))
        return HeadlineFiguresBlock.lines(doc, options: RenderOptions(width: 80)).map { $0.rendered(colour: false) }
    }

    @Test func putsTheFigureAndLabelOnOneLineAndItsComparisonsBelow() {
        let out = lines()
        let figure = out.firstIndex { $0.contains("L112") && $0.contains("24%") }
        #expect(figure != nil)
        if let figure {
            #expect(out[figure].contains("children who started a child protection plan"))
            #expect(out[figure + 1].contains("2019-20 · prev 19% (2018-19); England 21%"))
        }
    }

    @Test func fitsEightyColumns() {
        #expect(lines().allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}
