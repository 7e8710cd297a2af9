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
    public var render: Rendering
    /// How many inputs are processed at once when `--jobs` is not given; `main.swift` passes the number of
    /// active processors.
    public var defaultJobs: Int

    /// The two halves of rendering (`Renderer.part` and `Renderer.join`): each file's part is made by the worker
    /// that parsed it, so `--jobs` spreads the rendering too and no parsed document outlives its worker.
    public struct Rendering: Sendable {
        public typealias Part = @Sendable (SourcedDocument, View, OutputFormat, RenderOptions, _ several: Bool) -> RenderedPart
        public typealias Join = @Sendable ([RenderedPart], View, OutputFormat, _ several: Bool) -> String
        public var part: Part
        public var join: Join

        public init(part: @escaping Part, join: @escaping Join) {
            self.part = part
            self.join = join
        }

        public static let library = Rendering(
            part: { Renderer.part($0, view: $1, format: $2, options: $3, several: $4) },
            join: { Renderer.join($0, view: $1, format: $2, several: $3) })
    }

    public init(
        reader: InputReader = InputReader(), stdoutIsTerminal: Bool = false, environment: [String: String] = [:],
        render: Rendering = .library, defaultJobs: Int = 1
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

    /// summarise, metrics, priorities, meetings, sections: every input parsed, filtered and rendered by a worker,
    /// the parts joined in argument order.
    func report(_ request: Request, view: View) -> Outcome {
        let filter = request.filter
        let options = RenderOptions(
            colour: Terminal.wantsColour(stdoutIsTerminal: stdoutIsTerminal, environment: environment),
            verbose: request.verbose,
            width: Terminal.width(environment: environment))
        let inputs = reader.resolve(request.files)
        let several = inputs.count > 1
        let render = self.render
        // The parser only accepts formats from `view.formats`, so the renderer's JSON fallback never applies.
        let (parts, errors) = eachInput(inputs, request, parse: { _, bytes throws(ReadingError) in
            applying(filter, to: try ReportParser.parse(bytes))
        }, then: { source, document in
            render.part(SourcedDocument(source: source, document: document), view, request.format, options, several)
        })
        return Outcome(stdout: render.join(parts.map(\.value), view, request.format, several), errors: errors)
    }

    /// Reads each of the request's resolved inputs, runs `parse` on its bytes and `then` on the result, up to
    /// `--jobs` inputs at once (each read by the worker that processes it, so only those inputs' bytes are held at
    /// a time, and not during `then`: a 30 MB input's bytes held while its JSON was written took peak memory
    /// from 273 to 301 MB). Results and errors come back in argument order whatever the number of jobs;
    /// unreadable inputs become errors (exit 3) while the others go on.
    func eachInput<Parsed, T: Sendable>(
        _ inputs: [PendingInput], _ request: Request,
        parse: @escaping @Sendable (_ source: String, [UInt8]) throws(ReadingError) -> Parsed,
        then finish: @escaping @Sendable (_ source: String, Parsed) -> T
    ) -> (results: [(source: String, value: T)], errors: [CLIError]) {
        let reader = self.reader
        let outcomes = OrderedParallelMap.map(inputs, workers: request.jobs ?? defaultJobs) {
            pending -> Result<(source: String, value: T), CLIError> in
            Self.parsed(reader.load(pending), parse).map { ($0.source, finish($0.source, $0.value)) }
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

    /// `parse` run on one input's bytes; the input (and so its bytes) is released when this returns.
    private static func parsed<Parsed>(
        _ input: Input, _ parse: (_ source: String, [UInt8]) throws(ReadingError) -> Parsed
    ) -> Result<(source: String, value: Parsed), CLIError> {
        switch input.bytes {
        case .failure(let error):
            return .failure(error)
        case .success(let bytes):
            do throws(ReadingError) {
                return .success((input.source, try parse(input.source, bytes)))
            } catch {
                return .failure(.unreadable(source: input.source, line: error.line, message: error.message))
            }
        }
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
        let inputs = reader.resolve(request.files)
        let (checked, errors) = eachInput(inputs, request, parse: { _, bytes throws(ReadingError) in
            try Checker.check(bytes, profile: profile, configuration: configuration, strictness: strictness)
        }, then: { $1 })
        let reports = checked.map { SourcedCheckReport(source: $0.source, report: $0.value) }
        var allErrors = errors
        let failures = reports.reduce(0) { $0 + $1.report.failures.count }
        if failures > 0 { allErrors.append(.checkFailed(failures: failures)) }
        guard !reports.isEmpty else { return Outcome(stdout: "", errors: allErrors) }
        let format = CheckOutputFormat(rawValue: options.format.rawValue) ?? .text
        let renderOptions = CheckRenderOptions(
            colour: Terminal.wantsColour(stdoutIsTerminal: stdoutIsTerminal, environment: environment),
            toolVersion: sgreportVersion, several: inputs.count > 1)
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
