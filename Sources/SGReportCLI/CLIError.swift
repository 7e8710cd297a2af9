/// Everything that can go wrong in the command-line layer, with its message and exit code.
///
/// Usage errors (exit 2) stop before any input is read; input errors (exit 3) are reported per input
/// and the others still run; a failed check (exit 1) is a result, not a crash.
public enum CLIError: Error, Sendable, Equatable {
    // MARK: Usage errors: exit 2
    case missingCommand
    case unknownCommand(String, suggestion: String?)
    /// `usedBy` names the commands that do have this flag, when the flag is right but the command is not.
    case unknownFlag(String, command: CommandName?, suggestion: String?, usedBy: [CommandName])
    case missingValue(flag: String, command: CommandName)
    case unexpectedValue(flag: String, command: CommandName)
    case invalidValue(flag: String, value: String, command: CommandName, suggestion: String?)
    case conflictingFlags(String, String, command: CommandName)
    /// `--min 50 --max 10`, `--from 2021 --to 2020`: nothing could match.
    case emptyRange(low: String, high: String, command: CommandName)
    case extraHelpTopic(String)
    /// The command is declared but its engine is not in this build.
    case notAvailable(CommandName)
    /// `check --rules FILE`: the file cannot be read, is not JSON, or `message` names the JSON path at fault.
    case badRulesFile(path: String, message: String)

    // MARK: Input errors: exit 3
    /// A missing or unreadable file, a directory without .txt files, or bytes that are not text.
    case unreadable(source: String, line: Int?, message: String)

    // MARK: Results: exit 1
    case checkFailed(failures: Int)

    public var exitCode: Int32 {
        switch self {
        case .checkFailed: return 1
        case .unreadable: return 3
        default: return 2
        }
    }

    /// The one exit code for a run that met `errors`: 0 when none, else the highest (3 over 2 over 1).
    public static func exitCode(for errors: [CLIError]) -> Int32 {
        errors.map(\.exitCode).max() ?? 0
    }

    public var isUsageError: Bool { exitCode == 2 }

    /// The line written to standard error: `sgreport: FILE:LINE: message` or `sgreport: message`.
    public var diagnostic: String { "sgreport: " + message }

    /// The message after `sgreport: `.
    public var message: String {
        switch self {
        case .missingCommand:
            let names = CommandName.allCases.map(\.rawValue).joined(separator: ", ")
            return "missing command; expected one of \(names). Run 'sgreport help'."
        case .unknownCommand(let word, let suggestion):
            if let suggestion {
                return "unknown command '\(word)'; did you mean '\(suggestion)'? Run 'sgreport help'."
            }
            if word.contains("/") || word.contains(".") {
                return "unknown command '\(word)'; the command comes first, e.g. 'sgreport summarise \(word)'. Run 'sgreport help'."
            }
            return "unknown command '\(word)'. Run 'sgreport help' for the list of commands."
        case .unknownFlag(let flag, let command, let suggestion, let usedBy):
            guard let command else {
                if let suggestion { return "unknown flag '\(flag)'; did you mean '\(suggestion)'? Run 'sgreport help'." }
                return "unknown flag '\(flag)'; the command comes first: 'sgreport COMMAND [OPTIONS] [FILE...]'. Run 'sgreport help'."
            }
            var text = "unknown flag '\(flag)' for '\(command.rawValue)'"
            if let suggestion {
                text += "; did you mean '\(suggestion)'?"
            } else if !usedBy.isEmpty {
                text += "; it is a flag of " + usedBy.map { "'\($0.rawValue)'" }.joined(separator: ", ") + "."
            } else {
                text += "."
            }
            return text + helpHint(command)
        case .missingValue(let flag, let command):
            let expected = CommandTable.spec(command).flag(named: flag).map(Self.expectation) ?? "a value"
            return "flag '--\(flag)' for '\(command.rawValue)' needs a value: \(expected)." + helpHint(command)
        case .unexpectedValue(let flag, let command):
            return "flag '--\(flag)' for '\(command.rawValue)' takes no value; write '--\(flag)' alone." + helpHint(command)
        case .invalidValue(let flag, let value, let command, let suggestion):
            var text = "invalid value '\(value)' for '--\(flag)'"
            if let suggestion { text += "; did you mean '\(suggestion)'?" }
            if let spec = CommandTable.spec(command).flag(named: flag) {
                text += (suggestion == nil ? "; expected " : " Expected ") + Self.expectation(spec) + "."
            } else {
                text += "."
            }
            return text + helpHint(command)
        case .conflictingFlags(let a, let b, let command):
            return "'\(a)' and '\(b)' cannot be used together; choose one." + helpHint(command)
        case .emptyRange(let low, let high, let command):
            return "'\(low)' and '\(high)' leave nothing to match; swap them?" + helpHint(command)
        case .extraHelpTopic(let word):
            return "help takes at most one command; unexpected '\(word)'. Run 'sgreport help'."
        case .notAvailable(let command):
            return "\(command.rawValue): not available in this build"
        case .badRulesFile(let path, let message):
            return "rules file \(path): \(message)." + helpHint(.check)
        case .unreadable(let source, let line, let message):
            return line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)"
        case .checkFailed(let failures):
            return "check: \(failures) rule\(failures == 1 ? "" : "s") failed"
        }
    }

    private func helpHint(_ command: CommandName) -> String {
        " Run 'sgreport help \(command.rawValue)'."
    }

    /// "one of percent, count, …", "a number", "a date (YYYY, YYYY-MM or YYYY-MM-DD)".
    static func expectation(_ flag: FlagSpec) -> String {
        switch flag.kind {
        case .choice(let values): return "one of " + values.joined(separator: ", ")
        case .number: return "a number, e.g. --\(flag.name) 10"
        case .positiveInteger: return "a whole number of at least 1, e.g. --\(flag.name) 4"
        case .date: return "a date YYYY, YYYY-MM or YYYY-MM-DD, e.g. --\(flag.name) 2020-04"
        case .path: return "a file path"
        case .text, nil: return "some text, e.g. --\(flag.name) 'child protection'"
        }
    }
}
