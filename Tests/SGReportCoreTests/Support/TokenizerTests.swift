import Testing
@testable import SGReportCore

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("splits words, numbers and marks at their UTF-8 offsets")
    func splitsKinds() {
        let t = Tokenizer.tokens("18th August 2021, £2.5m")
        #expect(t.map(\.text) == ["18", "th", "August", "2021", ",", "£", "2", ".", "5", "m"])
        #expect(t.map(\.kind) == [.number, .word, .word, .number, .mark, .mark, .number, .mark, .number, .word])
        #expect(t[2].start == 5 && t[2].end == 11)
        // "£" starts at byte 18 and is two bytes long, so "2" starts at 20.
        #expect(t[5].start == 18 && t[5].end == 20 && t[6].start == 20)
        #expect(t.map(\.spaced) == [true, false, true, true, false, true, false, false, false, false])
    }

    @Test("lower folds ASCII and non-ASCII capitals", arguments: [
        ("OSPB", "ospb"), ("Walsall", "walsall"), ("ÉCOLE", "école"), ("ŁÓDŹ", "łódź"), ("already", "already"),
    ])
    func lowerCase(word: String, lower: String) {
        let t = Tokenizer.tokens(word)
        #expect(t.count == 1)
        #expect(t.first?.lower == lower)
        #expect(t.first?.text == word)
    }

    @Test("a long word keeps its text whole")
    func longWord() {
        let word = String(repeating: "Safeguarding", count: 4)
        #expect(Tokenizer.tokens(word).map(\.lower) == [word.lowercased()])
    }
}

@Suite("Case folding")
struct CaseFoldingTests {
    @Test("containsFolded finds a lower-case cue in any case", arguments: [
        ("Our PRIORITIES for 2020", "priorit", true),
        ("Priorities", "priorities", true),
        ("the priority is", "priorities", false),
        ("short", "much longer needle", false),
        ("ends with prioRIT", "priorit", true),
        ("Über priorität", "priorit", true),
    ])
    func contains(text: String, needle: String, expected: Bool) {
        #expect(text.containsFolded(needle) == expected)
        #expect(text[...].containsFolded(needle) == expected)
    }

    @Test("hasPrefixFolded compares the start only", arguments: [
        ("The meeting ended at 4pm", "the meeting ended", true),
        ("THE MEETING CLOSED", "the meeting closed", true),
        ("The meeting", "the meeting ended", false),
        ("After the meeting ended", "the meeting ended", false),
    ])
    func prefix(text: String, cue: String, expected: Bool) {
        #expect(text.hasPrefixFolded(cue) == expected)
    }
}

@Suite("Text shape words")
struct TextShapeWordsTests {
    @Test("words split on spaces only, however many", arguments: [
        ("  Early  Help – Strategy ", ["Early", "Help", "–", "Strategy"]),
        ("", []),
        ("one", ["one"]),
        ("Ofsted’s  “good”", ["Ofsted’s", "“good”"]),
    ])
    func words(text: String, expected: [String]) {
        #expect(TextShape.words(text).map(String.init) == expected)
        #expect(TextShape.wordCount(text) == expected.count)
    }

    @Test("wordCount stops one past its limit")
    func limit() {
        #expect(TextShape.wordCount("a b c d e f", limit: 3) == 4)
        #expect(TextShape.wordCount("a b c", limit: 3) == 3)
    }
}

@Suite("Word gate")
struct WordGateTests {
    static let words = ["meeting", "met", "board", "↑", String(repeating: "x", count: 70)]

    @Test("every word of the table passes", arguments: words)
    func entriesPass(word: String) {
        #expect(WordGate(Self.words).mightContain(word))
    }

    @Test("words with no entry of their first letter and length are turned away", arguments: ["the", "meetings", "bored!", ""])
    func othersStop(word: String) {
        #expect(!WordGate(Self.words).mightContain(word))
    }

    @Test("a first letter with a very long entry lets any length through")
    func longEntry() {
        #expect(WordGate(Self.words).mightContain(String(repeating: "x", count: 80)))
        #expect(WordGate(Self.words).mightContain("xy"))
    }
}
