import Testing
@testable import SGReportCore

@Suite struct CheckStrictnessTests {
    @Test func normalCountsMustAndShould() {
        #expect(RuleSeverity.allCases.filter(CheckStrictness.normal.counts) == [.must, .should])
    }

    @Test func lenientCountsMustOnly() {
        #expect(RuleSeverity.allCases.filter(CheckStrictness.lenient.counts) == [.must])
    }

    @Test func strictCountsEverything() {
        #expect(RuleSeverity.allCases.filter(CheckStrictness.strict.counts) == [.must, .should, .may])
    }

    @Test func passedFollowsCountedFailuresOnly() {
        let may = RuleResult(id: "a", description: "", severity: .may, source: "", passed: false, line: nil, message: "")
        #expect(CheckReport(profiles: [], results: [may], strictness: .normal).passed)
        #expect(!CheckReport(profiles: [], results: [may], strictness: .strict).passed)
    }
}
