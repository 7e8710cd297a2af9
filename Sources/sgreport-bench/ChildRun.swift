import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One run of another program over a file, timed as a whole process: the `sgreport` binary beside this one,
/// or the Python baseline. Its peak memory is the kernel's figure for children, so it counts that process alone
/// when it is the only child run so far.
struct ChildRun {
    let seconds: Double
    let exitCode: Int32

    static func run(_ executable: String, _ arguments: [String]) -> ChildRun? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        return ChildRun(seconds: (clock.now - start).seconds, exitCode: process.terminationStatus)
    }

    /// The largest resident size of any child waited for so far, in MB.
    static var childrenPeakMegabytes: Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        return Double(usage.ru_maxrss) / 1024 / 1024  // bytes on macOS
        #endif
    }

    /// The `sgreport` executable built beside this benchmark, if there is one.
    static var sgreport: String? {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let path = own.deletingLastPathComponent().appendingPathComponent("sgreport").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The first `python3` on PATH.
    static var python: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
