import Testing
@testable import SGReportCore

@Suite struct TextTableTests {
    @Test func alignsColumnsAndDropsTrailingSpaces() {
        var table = TextTable([.number, .title, .lineRef])
        table.add(["24%", "re-referrals", "L 76"])
        table.add(["£1,200,000", "budget", "L900"])
        #expect(table.lines(width: 80).map { $0.rendered(colour: false) } == [
            "       24%  re-referrals  L 76",
            "£1,200,000  budget        L900",
        ])
    }

    @Test func truncatesOnlyShrinkingColumnsToFit() {
        var table = TextTable([.number, .title(min: 10), .lineRef])
        table.add(["1,234,567", String(repeating: "long label ", count: 10), "L12345"])
        let line = table.lines(width: 40)[0].rendered(colour: false)
        #expect(DisplayWidth.of(line) == 40)
        #expect(line.hasPrefix("1,234,567  long label"))
        #expect(line.hasSuffix("…  L12345"))
    }

    @Test func keepsNumbersWhenItCannotFit() {
        var table = TextTable([.number, .title(min: 10), .lineRef])
        table.add(["1,234,567", "a label that is long", "L12345"])
        let line = table.lines(width: 10)[0].rendered(colour: false)
        #expect(line == "1,234,567  a label t…  L12345")
    }

    @Test func leavesOutColumnsEmptyInEveryRow() {
        var table = TextTable([.text, .text, .text])
        table.add(["a", "", "c"])
        #expect(table.lines(width: 80)[0].rendered(colour: false) == "a  c")
    }

    @Test(arguments: [("Monitoring Effectiveness", 11, "Monitoring…"), ("Early Help offer", 12, "Early Help…"),
                      ("short", 10, "short"), ("学校学校", 5, "学校…")])
    func truncatesWithEllipsis(text: String, width: Int, expected: String) {
        #expect(DisplayWidth.truncated(text, to: width) == expected)
    }

    @Test func colourIsBoldAndDimOnly() {
        let line = StyledLine("Outline", .bold) + ("  ", .plain) + ("L12", .dim)
        #expect(line.rendered(colour: true) == "\u{1B}[1mOutline\u{1B}[0m  \u{1B}[2mL12\u{1B}[0m")
        #expect(line.rendered(colour: false) == "Outline  L12")
    }
}
