import Foundation
import SGReportCore
import Testing

@testable import SGReportCLI

/// `--jobs N`: any number of jobs writes what `--jobs 1` writes, byte for byte, errors included.
@Suite struct JobsTests {
    /// The fixtures with every kind of input between them: a missing file, a file that is not text, standard
    /// input, a directory and a repeated file, so results and errors interleave.
    struct Inputs {
        let directory: TemporaryDirectory
        let arguments: [String]
        let stdin: [UInt8]
        let missing = "no/such/report.txt"
        let binary: String

        init() throws {
            let fixtures = Repo.fixturePaths
            try #require(fixtures.count >= 5)
            directory = try TemporaryDirectory()
            binary = try directory.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
            let copy = try Data(contentsOf: URL(fileURLWithPath: fixtures[4]))
            try directory.write("folder/b.txt", Array(copy))
            try directory.write("folder/a.txt", "Annual Report 2019-20\n\n1. Introduction\n")
            stdin = Array(try Data(contentsOf: URL(fileURLWithPath: fixtures[3])))
            arguments = [
                fixtures[0], fixtures[1], missing, binary, fixtures[2], "-", directory.path + "/folder", fixtures[0],
            ]
        }

        func runner(defaultJobs: Int = 1) -> Runner {
            let bytes = stdin
            return Runner(reader: InputReader(readStandardInput: { bytes }), defaultJobs: defaultJobs)
        }
    }

    @Test(arguments: [
        ["summarise", "--json"], ["summarise"], ["metrics", "--csv"], ["priorities", "--verbose"],
        ["meetings", "--jsonl"], ["sections", "--markdown"], ["check", "--json"],
    ])
    func everyJobCountWritesWhatOneJobWrites(command: [String]) throws {
        let inputs = try Inputs()
        defer { inputs.directory.remove() }
        let one = inputs.runner().run(command + ["--jobs", "1"] + inputs.arguments)
        #expect(one.exitCode == 3)
        #expect(!one.stdout.isEmpty)
        let diagnostics = one.stderr.split(separator: "\n")
        #expect(diagnostics.first == "sgreport: \(inputs.missing): no such file or directory")
        #expect(diagnostics.dropFirst().first?.hasPrefix("sgreport: \(inputs.binary):3: not a text file") == true)
        for jobs in [2, 4, 8] {
            #expect(inputs.runner().run(command + ["--jobs", "\(jobs)"] + inputs.arguments) == one, "--jobs \(jobs)")
        }
        // Without --jobs the runner's default applies, and changes nothing either.
        #expect(inputs.runner(defaultJobs: 3).run(command + inputs.arguments) == one, "default jobs")
    }

    @Test(arguments: [1, 2, 5, 64])
    func resultsComeBackInItemOrder(workers: Int) {
        let items = Array(0..<200)
        // Uneven work, so items finish out of order when there are several workers.
        let mapped = OrderedParallelMap.map(items, workers: workers) { item -> String in
            if item % 7 == 0 { usleep(200) }
            return "item \(item)"
        }
        #expect(mapped == items.map { "item \($0)" })
    }

    @Test(arguments: [1, 2, 3])
    func neverMoreThanTheWorkersAtOnce(workers: Int) {
        let gauge = Gauge()
        _ = OrderedParallelMap.map(Array(0..<60), workers: workers) { item -> Int in
            gauge.enter()
            usleep(100)
            gauge.leave()
            return item
        }
        #expect(gauge.peak >= 1)
        #expect(gauge.peak <= workers)
    }

    @Test func fewerItemsThanWorkersAndNoItems() {
        #expect(OrderedParallelMap.map([3, 1, 2], workers: 16) { $0 * 10 } == [30, 10, 20])
        #expect(OrderedParallelMap.map([Int](), workers: 4) { $0 } == [])
        #expect(OrderedParallelMap.map([1, 2], workers: 0) { $0 } == [1, 2])
    }

    @Test func standardInputIsReadOnceWithSeveralJobs() {
        let counter = Counter()
        let reader = InputReader(readStandardInput: {
            counter.increment()
            return Array("1. Introduction\n".utf8)
        })
        let outcome = Runner(reader: reader, render: recordingRenderer).run(["sections", "--jobs", "4", "-", "-", "-"])
        #expect(outcome.stdout == String(repeating: "sections text colour=false verbose=false -\n", count: 3))
        #expect(counter.value == 1)
    }
}

/// How many callers are between `enter` and `leave`, and the most there ever were.
final class Gauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var highest = 0
    var peak: Int { lock.withLock { highest } }

    func enter() {
        lock.withLock {
            current += 1
            highest = max(highest, current)
        }
    }

    func leave() { lock.withLock { current -= 1 } }
}
