import Testing
@testable import SGReportCore

@Suite("Byte-level text helpers")
struct ByteTextTests {
    @Test("trimmingCharacters(in:) trims the set's characters at both ends only", arguments: [
        ("(2019/20),", ",.()", "2019/20"),
        ("“Early Help”", "“”", "Early Help"),
        ("...", ".", ""),
        ("a.b", ".", "a.b"),
        ("", ",", ""),
        ("Chair:", ",.:;()", "Chair"),
        // A full stop carrying an accent is another character, not a full stop.
        ("word.\u{301}", ".", "word.\u{301}"),
        ("\u{301}word", ".", "\u{301}word"),
        ("£5,", ",£", "5"),
    ])
    func trims(text: String, set: String, expected: String) {
        #expect(String(text.trimmingCharacters(in: set)) == expected)
        #expect(String(text[...].trimmingCharacters(in: set)) == expected)
    }

    @Test("splitting(by:) splits at each separator and leaves out empty pieces", arguments: [
        ("<p>one</p> <p>two</p>", ["<p>one", " <p>two"]),
        ("</p></p>x", ["x"]),
        ("no separator", ["no separator"]),
        ("", []),
        ("é</p>ü", ["é", "ü"]),
    ])
    func splits(text: String, pieces: [String]) {
        #expect(text.splitting(by: "</p>").map(String.init) == pieces)
    }

    @Test("containsBytes matches byte for byte", arguments: [
        ("a <p>b", "<p>", true), ("a <P>b", "<p>", false), ("<", "<p>", false), ("x</p", "</p>", false), ("", "", true),
    ])
    func containsBytes(text: String, needle: String, expected: Bool) {
        #expect(text.containsBytes(needle) == expected)
    }
}

@Suite("Sentence and clause marks")
struct SentenceMarkTests {
    @Test("a full stop glued to a word or figure ends no sentence; one before a capital does")
    func sentences() {
        let t = Tokenizer.tokens("There were 4.16 referrals per child. The rate fell, e.g. in Q3.")
        let s = SentenceSplitter.sentences(t, in: 0..<t.count)
        #expect(s.count == 2)
        #expect(t[s[1].lowerBound].text == "The")
    }

    @Test("a run-on sentence is cut at a clause break past the limit, never inside a figure or its unit")
    func runOn() {
        let clause = "the panel noted that the service had done well over the quarter and asked for more detail on it"
        let words = Array(repeating: clause.split(separator: " "), count: 12).joined()
        // 157 words, ";", "89", ".": the old cut at 160 tokens fell on the decimal point.
        let short = Tokenizer.tokens(words.prefix(157).joined(separator: " ") + "; 89.8 per cent of visits were on time.")
        #expect(SentenceSplitter.sentences(short, in: 0..<short.count).count == 1)
        let long = Tokenizer.tokens(words.prefix(200).joined(separator: " ") + "; 89.8 per cent of visits were on time.")
        let pieces = SentenceSplitter.sentences(long, in: 0..<long.count)
        #expect(pieces.count == 2)
        #expect(pieces.last.map { long[$0.lowerBound].text } == "89")
        let figures = Tokenizer.tokens(String(repeating: "a 89.8 per cent ", count: 200))
        let cut = SentenceSplitter.sentences(figures, in: 0..<figures.count)
        #expect(cut.count > 1)
        #expect(cut.allSatisfy { $0.count <= 2 * SentenceSplitter.maxTokens + 8 })  // to the end of the figure and its unit
        let glued = Tokenizer.tokens(String(repeating: "1,234,", count: 1_000))
        #expect(SentenceSplitter.sentences(glued, in: 0..<glued.count).allSatisfy { $0.count <= 4 * SentenceSplitter.maxTokens })
        for piece in cut.dropFirst() {
            #expect(["a", "89"].contains(figures[piece.lowerBound].text))  // not ".", "8" or "cent"
        }
    }

    @Test("a word that spells a clause mark is no clause break")
    func clauseBreak() {
        let t = Tokenizer.tokens("rates , fell 10,178")
        #expect(SentenceSplitter.isClauseBreak(t, 1))
        #expect(!SentenceSplitter.isClauseBreak(t, 0))
        #expect(!SentenceSplitter.isClauseBreak(t, 4))  // the thousands separator
    }
}
