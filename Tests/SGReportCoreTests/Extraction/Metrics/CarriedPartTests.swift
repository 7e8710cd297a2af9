import Testing
@testable import SGReportCore

/// A benchmark, earlier value or target opening a passage of its own belongs to the figure ending the passage before.
@Suite struct CarriedPartTests {
    @Test("a comparison in the next list item or paragraph is of the figure before", arguments: [
        ("- The re-referral rate in 2019-20 was 24%.\n- This is higher than the national average (22.6%) and statistical neighbours (21%).\n",
         24.0, [Comparator(name: "national", value: 22.6), Comparator(name: "statistical neighbours", value: 21)]),
        ("In 2019-20, 45% of assessments were completed within 45 days.\n\nThis compares with 83% nationally.\n",
         45.0, [Comparator(name: "national", value: 83)]),
        ("- Neglect and emotional abuse are the largest categories (45% and 44% respectively).\n"
            + "- The proportion of children subject of plans due to emotional abuse is higher than the proportion nationally (35%) and among statistical neighbours (32%) averages.\n",
         44, [Comparator(name: "national", value: 35), Comparator(name: "statistical neighbours", value: 32)]),
        ("The number of children looked after was 620 at 31 March 2020, a rate of 72 per 10,000.\n\nNationally the rate was 65 per 10,000.\n",
         72, [Comparator(name: "national", value: 65)]),
    ] as [(String, Double, [Comparator])])
    func comparatorsOfTheFigureBefore(text: String, value: Double, comparators: [Comparator]) throws {
        let m = try #require(metric(value, in: text))
        #expect(m.comparators == comparators)
        // The benchmarks are no metrics of their own.
        #expect(!metrics(text).contains { comparators.map(\.value).contains($0.value) })
    }

    @Test func anEarlierValueInTheNextParagraphIsThePreviousValue() throws {
        let m = try #require(metric(45, in: "In 2019-20, 45% of assessments were completed within 45 days.\n\nThis compares to 52% last year.\n"))
        #expect(m.previous == PreviousValue(value: 52, period: "last year"))
        #expect(m.trend == .down)
    }

    @Test("a part is carried only from the opening sentence, in the unit of the figure before, to the block just before", arguments: [
        // Another body's target, in the paragraph's second sentence.
        "45% of contacts were completed within 24 hours.\n\nThe Head of Service visited Redbridge in December. They are achieving their target of 95% of contacts completed within 24 hours.\n",
        // A count is no benchmark of a share.
        "45% of contacts were completed within 24 hours.\n\nThis compares with 95 contacts nationally.\n",
        // A heading stands between.
        "45% of contacts were completed within 24 hours.\n\n## Early Help\n\nThis compares with 95% nationally.\n",
    ])
    func notCarried(text: String) {
        #expect(metric(45, in: text)?.comparators == [])
        #expect(metric(45, in: text)?.target == nil)
        #expect(metric(95, in: text) != nil)
    }
}
