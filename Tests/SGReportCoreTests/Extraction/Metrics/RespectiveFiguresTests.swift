import Testing
@testable import SGReportCore

/// "… 52% and 48% respectively": each figure takes its own item of the list the sentence names, or its own period.
@Suite struct RespectiveFiguresTests {
    @Test("each figure takes its item of the label's list", arguments: [
        ("The proportion of boys and girls on plans was 52% and 48% respectively.", "boys on plans", "girls on plans"),
        (
            "The proportion of Early Help assessments completed within 45 days and 60 days was 78% and 85% respectively.",
            "Early Help assessments completed within 45 days", "Early Help assessments completed within 60 days"
        ),
        (
            "The number of fixed term exclusions in primary and secondary schools fell by 28 and 85 respectively.",
            "change in fixed term exclusions in primary schools", "change in fixed term exclusions in secondary schools"
        ),
    ])
    func figuresTakeTheirItems(sentence: String, first: String, second: String) {
        #expect(metrics(sentence).map(\.label) == [first, second])
    }

    @Test("figures set apart in parentheses take the items of the sentence's subject", arguments: [
        (
            "Neglect and emotional abuse continue to be the largest categories recorded on child protection plans (45% and 44% respectively).",
            ["Neglect", "emotional abuse"]
        ),
        (
            "The police and schools continue to be the most common referral sources (accounting for 28% and 17% of referrals respectively), followed by health services (14%).",
            ["police", "schools"]
        ),
    ])
    func parenthesisedFiguresTakeTheSubjectsItems(sentence: String, labels: [String]) {
        // Figures after the cue are not the list's: "health services (14%)" keeps its own words.
        let found = metrics(sentence)
        #expect(Array(found.map(\.label).prefix(labels.count)) == labels)
        #expect(found.dropFirst(labels.count).allSatisfy { !labels.contains($0.label) })
    }

    @Test func twoPeriodsGiveTheLaterFigureAndItsPreviousValue() throws {
        let found = metrics("Re-referral rates for 2022/23 and 2023/24 were 20% and 18% respectively.")
        let m = try #require(found.first)
        #expect(found.count == 1)
        #expect(m.value == 18)
        #expect(m.period == "2023/24")
        #expect(m.previous == PreviousValue(value: 20, period: "2022/23"))
        #expect(m.trend == .down)
    }

    @Test func aNounAfterTheConjunctionIsNoSharedHead() {
        let found = metrics("Of referrals, 120 and 95 concerned neglect and emotional abuse respectively.")
        #expect(!found.map(\.label).contains("neglect abuse"))
    }

    @Test("without 'respectively' a list stays one label", arguments: [
        "The proportion of boys and girls on plans was 52% and 48%.",
    ])
    func noCueNoSharing(sentence: String) {
        #expect(metrics(sentence).map(\.label).allSatisfy { $0.contains("boys and girls") })
    }

    @Test("items of a list in a label", arguments: [
        ("children in need and children on plans", 2, ["children in need", "children on plans"]),
        ("initial and review conferences held on time", 2, ["initial conferences held on time", "review conferences held on time"]),
        ("neglect, physical abuse and sexual abuse", 3, ["neglect", "physical abuse", "sexual abuse"]),
        ("children seen within 5 and 10 working days", 2, ["children seen within 5 working days", "children seen within 10 working days"]),
        ("referrals", 2, nil),
        ("boys and girls", 3, nil),
    ] as [(String, Int, [String]?)])
    func items(label: String, count: Int, expected: [String]?) {
        #expect(RespectiveFigures.items(of: label, count: count) == expected)
    }
}
