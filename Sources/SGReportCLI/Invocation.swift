import SGReportCore

/// What the user asked for, once the arguments are parsed and checked.
public enum Invocation: Sendable, Equatable {
    /// `sgreport help [COMMAND]`, `sgreport --help`, `sgreport COMMAND --help`.
    case help(CommandName?)
    /// `sgreport --version`.
    case version
    case run(Request)
}

/// A command to run with its typed options; built only by `ArgumentParser`.
public struct Request: Sendable, Equatable {
    public var command: CommandName
    /// The inputs in the order given; empty means standard input. "-" is standard input too.
    public var files: [String]
    /// The output format of the listing and summary commands (`check` uses `check.format`).
    public var format: OutputFormat
    /// `--grep`, `--section`, `--unit`, `--min`, `--max`, `--scope`, `--status`, `--from`, `--to`.
    public var filter: ListFilter
    /// `priorities --verbose`.
    public var verbose: Bool
    /// `meetings --attendance`.
    public var attendance: Bool
    /// `check`'s options; defaults for other commands.
    public var check: CheckOptions
    /// `--jobs N`: how many inputs to process at once; nil leaves it to the runner (the number of processors).
    public var jobs: Int?

    public init(
        command: CommandName, files: [String] = [], format: OutputFormat = .text, filter: ListFilter = ListFilter(),
        verbose: Bool = false, attendance: Bool = false, check: CheckOptions = CheckOptions(), jobs: Int? = nil
    ) {
        self.command = command
        self.files = files
        self.format = format
        self.filter = filter
        self.verbose = verbose
        self.attendance = attendance
        self.check = check
        self.jobs = jobs
    }

    /// What the command shows; nil for `check`.
    public var view: View? { CommandTable.view(for: command, attendance: attendance) }
}

/// `sgreport check` options, validated now so the engine can plug in later.
public struct CheckOptions: Sendable, Equatable {
    public enum Strictness: String, Sendable, CaseIterable { case normal, strict, lenient }

    public var format: CheckFormat
    public var profile: CheckProfile
    /// `--rules FILE.json`, read when the check runs.
    public var rules: String?
    public var strictness: Strictness

    public init(format: CheckFormat = .text, profile: CheckProfile = .auto, rules: String? = nil, strictness: Strictness = .normal) {
        self.format = format
        self.profile = profile
        self.rules = rules
        self.strictness = strictness
    }
}
