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

    public typealias Render = @Sendable (_ documents: [SourcedDocument], _ view: View, _ format: OutputFormat, _ options: RenderOptions) -> String

    public init(
        reader: InputReader = InputReader(), stdoutIsTerminal: Bool = false, environment: [String: String] = [:],
        render: @escaping Render = { Renderer.render($0, view: $1, format: $2, options: $3) }
    ) {
        self.reader = reader
        self.stdoutIsTerminal = stdoutIsTerminal
        self.environment = environment
        self.render = render
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
        var documents: [SourcedDocument] = []
        var errors: [CLIError] = []
        for input in reader.read(request.files) {
            switch input.bytes {
            case .failure(let error):
                errors.append(error)
            case .success(let bytes):
                do {
                    let document = try ReportParser.parse(bytes)
                    documents.append(SourcedDocument(source: input.source, document: applying(request.filter, to: document)))
                } catch {
                    errors.append(.unreadable(source: input.source, line: error.line, message: error.message))
                }
            }
        }
        guard !documents.isEmpty else { return Outcome(stdout: "", errors: errors) }
        let options = RenderOptions(
            colour: Terminal.wantsColour(stdoutIsTerminal: stdoutIsTerminal, environment: environment),
            verbose: request.verbose,
            width: Terminal.width(environment: environment))
        // The parser only accepts formats from `view.formats`, so the renderer's JSON fallback never applies.
        let output = render(documents, view, request.format, options)
        return Outcome(stdout: output, errors: errors)
    }

    /// The one place the listing filters reach the library.
    func applying(_ filter: ListFilter, to document: Document) -> Document {
        document.filtered(by: filter)
    }

    /// `sgreport check`: its flags are parsed and validated; the rule engine is not in this build.
    func check(_ request: Request) -> Outcome {
        // TODO(merge): run the check engine with request.check and request.files; exit 1 via .checkFailed.
        Outcome(stdout: "", errors: [.notAvailable(.check)])
    }
}
