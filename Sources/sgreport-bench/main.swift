import Foundation
import SGReportCore

// sgreport-bench: throughput of each pipeline stage over the fixture corpus, ×1, ×4, ×10 and ×40.
// Usage: swift run -c release sgreport-bench [DIRECTORY] [--runs N]

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 3
if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    runs = max(1, n)
    arguments.removeSubrange(i...(i + 1))
}
let directory = arguments.first ?? "Fixtures/reports"

let corpus: Corpus
do {
    corpus = try Corpus(directory: directory)
} catch {
    FileHandle.standardError.write(Data("sgreport-bench: \(directory): \(error.localizedDescription)\n".utf8))
    exit(3)
}
guard corpus.totalBytes > 0 else {
    FileHandle.standardError.write(Data("sgreport-bench: \(directory): no .txt files\n".utf8))
    exit(3)
}

let megabyte = 1_000_000.0
// The whole command as a user runs it (read the file, parse, render, write), and the naive baseline, over the
// same ×40 bytes written to a temporary file. They run before this process holds any large input: a child's
// peak resident size, as the kernel counts it, includes what it shared with this process when it was started.
var processLines: [String] = []
let file = FileManager.default.temporaryDirectory.appendingPathComponent("sgreport-bench-corpus-x40.txt")
let megabytes40 = Double(corpus.totalBytes * 40 + 40 * corpus.files.count) / megabyte
if (try? Data(corpus.repeated(40)).write(to: file)) != nil {
    defer { try? FileManager.default.removeItem(at: file) }
    if let sgreport = ChildRun.sgreport {
        var times: [Double] = []
        for _ in 0..<runs { if let r = ChildRun.run(sgreport, ["summarise", "--json", "--jobs", "1", file.path]) { times.append(r.seconds) } }
        if let median = times.sorted().dropFirst(times.count / 2).first {
            processLines.append(String(format: "sgreport summarise --json, corpus×40 as one file: %.2f s, %.1f MB/s, peak memory %.0f MB (target ≤ %.0f MB)",
                         median, megabytes40 / median, ChildRun.childrenPeakMegabytes, 8 * megabytes40 + 50))
        }
    }
    let script = URL(fileURLWithPath: directory).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks/naive_numbers.py").path
    if let python = ChildRun.python, FileManager.default.fileExists(atPath: script) {
        var times: [Double] = []
        for _ in 0..<runs { if let r = ChildRun.run(python, [script, file.path]), r.exitCode == 0 { times.append(r.seconds) } }
        if let median = times.sorted().dropFirst(times.count / 2).first {
            processLines.append(String(format: "baseline: python3 Benchmarks/naive_numbers.py, same file: %.2f s, %.1f MB/s", median, megabytes40 / median))
        }
    }
}

print("sgreport-bench: \(corpus.files.count) reports, \(String(format: "%.2f", Double(corpus.totalBytes) / megabyte)) MB, median of \(runs) runs, one thread")
print("throughput in MB/s per stage (input size ÷ time in that stage)")
print("")
let header = ["input", "MB"] + StageTimes.columns
print(header.map { $0.padding(toLength: max($0.count, 9), withPad: " ", startingAt: 0) }.joined(separator: " "))

var costPerMB: [Int: Double] = [:]
let scales: [(label: String, times: Int)] = [("corpus", 0), ("corpus×4", 4), ("corpus×10", 10), ("corpus×40", 40)]
for scale in scales {
    let inputs = scale.times == 0 ? corpus.files.map(\.bytes) : [corpus.repeated(scale.times)]
    let bytes = Double(inputs.reduce(0) { $0 + $1.count })
    var samples: [StageTimes] = []
    for _ in 0..<runs { samples.append(StageTimes.measure(inputs)) }
    samples.sort { ($0.seconds["end-to-end"] ?? 0) < ($1.seconds["end-to-end"] ?? 0) }
    let median = samples[samples.count / 2]
    let endToEnd = median.seconds["end-to-end"] ?? 0
    if scale.times > 0 { costPerMB[scale.times] = endToEnd / (bytes / megabyte) }
    var row = [scale.label, String(format: "%.2f", bytes / megabyte)]
    for column in StageTimes.columns {
        let s = median.seconds[column] ?? 0
        row.append(s > 0 ? String(format: "%.0f", bytes / megabyte / s) : "-")
    }
    print(row.map { $0.padding(toLength: max($0.count, 9), withPad: " ", startingAt: 0) }.joined(separator: " "))
}
print("")
if let small = costPerMB[4], let large = costPerMB[40], small > 0 {
    print(String(format: "linearity: cost per MB at ×40 is %.2f× that at ×4 (target ≤ 1.30)", large / small))
}
let largest = Double(corpus.totalBytes * 40) / megabyte
print(String(format: "peak memory: %.0f MB for a %.0f MB input (target ≤ 8 × input + 50 = %.0f MB)", PeakMemory.megabytes, largest, 8 * largest + 50))

print("")
for line in processLines { print(line) }
