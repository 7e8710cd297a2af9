import Testing
@testable import SGReportCore

@Suite struct CueTests {
    func matches(_ cue: String, _ text: String) -> Bool {
        CueSet(phrases: [cue]).occurs(in: CueScan.lowered(text))
    }

    @Test func wholeWordsAllowAPlural() {
        #expect(matches("rapid review", "Two Rapid Reviews were held"))
        #expect(matches("ccg", "the CCGs agreed"))
        #expect(!matches("scr", "scrutiny"))
    }

    @Test func stemsMatchLongerWords() {
        #expect(matches("evaluat*", "training was evaluated"))
    }

    @Test func matchesStartAtWordBoundaries() {
        #expect(!matches("police", "the metropolice"))
    }

    @Test func marksNeedNoBoundary() {
        #expect(matches("%", "24% of children"))
    }
}
