import Testing
@testable import SGReportCore

@Suite struct LineListTests {
    @Test("a note names one line or several, sorted, once each", arguments: [
        ([5], "line 5"), ([12, 3, 12], "lines 3, 12"), ([1, 1], "line 1"),
    ])
    func phrase(lines: [Int], expected: String) {
        #expect(LineList.phrase(lines) == expected)
    }
}
