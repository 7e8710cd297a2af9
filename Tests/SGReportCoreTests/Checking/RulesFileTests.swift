import Testing
@testable import SGReportCore

@Suite struct RulesFileTests {
    func parse(_ json: String) throws(RulesFileError) -> CheckConfiguration {
        try CheckConfiguration.parse(Array(json.utf8))
    }

    func error(_ json: String) -> RulesFileError? {
        do {
            _ = try parse(json)
            return nil
        } catch {
            return error
        }
    }

    @Test func disablesAndChangesSeverity() throws {
        let c = try parse(#"{"disable": ["independent-scrutiny"], "severity": {"performance-data": "must"}}"#)
        #expect(c.disabled == ["independent-scrutiny"])
        #expect(c.severities == ["performance-data": .must])
    }

    @Test func addsRulesOfEachKind() throws {
        let c = try parse("""
            {"rules": [
              {"id": "enough-figures", "kind": "count-at-least", "of": "metrics", "min": 20},
              {"id": "has-period", "kind": "field-present", "field": "period", "severity": "must"},
              {"id": "budget-section", "kind": "section-title", "matches": ["budget", "finance"]},
              {"id": "mentions-prevent", "kind": "text-mentions", "any": ["prevent duty", "radicalisation"]},
              {"id": "priorities-progress", "kind": "priorities-have-progress", "profiles": ["annual-report"]}
            ]}
            """)
        #expect(c.addedRuleIDs == ["enough-figures", "has-period", "budget-section", "mentions-prevent", "priorities-progress"])
    }

    @Test func errorsNameTheJSONPath() {
        #expect(error(#"{"rules": [{"id": "x", "kind": "count-at-least", "of": "metrics", "min": -1}]}"#)?.path == "$.rules[0].min")
        #expect(error(#"{"disable": ["no-such-rule"]}"#)?.path == "$.disable[0]")
        #expect(error(#"{"severity": {"funding": "sometimes"}}"#)?.path == "$.severity.funding")
        #expect(error(#"{"rules": [{"id": "a", "kind": "section-title", "match": ["x"]}]}"#)?.path == "$.rules[0].matches")
        #expect(error(#"{"disabled": []}"#)?.path == "$.disabled")
        #expect(error(#"{"rules": [{"id": "funding", "kind": "field-present", "field": "title"}]}"#)?.path == "$.rules[0].id")
    }

    @Test func invalidJSONSaysWhere() {
        let e = error("{\n  \"disable\": [\"funding\",]\n}")
        #expect(e?.path == "$")
        #expect(e?.message.contains("line 2") == true)
    }

    @Test func addedRulesRunAfterTheProfile() throws {
        let c = try parse(#"{"rules": [{"id": "budget-section", "kind": "section-title", "matches": ["budget"], "severity": "must"}], "disable": ["funding"]}"#)
        let input = checkInput(annualReport("2. Budget\n\nThe council contributed £1,000.\n"))
        let report = Checker.check(input, profile: nil, configuration: c, strictness: .normal)
        #expect(report.results.last?.id == "budget-section")
        #expect(report.results.last?.passed == true)
        #expect(!report.results.contains { $0.id == "funding" })
    }

    @Test func severityOverrideDecidesWhetherAFailureCounts() throws {
        let input = checkInput(annualReport("2. Glossary\n\nMASH: hub.\n"))
        let normal = Checker.check(input, profile: nil, configuration: CheckConfiguration(), strictness: .normal)
        #expect(!normal.failures.contains { $0.id == "next-year-priorities" })
        let raised = Checker.check(input, profile: nil, configuration: try parse(#"{"severity": {"next-year-priorities": "must"}}"#), strictness: .lenient)
        #expect(raised.failures.contains { $0.id == "next-year-priorities" })
    }

    @Test func jsonReaderKeepsKeyOrderAndEscapes() throws {
        let v = try JSONReader.read(Array(#"{"b": 1, "a": "x\u00e9\n"}"#.utf8))
        #expect(v.keys == ["b", "a"])
        #expect(v["a"] == .string("xé\n"))
    }
}
