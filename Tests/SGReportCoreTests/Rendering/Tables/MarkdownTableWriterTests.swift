import Testing
@testable import SGReportCore

@Suite struct MarkdownTableWriterTests {
    @Test func escapesPipesAndRightAlignsNumericColumns() {
        let table = Table(
            headers: ["source", "line", "title"],
            rows: [[.text("a.txt"), .number(12), .text("Pay | Conditions\nand \\ more")], [.text("b.txt"), .empty, .text("")]]
        )
        #expect(MarkdownTableWriter().write(table) == """
            | source | line | title |
            | --- | ---: | --- |
            | a.txt | 12 | Pay \\| Conditions and \\\\ more |
            | b.txt |  |  |

            """)
    }
}
