import SGReportCore

/// What a run writes and how it ends; `main.swift` only copies these to the process.
public struct Outcome: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    public var exitCode: Int32

    public init(stdout: String = "", stderr: String = "", exitCode: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }

    /// Output plus the diagnostics of `errors`, one line each, with the single exit code they imply.
    init(stdout: String, errors: [CLIError]) {
        self.stdout = stdout
        self.stderr = errors.map { $0.diagnostic + "\n" }.joined()
        self.exitCode = CLIError.exitCode(for: errors)
    }
}

/// Runs one command line: parse, read inputs, call the library, render. No process globals are touched here.
public struct Runner: Sendable {
    public var reader: InputReader
    /// Whether stdout is a terminal (`isatty(1)`).
    public var stdoutIsTerminal: Bool
    public var environment: [String: String]
    /// The renderer; tests put a recorder here to see what reached it.
    public var render: Render
    /// How many inputs are processed at once when `--jobs` is not given; `main.swift` passes the number of
    /// active processors.
    public var defaultJobs: Int

    public typealias Render = @Sendable (_ documents: [SourcedDocument], _ view: View, _ format: OutputFormat, _ options: RenderOptions) -> String

    public init(
        reader: InputReader = InputReader(), stdoutIsTerminal: Bool = false, environment: [String: String] = [:],
        render: @escaping Render = { Renderer.render($0, view: $1, format: $2, options: $3) }, defaultJobs: Int = 1
    ) {
        self.reader = reader
        self.stdoutIsTerminal = stdoutIsTerminal
        self.environment = environment
        self.render = render
        self.defaultJobs = defaultJobs
    }

    public func run(_ arguments: [String]) -> Outcome {
        let invocation: Invocation
        do {
            invocation = try ArgumentParser.parse(arguments)
        } catch {
            return Outcome(stdout: "", errors: [error])
        }
        switch invocation {
        case .help(let command):
            return Outcome(stdout: command.map(HelpText.command) ?? HelpText.general())
        case .version:
            return Outcome(stdout: HelpText.version())
        case .run(let request):
            guard let view = request.view else { return check(request) }
            return report(request, view: view)
        }
    }

    /// summarise, metrics, priorities, meetings, sections: every input parsed, filtered, rendered once.
    func report(_ request: Request, view: View) -> Outcome {
        let filter = request.filter
        let (parsed, errors) = eachInput(request) { bytes throws(ReadingError) in
            applying(filter, to: try ReportParser.parse(bytes))
        }
        let documents = parsed.map { SourcedDocument(source: $0.source, document: $0.value) }
        guard !documents.isEmpty else { return Outcome(stdout: "", errors: errors) }
        let options = RenderOptions(
            colour: Terminal.wantsColour(stdoutIsTerminal: stdoutIsTerminal, environment: environment),
            verbose: request.verbose,
            width: Terminal.width(environment: environment))
        // The parser only accepts formats from `view.formats`, so the renderer's JSON fallback never applies.
        let output = render(documents, view, request.format, options)
        return Outcome(stdout: output, errors: errors)
    }

    /// Reads each of the request's inputs and runs `work` on its bytes, up to `--jobs` inputs at once (each
    /// read by the worker that processes it, so only those inputs' bytes are held at a time). Results and errors
    /// come back in argument order whatever the number of jobs; unreadable inputs become errors (exit 3) while
    /// the others go on.
    func eachInput<T: Sendable>(
        _ request: Request, _ work: @escaping @Sendable ([UInt8]) throws(ReadingError) -> T
    ) -> (results: [(source: String, value: T)], errors: [CLIError]) {
        let reader = self.reader
        let outcomes = OrderedParallelMap.map(reader.resolve(request.files), workers: request.jobs ?? defaultJobs) {
            pending -> Result<(source: String, value: T), CLIError> in
            let input = reader.load(pending)
            switch input.bytes {
            case .failure(let error):
                return .failure(error)
            case .success(let bytes):
                do throws(ReadingError) {
                    return .success((input.source, try work(bytes)))
                } catch {
                    return .failure(.unreadable(source: input.source, line: error.line, message: error.message))
                }
            }
        }
        var results: [(source: String, value: T)] = []
        var errors: [CLIError] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let result): results.append(result)
            case .failure(let error): errors.append(error)
            }
        }
        return (results, errors)
    }

    /// The one place the listing filters reach the library.
    func applying(_ filter: ListFilter, to document: Document) -> Document {
        document.filtered(by: filter)
    }

    /// `sgreport check`: every input checked against its profile and rendered once; exit 1 when any counted rule
    /// fails (so the exit code always agrees with JSON `passed`), 2 for a bad rules file, 3 for unreadable inputs.
    func check(_ request: Request) -> Outcome {
        let options = request.check
        let configuration: CheckConfiguration
        switch options.rules.map(loadRules) ?? .success(CheckConfiguration()) {
        case .success(let loaded): configuration = loaded
        case .failure(let error): return Outcome(stdout: "", errors: [error])
        }
        let profile: RuleProfile? = options.profile == .auto ? nil : RuleProfile(rawValue: options.profile.rawValue)
        let strictness = CheckStrictness(rawValue: options.strictness.rawValue) ?? .normal
        let (checked, errors) = eachInput(request) { bytes throws(ReadingError) in
            try Checker.check(bytes, profile: profile, configuration: configuration, strictness: strictness)
        }
        let reports = checked.map { SourcedCheckReport(source: $0.source, report: $0.value) }
        var allErrors = errors
        let failures = reports.reduce(0) { $0 + $1.report.failures.count }
        if failures > 0 { allErrors.append(.checkFailed(failures: failures)) }
        guard !reports.isEmpty else { return Outcome(stdout: "", errors: allErrors) }
        let format = CheckOutputFormat(rawValue: options.format.rawValue) ?? .text
        let renderOptions = CheckRenderOptions(
            colour: Terminal.wantsColour(stdoutIsTerminal: stdoutIsTerminal, environment: environment),
            toolVersion: sgreportVersion)
        return Outcome(stdout: CheckRenderer.render(reports, format: format, options: renderOptions), errors: allErrors)
    }

    /// The rules file's configuration, or the usage error naming the file and the JSON path at fault.
    func loadRules(_ path: String) -> Result<CheckConfiguration, CLIError> {
        let input = reader.read([path]).first
        guard let input, case .success(let bytes) = input.bytes else {
            var reason = "cannot be read"
            if case .failure(.unreadable(_, _, let message)) = input?.bytes { reason = message }
            return .failure(.badRulesFile(path: path, message: reason))
        }
        do {
            return .success(try CheckConfiguration.parse(bytes))
        } catch {
            return .failure(.badRulesFile(path: path, message: error.description))
        }
    }
}
