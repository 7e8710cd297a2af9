import Testing

@testable import SGReportCLI

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("json", "json", 0), ("jsn", "json", 1),
        ("jsno", "json", 1), ("summarize", "summarise", 1), ("kitten", "sitting", 3),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
        #expect(EditDistance.distance(b, a) == expected)
    }

    @Test func suggestions() {
        let commands = ["summarise", "metrics", "priorities", "meetings", "sections", "check"]
        #expect(EditDistance.suggestion(for: "summarize", among: commands) == "summarise")
        #expect(EditDistance.suggestion(for: "SUMMARISE", among: commands) == "summarise")
        #expect(EditDistance.suggestion(for: "prio", among: commands) == "priorities")
        #expect(EditDistance.suggestion(for: "me", among: commands) == nil)
        #expect(EditDistance.suggestion(for: "x", among: ["to"]) == nil)
        #expect(EditDistance.suggestion(for: "banana", among: commands) == nil)
        #expect(EditDistance.suggestion(for: "", among: commands) == nil)
    }
}
