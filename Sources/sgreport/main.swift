import Foundation
import SGReportCLI

// Parse, run, write everything at once, exit with the one code the run decided (see CLIError.exitCode(for:)).
let environment = ProcessInfo.processInfo.environment
// Without --jobs, as many inputs are processed at once as there are processors to run them.
let runner = Runner(
    stdoutIsTerminal: Terminal.stdoutIsTerminal, environment: environment,
    defaultJobs: ProcessInfo.processInfo.activeProcessorCount)
let outcome = runner.run(Array(CommandLine.arguments.dropFirst()))
// Written from the strings' own UTF-8 storage: a copy of a whole corpus's JSON would raise peak memory by its size.
func write(_ text: String, to handle: FileHandle) {
    var text = text
    text.withUTF8 { bytes in
        guard let base = bytes.baseAddress else { return }
        handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }
}
if !outcome.stdout.isEmpty { write(outcome.stdout, to: .standardOutput) }
if !outcome.stderr.isEmpty { write(outcome.stderr, to: .standardError) }
exit(outcome.exitCode)
