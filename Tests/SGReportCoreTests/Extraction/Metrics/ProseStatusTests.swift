import Testing
@testable import SGReportCore

/// A rating written in the sentence rates its figure; a colour word anywhere else does not.
@Suite struct ProseStatusTests {
    @Test("a rating after a cue or alone in capitals in parentheses", arguments: [
        ("Re-referrals within 12 months were 21% (target 20%) - RAG: Red.", RAGStatus.red),
        ("Visits completed on time were 88%, rated Amber.", .amber),
        ("Visits completed on time were 88%, rated as ‘Green’.", .green),
        ("Visits on time were 91% (GREEN).", .green),
    ])
    func ratingRatesTheFigure(sentence: String, status: RAGStatus) {
        #expect(metrics(sentence).map(\.status) == [status])
    }

    @Test("a colour word that rates nothing", arguments: [
        "The Green Team saw 45 families.",
        "Councillor Green said 12 schools were rated good.",
        "Visits on time were 91% (a green rating last year was 85 visits).",
    ])
    func colourWordsAreNoRating(sentence: String) {
        #expect(metrics(sentence).allSatisfy { $0.status == nil })
    }
}
