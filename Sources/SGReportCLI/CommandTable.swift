import SGReportCore

/// The version `sgreport --version` prints.
public let sgreportVersion = "0.1.0"

/// The commands sgreport runs; `help` is handled by the parser, not listed here.
public enum CommandName: String, Sendable, CaseIterable {
    case summarise, metrics, priorities, meetings, sections, check
}

/// What a flag's value must look like; the parser checks it and builds typed options from it.
public enum ValueKind: Sendable, Equatable {
    /// Any text (a search string).
    case text
    /// One of a fixed list of words.
    case choice([String])
    /// A decimal number: `10`, `-2.5`, `10,178`.
    case number
    /// A whole number, 1 or more: `4`.
    case positiveInteger
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case date
    /// A file path.
    case path
}

/// One flag as data: the parser, the help text and did-you-mean are all generated from these.
public struct FlagSpec: Sendable, Equatable {
    /// The long name without dashes: "format".
    public let name: String
    /// The placeholder in help ("F", "TEXT"), or nil for a switch that takes no value.
    public let valueName: String?
    /// What the value must be; nil for a switch.
    public let kind: ValueKind?
    public let help: String
    /// For a shorthand switch: the flag and value it stands for (`--json` is `--format json`).
    public let shorthandFor: Shorthand?
    /// Words users try that mean an allowed value; only used to suggest ("pounds" → "currency"), never accepted.
    public let synonyms: [String: String]

    public struct Shorthand: Sendable, Equatable {
        public let flag: String
        public let value: String
    }

    public init(
        _ name: String, value valueName: String? = nil, kind: ValueKind? = nil, help: String,
        shorthandFor: Shorthand? = nil, synonyms: [String: String] = [:]
    ) {
        self.name = name
        self.valueName = valueName
        self.kind = kind
        self.help = help
        self.shorthandFor = shorthandFor
        self.synonyms = synonyms
    }

    public var takesValue: Bool { valueName != nil }
    /// "--format F" or "--json".
    public var usageLabel: String { valueName.map { "--\(name) \($0)" } ?? "--\(name)" }
    /// The allowed words of a `.choice` flag, else empty.
    public var choices: [String] {
        if case .choice(let values) = kind { return values }
        return []
    }
}

/// One command as data: its name, one-line summary, flags and examples.
public struct CommandSpec: Sendable, Equatable {
    public let name: CommandName
    public let summary: String
    /// A paragraph shown under the summary in `sgreport help COMMAND`.
    public let details: String
    public let flags: [FlagSpec]
    public let examples: [String]

    public func flag(named name: String) -> FlagSpec? { flags.first { $0.name == name } }
}

/// The whole command line as data.
public enum CommandTable {
    public static let commands: [CommandSpec] = [
        CommandSpec(
            name: .summarise,
            summary: "Human digest of each report.",
            details: "One digest per input, in the order given: what the report is, its organisation and period, its outline, headline figures, priorities and meetings.",
            flags: formatFlags(for: .summary) + inputFlags,
            examples: [
                "sgreport summarise report.txt",
                "sgreport summarise reports/",
                "pdftotext -layout report.pdf - | sgreport summarise",
            ]
        ),
        CommandSpec(
            name: .metrics,
            summary: "Every quantitative fact, one row each.",
            details: "Percentages, counts, money, rates, fractions and durations, with their label, line and section.",
            flags: formatFlags(for: .metrics) + listFilterFlags + [
                FlagSpec(
                    "unit", value: "U", kind: .choice(Metric.Unit.allCases.map(\.rawValue)),
                    help: "Keep metrics of this unit.",
                    synonyms: [
                        "pounds": "currency", "gbp": "currency", "money": "currency", "£": "currency",
                        "cost": "currency", "%": "percent", "percentage": "percent", "pct": "percent",
                        "number": "count", "ratio": "fraction", "days": "duration", "weeks": "duration",
                        "time": "duration", "per": "rate",
                    ]
                ),
                FlagSpec("min", value: "N", kind: .number, help: "Keep metrics whose value is at least N."),
                FlagSpec("max", value: "N", kind: .number, help: "Keep metrics whose value is at most N."),
            ] + inputFlags,
            examples: [
                "sgreport metrics --csv reports/*.txt > figures.csv",
                "sgreport metrics --json report.txt | jq '.metrics[] | select(.unit == \"percent\")'",
                "sgreport metrics --unit percent --min 20 --section 'Our Year in Figures' report.txt",
            ]
        ),
        CommandSpec(
            name: .priorities,
            summary: "The report's priorities with their progress.",
            details: "Current priorities (reported on) and next year's, with their status; --verbose adds actions and progress notes.",
            flags: formatFlags(for: .priorities) + listFilterFlags + [
                FlagSpec(
                    "scope", value: "S", kind: .choice(Priority.Scope.allCases.map(\.rawValue)),
                    help: "Keep the priorities reported on (current) or planned for the next period (next).",
                    synonyms: ["this": "current", "future": "next", "upcoming": "next"]
                ),
                FlagSpec("verbose", help: "Print each priority's actions and progress notes."),
            ] + inputFlags,
            examples: [
                "sgreport priorities report.txt",
                "sgreport priorities --scope next --verbose report.txt",
                "sgreport priorities --markdown reports/ > priorities.md",
            ]
        ),
        CommandSpec(
            name: .meetings,
            summary: "Meetings (held, scheduled, postponed) and attendance.",
            details: "Dated meetings with their status, time, place and business; --attendance lists members' attendance instead.",
            flags: formatFlags(for: .meetings) + listFilterFlags + [
                FlagSpec(
                    "status", value: "S", kind: .choice(Meeting.Status.allCases.map(\.rawValue)),
                    help: "Keep meetings with this status.",
                    synonyms: ["past": "held", "future": "scheduled", "planned": "scheduled", "canceled": "cancelled"]
                ),
                FlagSpec("from", value: "DATE", kind: .date, help: "Keep meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
                FlagSpec("to", value: "DATE", kind: .date, help: "Keep meetings on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
                FlagSpec("attendance", help: "List attendance records (member, role, meetings attended) instead of meetings."),
            ] + inputFlags,
            examples: [
                "sgreport meetings --status held --from 2020-01 agenda.txt",
                "sgreport meetings --attendance --csv report.txt > attendance.csv",
            ]
        ),
        CommandSpec(
            name: .sections,
            summary: "The outline: numbered and titled sections.",
            details: "One row per heading, with its number, level and line.",
            flags: formatFlags(for: .sections) + listFilterFlags + inputFlags,
            examples: [
                "sgreport sections report.txt",
                "sgreport sections --grep priorit --tsv reports/",
            ]
        ),
        CommandSpec(
            name: .check,
            summary: "Completeness rules for CI; exit 1 when any fails.",
            details: "Checks each report against the rules of its profile (auto: from the kind of report).",
            flags: [
                formatFlag(CheckFormat.allCases.map(\.rawValue))
            ] + shorthands(CheckFormat.allCases.map(\.rawValue)) + [
                FlagSpec(
                    "profile", value: "P", kind: .choice(CheckProfile.allCases.map(\.rawValue)),
                    help: "The rule set: auto (from the report's kind), annual-report, agenda or minutes.",
                    synonyms: ["annual": "annual-report", "annualreport": "annual-report", "report": "annual-report"]
                ),
                FlagSpec("rules", value: "FILE", kind: .path, help: "Read extra or overriding rules from FILE.json."),
                FlagSpec("strict", help: "Fail on advisory (may) rules too; by default failing must and should rules fail the run."),
                FlagSpec("lenient", help: "Fail only on must rules; failing should and may rules are still reported."),
            ] + inputFlags,
            examples: [
                "sgreport check --format github reports/",
                "sgreport check --profile annual-report --strict --format junit report.txt > check.xml",
            ]
        ),
    ]

    /// The spec for `name`; every `CommandName` has one.
    public static func spec(_ name: CommandName) -> CommandSpec {
        // `commands` lists every case; the fallback only keeps this total without a force unwrap.
        commands.first { $0.name == name } ?? CommandSpec(name: name, summary: "", details: "", flags: [], examples: [])
    }

    /// The view a command shows; nil for `check`.
    public static func view(for command: CommandName, attendance: Bool = false) -> View? {
        switch command {
        case .summarise: return .summary
        case .metrics: return .metrics
        case .priorities: return .priorities
        case .meetings: return attendance ? .attendance : .meetings
        case .sections: return .sections
        case .check: return nil
        }
    }

    // MARK: - Shared flags

    /// How the inputs are processed: every command takes files.
    static let inputFlags: [FlagSpec] = [
        FlagSpec(
            "jobs", value: "N", kind: .positiveInteger,
            help: "Process up to N files in parallel (default: the number of processors); output stays in the order given."),
    ]

    static let listFilterFlags: [FlagSpec] = [
        FlagSpec("grep", value: "TEXT", kind: .text, help: "Keep items whose label, title or source text contains TEXT (case-insensitive)."),
        FlagSpec("section", value: "TEXT", kind: .text, help: "Keep items in a section whose title contains TEXT (case-insensitive)."),
    ]

    static func formatFlags(for view: View) -> [FlagSpec] {
        let names = view.formats.map(\.rawValue)
        return [formatFlag(names)] + shorthands(names)
    }

    static func formatFlag(_ names: [String]) -> FlagSpec {
        FlagSpec(
            "format", value: "F", kind: .choice(names),
            help: "Output format: \(names.joined(separator: ", ")) (default \(names.first ?? "text")).",
            synonyms: ["md": "markdown", "jsonlines": "jsonl", "ndjson": "jsonl", "txt": "text", "plain": "text", "xml": "junit"]
        )
    }

    /// `--json`, `--csv`, …: one switch per format other than the default.
    static func shorthands(_ names: [String]) -> [FlagSpec] {
        names.dropFirst().map {
            FlagSpec($0, help: "Same as --format \($0).", shorthandFor: .init(flag: "format", value: $0))
        }
    }
}

/// `check --format`: the report formats CI systems read.
public enum CheckFormat: String, Sendable, CaseIterable {
    case text, json, junit, github, sarif
}

/// `check --profile`: which rule set applies.
public enum CheckProfile: String, Sendable, CaseIterable {
    case auto
    case annualReport = "annual-report"
    case agenda, minutes
}
