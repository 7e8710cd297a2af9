import Testing
@testable import SGReportCore

/// A share in the second of two predicates with one subject is named by that subject and its own predicate.
@Suite struct CoordinatedPredicateTests {
    @Test("each predicate's share takes the subject and its own verb", arguments: [
        ("Police attended 70% of ICPCs and submitted reports to 93% of meetings.",
         [70.0: "Police attended ICPCs", 93: "Police submitted reports to meetings"]),
        ("Education attended 73% of applicable ICPCs, and submitted reports to 77%.",
         [73: "Education attended applicable ICPCs", 77: "Education submitted reports"]),
        ("Health visitors (and school nurses) attended 82% of meetings and submitted reports to 83%.",
         [82: "Health visitors (and school nurses) attended meetings", 83: "Health visitors (and school nurses) submitted reports"]),
        ("During the year the CDOP reviewed 36 deaths and noted that modifiable factors were present in 15 of the deaths.",
         [36: "CDOP reviewed deaths", 15: "CDOP noted that modifiable factors were present in deaths"]),
    ])
    func sharedSubject(sentence: String, labels: [Double: String]) {
        for (value, label) in labels { #expect(metric(value, in: sentence)?.label == label) }
    }

    @Test("a time limit after 'and' is the same predicate's, not a second one", arguments: [
        ("90% of LAC review minutes were written and distributed within 20 working days.", 90.0,
         "LAC review minutes written and distributed within 20 working days"),
        ("84.4 per cent of referrals were screened and completed within 1 day.", 84.4, "referrals screened and completed within 1 day"),
    ])
    func timeLimitStaysInTheLabel(sentence: String, value: Double, label: String) {
        #expect(metric(value, in: sentence)?.label == label)
    }

    @Test func aCountInTheSecondPredicateKeepsItsOwnNoun() {
        #expect(metric(30, in: "Schools attended 45 sessions and received 30 visits.")?.label == "visits")
    }
}
