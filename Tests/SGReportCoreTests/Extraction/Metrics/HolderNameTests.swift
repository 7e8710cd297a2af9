import Testing
@testable import SGReportCore

/// A bare figure in a ranking belongs to the place named at its clause's start.
@Suite struct HolderNameTests {
    @Test("a place joined to its figure by 'with' or 'on' names it", arguments: [
        ("While Barrow has the highest single number, Carlisle is second with 138 followed by Copeland with 131.",
         ["Carlisle", "Copeland"]),
        ("Allerdale has the highest with 160, just ahead of Carlisle on 150.", ["Allerdale", "Carlisle"]),
        ("North East Lincolnshire was followed by Hartlepool with one in 62 and Liverpool with one in 64.",
         ["Hartlepool", "Liverpool"]),
    ])
    func aRankedPlaceNamesItsFigure(text: String, labels: [String]) {
        #expect(metrics(text).map(\.label) == labels)
    }

    @Test("the last of a list of places and figures is read and named", arguments: [
        ("Allerdale has 129 children in care, South Lakeland 61 and Eden 18.", 18.0, "Eden"),
        ("The highest were Barrow 45, Carlisle 38 and Copeland 21.", 21.0, "Copeland"),
    ])
    func aListsLastPlace(text: String, value: Double, label: String) {
        #expect(metrics(text).first { $0.value == value }?.label == label)
    }

    @Test("no name opens the clause: the holder rule stands aside", arguments: [
        "The service worked with 45 schools this year.",
        "Referrals rose sharply, with 45 in March.",
        "We met with 12 of them.",
    ])
    func noHolderWithoutAName(text: String) {
        let labels = metrics(text).map(\.label)
        #expect(!labels.contains("The service"))
        #expect(!labels.contains("We"))
        #expect(!labels.contains("Referrals rose sharply"))
    }
}
