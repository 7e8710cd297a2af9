import Testing
@testable import SGReportCore

@Suite struct TSVWriterTests {
    @Test func flattensTabsAndLineBreaksInCells() {
        let table = Table(headers: ["source", "n", "text"], rows: [[.text("a.txt"), .number(3), .text("a\tb\nc\r\nd")]])
        let out = TSVWriter().write(table)
        #expect(out == "source\tn\ttext\na.txt\t3\ta b c  d\n")
        for line in out.split(separator: "\n") { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 3) }
    }
}
