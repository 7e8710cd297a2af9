import Foundation
import SGReportCLI

// Parse, run, write everything at once, exit with the one code the run decided (see CLIError.exitCode(for:)).
let environment = ProcessInfo.processInfo.environment
// Without --jobs, as many inputs are processed at once as there are processors to run them.
let runner = Runner(
    stdoutIsTerminal: Terminal.stdoutIsTerminal, environment: environment,
    defaultJobs: ProcessInfo.processInfo.activeProcessorCount)
let outcome = runner.run(Array(CommandLine.arguments.dropFirst()))
if !outcome.stdout.isEmpty { FileHandle.standardOutput.write(Data(outcome.stdout.utf8)) }
if !outcome.stderr.isEmpty { FileHandle.standardError.write(Data(outcome.stderr.utf8)) }
exit(outcome.exitCode)
