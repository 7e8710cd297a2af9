import Foundation
import SGReportCore
import Testing

@testable import SGReportCLI

/// `sgreport check` through the runner: exit codes, formats, rules files.
@Suite struct CheckCommandTests {
    func run(_ arguments: [String], stdin: String = "") -> Outcome {
        let bytes = Array(stdin.utf8)
        return Runner(reader: InputReader(readStandardInput: { bytes })).run(arguments)
    }

    func jsonPassed(_ stdout: String) -> [Bool] {
        let value = try? JSONSerialization.jsonObject(with: Data(stdout.utf8))
        if let one = value as? [String: Any] { return [one["passed"] as? Bool ?? false] }
        return (value as? [[String: Any]] ?? []).map { $0["passed"] as? Bool ?? false }
    }

    @Test(arguments: ["normal", "strict", "lenient"])
    func exitCodeAgreesWithJSONPassed(_ strictness: String) throws {
        var arguments = ["check", "--json"] + Repo.fixturePaths
        if strictness != "normal" { arguments.append("--" + strictness) }
        let outcome = run(arguments)
        let passed = jsonPassed(outcome.stdout)
        #expect(passed.count == Repo.fixturePaths.count)
        #expect((outcome.exitCode == 0) == passed.allSatisfy { $0 })
        #expect(outcome.exitCode == 0 || outcome.exitCode == 1)
    }

    @Test func walsallPassesAndTheEarlyHelpReportFails() throws {
        #expect(run(["check", try Repo.fixture("walsall")]).exitCode == 0)
        let failing = run(["check", try Repo.fixture("worcestershire-early-help")])
        #expect(failing.exitCode == 1)
        #expect(failing.stdout.contains("✗ funding"))
        #expect(failing.stderr == "sgreport: check: 3 rules failed\n")
    }

    @Test func lenientFailsOnlyOnMustRules() throws {
        #expect(run(["check", "--lenient", try Repo.fixture("worcestershire-early-help")]).exitCode == 0)
    }

    @Test func profileCanBeForced() throws {
        let outcome = run(["check", "--json", "--profile", "minutes", try Repo.fixture("herefordshire")])
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(object?["profile"] as? String == "minutes")
    }

    @Test func githubFormatAnnotatesWithFileAndLine() throws {
        let path = try Repo.fixture("worcestershire-early-help")
        let outcome = run(["check", "--format", "github", path])
        #expect(outcome.stdout.contains("::error file=\(path),line=58,title=training-evaluated (should)::"))
        #expect(outcome.stdout.split(separator: "\n").last?.hasPrefix("::notice title=sgreport check::sgreport check failed") == true)
    }

    @Test func rulesFileAddsAndDisablesRules() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let rules = try dir.write("rules.json", #"{"disable": ["funding", "independent-scrutiny", "training-evaluated"], "rules": [{"id": "mentions-send", "kind": "text-mentions", "any": ["SEND"]}]}"#)
        let outcome = run(["check", "--rules", rules, try Repo.fixture("worcestershire-early-help")])
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("✓ mentions-send"))
    }

    @Test func malformedRulesFileIsAUsageErrorWithItsPath() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let rules = try dir.write("rules.json", #"{"rules": [{"id": "x", "kind": "count-at-least", "of": "metric", "min": 3}]}"#)
        let outcome = run(["check", "--rules", rules, try Repo.fixture("walsall")])
        #expect(outcome.exitCode == 2)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains("rules file \(rules): $.rules[0].of: expected one of metrics"))
        let missing = run(["check", "--rules", dir.path + "/none.json", try Repo.fixture("walsall")])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("no such file or directory"))
    }

    @Test func unreadableInputIsExitThreeAndTheOthersAreChecked() throws {
        let outcome = run(["check", "--json", "no/such.txt", try Repo.fixture("walsall")])
        #expect(outcome.exitCode == 3)
        #expect(jsonPassed(outcome.stdout) == [true])
    }
}
