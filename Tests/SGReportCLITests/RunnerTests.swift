import Foundation
import SGReportCore
import Testing

@testable import SGReportCLI

/// The runner in-process, with a recording renderer and a fake standard input.
@Suite struct RunnerTests {
    func runner(stdin: String = "", terminal: Bool = false, environment: [String: String] = [:]) -> Runner {
        let bytes = Array(stdin.utf8)
        return Runner(
            reader: InputReader(readStandardInput: { bytes }), stdoutIsTerminal: terminal, environment: environment,
            render: recordingRenderer)
    }

    @Test func fixtureReachesTheRenderer() throws {
        let walsall = try Repo.fixture("walsall")
        let outcome = runner().run(["metrics", "--csv", walsall])
        #expect(outcome == Outcome(stdout: "metrics csv colour=false verbose=false \(walsall)\n", stderr: "", exitCode: 0))
    }

    @Test func missingFileIsReportedAndTheOthersStillRun() throws {
        let walsall = try Repo.fixture("walsall")
        let worcs = try Repo.fixture("worcestershire-early-help")
        let outcome = runner().run(["summarise", walsall, "no/such.txt", worcs])
        #expect(outcome.exitCode == 3)
        #expect(outcome.stderr == "sgreport: no/such.txt: no such file or directory\n")
        #expect(outcome.stdout == "summary text colour=false verbose=false \(walsall)\nsummary text colour=false verbose=false \(worcs)\n")
    }

    @Test func onlyFailuresPrintNothing() {
        let outcome = runner().run(["sections", "missing-a.txt", "missing-b.txt"])
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "sgreport: missing-a.txt: no such file or directory\nsgreport: missing-b.txt: no such file or directory\n")
        #expect(outcome.exitCode == 3)
    }

    @Test func stdinWithDashOrNoFile() {
        #expect(runner(stdin: "Annual Report 2019-20\n").run(["sections"]).stdout == "sections text colour=false verbose=false -\n")
        #expect(runner().run(["sections", "--json", "-"]).stdout == "sections json colour=false verbose=false -\n")
    }

    @Test func stdinIsReadOnceWhenGivenTwice() {
        let counter = Counter()
        let reader = InputReader(readStandardInput: {
            counter.increment()
            return Array("text\n".utf8)
        })
        let outcome = Runner(reader: reader, render: recordingRenderer).run(["sections", "-", "-"])
        #expect(outcome.stdout.components(separatedBy: "\n").filter { $0.hasSuffix(" -") }.count == 2)
        #expect(counter.value == 1)
    }

    @Test func viewsAndOptions() {
        #expect(runner().run(["meetings", "--attendance", "--tsv"]).stdout.hasPrefix("attendance tsv "))
        #expect(runner().run(["meetings", "--markdown"]).stdout.hasPrefix("meetings markdown "))
        #expect(runner().run(["priorities", "--verbose"]).stdout.contains("verbose=true"))
        #expect(runner().run(["summarise", "--jsonl"]).stdout.hasPrefix("summary jsonl "))
    }

    @Test(arguments: [
        (true, [:], true), (false, [:], false), (true, ["NO_COLOR": "1"], false), (true, ["NO_COLOR": ""], false),
    ] as [(Bool, [String: String], Bool)])
    func colourOnlyOnATerminalWithoutNoColor(terminal: Bool, environment: [String: String], colour: Bool) {
        #expect(Terminal.wantsColour(stdoutIsTerminal: terminal, environment: environment) == colour)
        #expect(runner(terminal: terminal, environment: environment).run(["sections"]).stdout.contains("colour=\(colour)"))
    }

    @Test func usageErrorsStopBeforeReading() {
        let outcome = runner().run(["metrics", "--jsn", "no/such.txt"])
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "sgreport: unknown flag '--jsn' for 'metrics'; did you mean '--json'? Run 'sgreport help metrics'.\n")
        #expect(outcome.exitCode == 2)
    }

    @Test func checkRunsTheProfileFromStandardInput() {
        let outcome = runner(stdin: "Agenda\n").run(["check", "--profile", "agenda", "--format", "junit"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout.contains("<testsuite name=\"-\""))
        #expect(outcome.stderr.hasPrefix("sgreport: check: "))
    }

    @Test func helpAndVersionGoToStdout() {
        #expect(runner().run(["--version"]) == Outcome(stdout: "sgreport 0.1.0\n"))
        #expect(runner().run(["help"]).stdout == HelpText.general())
        #expect(runner().run(["help", "meetings"]).stdout == HelpText.command(.meetings))
    }

    @Test func exitCodePrecedence() {
        #expect(CLIError.exitCode(for: []) == 0)
        #expect(CLIError.exitCode(for: [.checkFailed(failures: 2)]) == 1)
        #expect(CLIError.exitCode(for: [.notAvailable(.check)]) == 2)
        #expect(CLIError.exitCode(for: [.checkFailed(failures: 1), .unreadable(source: "a", line: 3, message: "m")]) == 3)
        #expect(CLIError.unreadable(source: "a.txt", line: 3, message: "not text").diagnostic == "sgreport: a.txt:3: not text")
        #expect(CLIError.unreadable(source: "a.txt", line: nil, message: "permission denied").diagnostic
            == "sgreport: a.txt: permission denied")
    }
}

/// A thread-safe counter for closures the runner calls.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}

/// The output's shape follows the files asked for, not the files that could be read: scripts that expect an
/// array (`jq '.[]'`) or a header per file keep working when one input is missing.
@Suite struct SeveralFilesShapeTests {
    let runner = Runner(reader: InputReader(readStandardInput: { Array("1. Introduction\n".utf8) }))

    @Test func jsonIsAnArrayWhenOneOfSeveralFilesIsMissing() {
        let outcome = runner.run(["sections", "--json", "-", "no/such.txt"])
        #expect(outcome.exitCode == 3)
        #expect(outcome.stdout.hasPrefix("[\n  {\n    \"schemaVersion\": 1,\n    \"source\": \"-\","))
        #expect(outcome.stdout.hasSuffix("\n  }\n]\n"))
    }

    @Test func oneFileIsAnObject() {
        let outcome = runner.run(["sections", "--json", "-"])
        #expect(outcome.stdout.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"source\": \"-\","))
        #expect(outcome.stdout.hasSuffix("\n}\n"))
    }

    @Test func textKeepsTheHeaderWhenOneOfSeveralFilesIsMissing() {
        let outcome = runner.run(["sections", "-", "no/such.txt"])
        #expect(outcome.stdout.hasPrefix("== - ==\n"))
    }
}

extension SeveralFilesShapeTests {
    @Test func checkJSONIsAnArrayWhenOneOfSeveralFilesIsMissing() {
        let outcome = runner.run(["check", "--json", "-", "no/such.txt"])
        #expect(outcome.stdout.hasPrefix("[\n  {\n    \"source\": \"-\","))
        #expect(outcome.stdout.hasSuffix("\n]\n"))
    }
}
