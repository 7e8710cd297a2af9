import Testing
@testable import SGReportCore

/// A metric quotes its sentence whole unless it is too long to read; then a window around the figure.
@Suite struct ExcerptTests {
    @Test func aSentenceOfOrdinaryLengthIsQuotedWhole() {
        let s = "In 2022/23, 41% of referrals came from education settings."
        #expect(Excerpt.around(offset: 12, in: s) == s)
    }

    @Test func aLongSentenceIsCutAroundTheFigureAtSpaces() throws {
        let s = String(repeating: "the children and ", count: 100) + "55 children were subject to a plan " + String(repeating: "and more words ", count: 100)
        let offset = try #require(s.firstByteRange(of: "55 children")).lowerBound.utf16Offset(in: s)
        let quoted = Excerpt.around(offset: offset, in: s)
        #expect(quoted.contains("55 children were subject to a plan"))
        #expect(quoted.hasPrefix("… ") && quoted.hasSuffix(" …"))
        #expect(quoted.utf8.count <= Excerpt.limit + 8)
        #expect(quoted.dropFirst(2).first?.isLetter == true)
    }

    @Test func aRowOfThousandsOfCellsQuotesItsLabelAndCell() throws {
        let header = "Measure\t" + (0..<300).map { "\(1990 + $0 % 30)" }.joined(separator: "\t") + "\n"
        let row = "Rate of referrals\t" + (0..<300).map { "\(500 + $0)" }.joined(separator: "\t") + "\n"
        let m = try #require(metrics(header + row).first)
        #expect(m.text == "Rate of referrals … 500")
    }

    @Test func aCutNeverSplitsACharacter() {
        let s = String(repeating: "£", count: 2_000)
        let quoted = Excerpt.around(offset: 2_000, in: s)
        #expect(quoted.utf8.count < s.utf8.count)
        // A split character would decode as U+FFFD.
        #expect(quoted.allSatisfy { "£… ".contains($0) })
    }
}
