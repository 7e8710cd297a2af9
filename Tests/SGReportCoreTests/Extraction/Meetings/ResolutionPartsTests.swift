import Testing
@testable import SGReportCore

/// A resolution's parts are numbered "(a)", "1.", "ii)"; only the next number in turn goes on with it.
@Suite struct ResolutionPartsTests {
    @Test(arguments: [("(a) That", "a"), ("1. That", "1"), ("ii) That", "ii"), ("(12) That", "12"), ("That the", nil), ("(Cabinet) That", nil)])
    func readsTheLeadingNumber(text: String, part: String?) {
        #expect(ResolutionParts.leading(text) == part)
    }

    @Test(arguments: [("a", ["b"]), ("1", ["2"]), ("iv", ["v"]), ("i", ["ii", "j"]), ("z", [])])
    func successors(part: String, next: [String]) {
        #expect(ResolutionParts.successors(of: part) == Set(next))
    }
}
