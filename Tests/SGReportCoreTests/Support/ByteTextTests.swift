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

    @Test("a word that spells a clause mark is no clause break")
    func clauseBreak() {
        let t = Tokenizer.tokens("rates , fell 10,178")
        #expect(SentenceSplitter.isClauseBreak(t, 1))
        #expect(!SentenceSplitter.isClauseBreak(t, 0))
        #expect(!SentenceSplitter.isClauseBreak(t, 4))  // the thousands separator
    }
}
