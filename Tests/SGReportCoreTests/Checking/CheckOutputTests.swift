import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SGReportCore

@Suite struct CheckOutputTests {
    static let results = [
        RuleResult(id: "period-covered", description: "The period", severity: .must, source: "WT 2018", passed: true, line: 11, message: "Found: 2019-20."),
        RuleResult(id: "funding", description: "Funding", severity: .should, source: "WT 2018", passed: false, line: nil, message: "No budget <&> \"here\"."),
        RuleResult(id: "next-year-priorities", description: "Next", severity: .may, source: "Local", passed: false, line: 40, message: "Missing, 100%: next."),
        RuleResult(id: "lscb-spend", description: "LSCB", severity: .should, source: "WT 2015", passed: true, applicable: false, line: nil, message: "Not applicable: x."),
    ]
    static let report = SourcedCheckReport(
        source: "reports/a b.txt", report: CheckReport(profiles: [.annualReport], results: results, strictness: .normal))

    func render(_ format: CheckOutputFormat) -> String {
        CheckRenderer.render([Self.report], format: format, options: CheckRenderOptions(toolVersion: "0.1.0"))
    }

    @Test func jsonHasTheContractFields() throws {
        let object = try JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as? [String: Any]
        #expect(object?["source"] as? String == "reports/a b.txt")
        #expect(object?["profile"] as? String == "annual-report")
        #expect(object?["passed"] as? Bool == false)
        let first = (object?["results"] as? [[String: Any]])?.first
        #expect(Set(first.map { Array($0.keys) } ?? []).isSuperset(of: ["id", "description", "passed", "line", "message"]))
        let second = (object?["results"] as? [[String: Any]])?[1]
        #expect(second?["line"] is NSNull)
    }

    @Test func junitParsesWithOneCasePerRuleAndCountedFailures() throws {
        let recorder = JUnitRecorder()
        let parser = XMLParser(data: Data(render(.junit).utf8))
        parser.delegate = recorder
        #expect(parser.parse())
        #expect(recorder.testcases == ["period-covered", "funding", "next-year-priorities", "lscb-spend"])
        #expect(recorder.failures == 1)
        #expect(recorder.skipped == 1)
        #expect(recorder.suiteAttributes["failures"] == "1")
        #expect(recorder.failureMessages == ["No budget <&> \"here\"."])
    }

    @Test func sarifIsA210LogWithStableRuleIDs() throws {
        let log = try JSONSerialization.jsonObject(with: Data(render(.sarif).utf8)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
        let run = (log?["runs"] as? [[String: Any]])?.first
        let driver = (run?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["name"] as? String == "sgreport")
        let rules = driver?["rules"] as? [[String: Any]] ?? []
        #expect(rules.map { $0["id"] as? String } == ["period-covered", "funding", "next-year-priorities", "lscb-spend"])
        let results = run?["results"] as? [[String: Any]] ?? []
        #expect(results.map { $0["ruleId"] as? String } == ["funding", "next-year-priorities"])
        #expect(results.map { $0["level"] as? String } == ["error", "note"])
        for r in results {
            let index = r["ruleIndex"] as? Int ?? -1
            #expect(rules.indices.contains(index) && rules[index]["id"] as? String == r["ruleId"] as? String)
        }
        let location = ((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 40)
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "reports/a%20b.txt")
    }

    @Test func githubAnnotatesFailuresAndSummarises() {
        let lines = render(.github).split(separator: "\n").map(String.init)
        #expect(lines == [
            "::error file=reports/a b.txt,title=funding (should)::No budget <&> \"here\".",
            "::warning file=reports/a b.txt,line=40,title=next-year-priorities (may)::Missing, 100%25: next.",
            "::notice title=sgreport check::sgreport check failed: reports/a b.txt (annual-report): 2 of 4 rules failed, 1 counting",
        ])
    }

    @Test func textIsAChecklist() {
        let lines = render(.text).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("annual-report: FAILED") == true)
        #expect(lines[1].hasPrefix("✓ period-covered"))
        #expect(lines[1].hasSuffix("line 11"))
        #expect(lines[2].hasPrefix("✗ funding"))
        #expect(lines[3].hasPrefix("! next-year-priorities"))
        #expect(lines[4].hasPrefix("– lscb-spend"))
    }
}

/// Collects what a JUnit report holds, to check it parses as the format says.
final class JUnitRecorder: NSObject, XMLParserDelegate {
    var testcases: [String] = []
    var failures = 0
    var skipped = 0
    var failureMessages: [String] = []
    var suiteAttributes: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "testsuite": suiteAttributes = attributes
        case "testcase": testcases.append(attributes["name"] ?? "")
        case "failure":
            failures += 1
            failureMessages.append(attributes["message"] ?? "")
        case "skipped": skipped += 1
        default: break
        }
    }
}
