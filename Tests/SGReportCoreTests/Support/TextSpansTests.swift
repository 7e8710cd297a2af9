import Testing
@testable import SGReportCore

@Suite struct TextSpansTests {
    /// "2019/20" at 10..<17, "1 April 2019 – 31 March 2020" at 30..<58 with "1 April 2019" at 30..<42 inside it.
    let spans = TextSpans([(30, 58), (10, 17), (30, 42)])

    @Test(arguments: [(10, true), (16, true), (17, false), (9, false), (29, false), (30, true), (45, true), (57, true), (58, false)])
    func coversAnOffsetInsideASpan(offset: Int, covered: Bool) {
        #expect(spans.covers(offset) == covered)
    }

    @Test func aSpanInsideALongerOneDoesNotHideTheLongerOnesEnd() {
        // Sorted by start, the short span comes last; the long one still reaches 50.
        #expect(TextSpans([(0, 100), (5, 10)]).covers(50))
    }

    @Test(arguments: [(10, true), (30, true), (11, false), (42, false), (0, false), (99, false)])
    func knowsWhereSpansStart(offset: Int, starts: Bool) {
        #expect(spans.hasSpan(startingAt: offset) == starts)
    }

    @Test func noSpansCoverNothing() {
        #expect(!TextSpans([]).covers(0))
        #expect(!TextSpans([]).hasSpan(startingAt: 0))
    }
}
