import Foundation
import Testing

@testable import SGReportCLI

/// The built `sgreport` binary, run as a user would: arguments, a stdin pipe, stdout, stderr, exit code.
enum Binary {
    /// Next to the test bundle (Linux: `.build/debug/sgreportPackageTests.xctest`), else `.build/debug/sgreport`.
    static let url: URL? = {
        let fileManager = FileManager.default
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sgreport"),
            Bundle.main.bundleURL.appendingPathComponent("sgreport"),
            Repo.root.appendingPathComponent(".build/debug/sgreport"),
        ]
        return candidates.first { fileManager.isExecutableFile(atPath: $0.path) }
    }()

    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    /// Output goes to temporary files, so a large output cannot fill a pipe and block the child.
    static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String]? = nil) throws -> Result {
        let binary = try #require(url, "sgreport binary not found; run `swift build` first")
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let outURL = dir.url.appendingPathComponent("stdout")
        let errURL = dir.url.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        var env = environment ?? ProcessInfo.processInfo.environment
        env["NO_COLOR"] = env["NO_COLOR"] ?? "1"
        process.environment = env
        try process.run()
        input.fileHandleForWriting.write(Data(stdin))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            status: process.terminationStatus)
    }
}

@Suite(.serialized) struct ExecutableTests {
    @Test func binaryIsFound() {
        #expect(Binary.url != nil)
    }

    @Test func version() throws {
        let result = try Binary.run(["--version"])
        #expect(result.stdout == "sgreport 0.1.0\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func generalHelpListsCommands() throws {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let result = try Binary.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.contains("Usage: sgreport COMMAND"))
            for command in CommandName.allCases { #expect(result.stdout.contains("  \(command.rawValue) ")) }
        }
    }

    @Test(arguments: CommandName.allCases)
    func commandHelp(command: CommandName) throws {
        let spec = CommandTable.spec(command)
        for arguments in [[command.rawValue, "--help"], ["help", command.rawValue], [command.rawValue, "-h"]] {
            let result = try Binary.run(arguments)
            #expect(result.status == 0)
            #expect(result.stderr == "")
            #expect(result.stdout.contains("Usage: sgreport \(command.rawValue)"))
            #expect(result.stdout.contains(spec.summary))
            for example in spec.examples { #expect(result.stdout.contains(example)) }
            for flag in spec.flags { #expect(result.stdout.contains("--" + flag.name)) }
        }
    }

    @Test func metricsHelpHasTheDocumentedExamples() throws {
        let help = try Binary.run(["help", "metrics"]).stdout
        #expect(help.contains("sgreport metrics --csv reports/*.txt > figures.csv"))
        #expect(help.contains("sgreport metrics --json report.txt | jq '.metrics[] | select(.unit == \"percent\")'"))
    }

    @Test func fixtureRunsClean() throws {
        for command in ["summarise", "metrics", "priorities", "meetings", "sections"] {
            let result = try Binary.run([command, try Repo.fixture("walsall")])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr == "")
        }
    }

    @Test func everyFixtureTogether() throws {
        let result = try Binary.run(["metrics", "--json"] + Repo.fixturePaths)
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    @Test func unknownCommand() throws {
        let result = try Binary.run(["summarize", "report.txt"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "sgreport: unknown command 'summarize'; did you mean 'summarise'? Run 'sgreport help'.\n")
    }

    @Test func unknownFlag() throws {
        let result = try Binary.run(["metrics", "--jsn", try Repo.fixture("walsall")])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "sgreport: unknown flag '--jsn' for 'metrics'; did you mean '--json'? Run 'sgreport help metrics'.\n")
    }

    @Test func badValueAndMissingValue() throws {
        let bad = try Binary.run(["metrics", "--unit", "pounds"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("sgreport: invalid value 'pounds' for '--unit'; did you mean 'currency'?"))
        let missing = try Binary.run(["meetings", "--from"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("sgreport: flag '--from' for 'meetings' needs a value"))
    }

    /// The binary's default (the number of processors) and any --jobs write what --jobs 1 writes.
    @Test func jobsThroughTheBinary() throws {
        let files = Array(Repo.fixturePaths.prefix(3)) + ["does-not-exist.txt", try Repo.fixture("walsall")]
        let one = try Binary.run(["metrics", "--tsv", "--jobs", "1"] + files)
        #expect(one.status == 3)
        #expect(one.stderr == "sgreport: does-not-exist.txt: no such file or directory\n")
        for arguments in [["--jobs", "2"], ["--jobs=3"], []] {
            let result = try Binary.run(["metrics", "--tsv"] + arguments + files)
            #expect(result.stdout == one.stdout, "\(arguments)")
            #expect(result.stderr == one.stderr, "\(arguments)")
            #expect(result.status == one.status, "\(arguments)")
        }
        let zero = try Binary.run(["summarise", "--jobs", "0", try Repo.fixture("walsall")])
        #expect(zero.status == 2)
        #expect(zero.stdout == "")
        #expect(zero.stderr == "sgreport: invalid value '0' for '--jobs'; expected a whole number of at least 1, e.g. --jobs 4. Run 'sgreport help summarise'.\n")
    }

    @Test func noCommand() throws {
        let result = try Binary.run([])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("sgreport: missing command;"))
    }

    @Test func missingFileStillProcessesTheOthers() throws {
        let walsall = try Repo.fixture("walsall")
        let result = try Binary.run(["sections", "does-not-exist.txt", walsall])
        #expect(result.status == 3)
        #expect(result.stderr == "sgreport: does-not-exist.txt: no such file or directory\n")
        #expect(result.stdout.contains("Introduction"), "the readable file is still rendered")
    }

    @Test
    func binaryInputIsExit3AndTheOthersStillRun() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let binary = try dir.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        let result = try Binary.run(["summarise", binary, try Repo.fixture("walsall")])
        #expect(result.status == 3)
        // The PNG signature's CR LF and SUB LF put its first NUL byte on line 3.
        #expect(result.stderr.hasPrefix("sgreport: \(binary):3: not a text file"))
        #expect(result.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
    }

    @Test func stdinViaDashAndViaNoFile() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: try Repo.fixture("walsall")))
        for arguments in [["summarise"], ["summarise", "-"], ["sections", "--json", "-"]] {
            let result = try Binary.run(arguments, stdin: Array(text))
            #expect(result.status == 0)
            #expect(result.stderr == "")
        }
    }

    /// A FILE that is a pipe (`<(cmd)`, /dev/stdin) is read like any file.
    @Test func pipeAsAFile() throws {
        let result = try Binary.run(["sections", "/dev/stdin"], stdin: Array("1. Introduction\n".utf8))
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    @Test func directoryExpansion() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("b.txt", "Annual Report 2019-20\n")
        try dir.write("a/one.txt", "Agenda\n")
        try dir.write("ignored.pdf", "%PDF")
        let result = try Binary.run(["sections", dir.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")

        let empty = try TemporaryDirectory()
        defer { empty.remove() }
        try empty.write("only.md", "x")
        let none = try Binary.run(["sections", empty.path, dir.path])
        #expect(none.status == 3)
        #expect(none.stderr == "sgreport: \(empty.path): no .txt files in this directory\n")
    }

    @Test func checkWritesSARIFAndRejectsConflictingStrictness() throws {
        let result = try Binary.run(["check", "--strict", "--format", "sarif", try Repo.fixture("walsall")])
        #expect(result.status == 0)
        #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil)
        let conflict = try Binary.run(["check", "--strict", "--lenient"])
        #expect(conflict.status == 2)
        #expect(conflict.stderr.contains("'--strict' and '--lenient' cannot be used together"))
    }

    @Test
    func jsonOutputIsValidJSON() throws {
        for command in ["summarise", "metrics", "priorities", "meetings", "sections"] {
            let result = try Binary.run([command, "--json", try Repo.fixture("walsall")])
            #expect(result.status == 0)
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(command) --json")
        }
    }

    @Test
    func jsonlIsOneJSONValuePerLine() throws {
        let result = try Binary.run(["sections", "--format=jsonl"] + Repo.fixturePaths)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
    }

    @Test
    func directoryOutputFollowsSortedPaths() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("z.txt", "Annual Report 2019-20\n")
        try dir.write("m/a.txt", "Annual Report 2020-21\n")
        try dir.write("a.txt", "Annual Report 2018-19\n")
        let output = try Binary.run(["summarise", "--jsonl", dir.path]).stdout
        let order = ["a.txt", "m/a.txt", "z.txt"].compactMap { output.range(of: dir.path + "/" + $0)?.lowerBound }
        #expect(order.count == 3)
        #expect(order == order.sorted())
    }
}
