import SGReportCore

/// Turns argv (without the program name) into an `Invocation`, or the first usage error. Pure: no I/O.
///
/// Rules: the command comes first; flags and files may then mix in any order; `--flag value` and
/// `--flag=value`; `--` ends flags; a lone `-` is a file (standard input); `-h`/`--help` anywhere before `--`
/// asks for the command's help. A flag given twice keeps its last value, and a shorthand counts as its
/// expansion, so `--format csv --json` means JSON.
public enum ArgumentParser {
    public static func parse(_ arguments: [String]) throws(CLIError) -> Invocation {
        guard let first = arguments.first else { throw .missingCommand }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help":
            if let topic = rest.first, let command = CommandName(rawValue: topic) { return .help(command) }
            return .help(nil)
        case "--version":
            return .version
        case "help":
            return try parseHelp(rest)
        default:
            break
        }
        if first.hasPrefix("-"), first != "-" {
            let name = first.split(separator: "=", maxSplits: 1).first.map(String.init) ?? first
            let suggestion = EditDistance.suggestion(for: name, among: ["--help", "--version"])
            throw .unknownFlag(name, command: nil, suggestion: suggestion, usedBy: [])
        }
        guard let command = CommandName(rawValue: first) else {
            let names = CommandName.allCases.map(\.rawValue) + ["help"]
            throw .unknownCommand(first, suggestion: EditDistance.suggestion(for: first, among: names))
        }
        return try parse(command: command, rest)
    }

    static func parseHelp(_ rest: [String]) throws(CLIError) -> Invocation {
        guard let topic = rest.first else { return .help(nil) }
        if rest.count > 1 { throw .extraHelpTopic(rest[1]) }
        if topic == "help" || topic == "-h" || topic == "--help" { return .help(nil) }
        guard let command = CommandName(rawValue: topic) else {
            throw .unknownCommand(topic, suggestion: EditDistance.suggestion(for: topic, among: CommandName.allCases.map(\.rawValue)))
        }
        return .help(command)
    }

    /// One flag occurrence after shorthands are expanded: `--json` is ("format", "json").
    struct Occurrence {
        let name: String
        let value: String?
    }

    static func parse(command: CommandName, _ arguments: [String]) throws(CLIError) -> Invocation {
        let spec = CommandTable.spec(command)
        if arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "-h" || $0 == "--help" }) {
            return .help(command)
        }
        var files: [String] = []
        var occurrences: [Occurrence] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                files += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                files.append(argument)
                continue
            }
            guard argument.hasPrefix("--") else {
                // Only -h is a short flag; "-json" most likely meant "--json".
                let word = String(argument.dropFirst())
                if let flag = spec.flag(named: word) {
                    throw .unknownFlag(argument, command: command, suggestion: "--" + flag.name, usedBy: [])
                }
                throw .unknownFlag(
                    argument, command: command, suggestion: suggestFlag(word, in: spec), usedBy: usedBy(word, except: command))
            }
            let body = argument.dropFirst(2)
            let name: String
            var inlineValue: String?
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                inlineValue = String(body[body.index(after: equals)...])
            } else {
                name = String(body)
            }
            guard let flag = spec.flag(named: name) else {
                throw .unknownFlag(
                    "--" + name, command: command, suggestion: suggestFlag(name, in: spec),
                    usedBy: usedBy(name, except: command))
            }
            guard flag.takesValue else {
                if inlineValue != nil { throw .unexpectedValue(flag: name, command: command) }
                if let shorthand = flag.shorthandFor {
                    occurrences.append(Occurrence(name: shorthand.flag, value: shorthand.value))
                } else {
                    occurrences.append(Occurrence(name: name, value: nil))
                }
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                value = arguments[index]
                index += 1
            } else {
                throw .missingValue(flag: name, command: command)
            }
            if value.isEmpty { throw .missingValue(flag: name, command: command) }
            try validate(value, for: flag, command: command)
            occurrences.append(Occurrence(name: name, value: value))
        }
        return .run(try OptionsBuilder.request(command: command, files: files, occurrences: occurrences))
    }

    static func suggestFlag(_ name: String, in spec: CommandSpec) -> String? {
        EditDistance.suggestion(for: name, among: spec.flags.map(\.name) + ["help"]).map { "--" + $0 }
    }

    static func usedBy(_ name: String, except command: CommandName) -> [CommandName] {
        CommandTable.commands.filter { $0.name != command && $0.flag(named: name) != nil }.map(\.name)
    }

    /// Checks a value against its flag's kind; the typed value is built by `OptionsBuilder`.
    static func validate(_ value: String, for flag: FlagSpec, command: CommandName) throws(CLIError) {
        let ok: Bool
        switch flag.kind {
        case .choice(let values):
            ok = values.contains(value)
        case .number:
            ok = ValueParsing.number(value) != nil
        case .positiveInteger:
            ok = ValueParsing.positiveInteger(value) != nil
        case .date:
            ok = ValueParsing.date(value) != nil
        case .text, .path, nil:
            ok = true
        }
        guard !ok else { return }
        var suggestion: String?
        if case .choice(let values) = flag.kind {
            let synonym = flag.synonyms[value.lowercased()].flatMap { values.contains($0) ? $0 : nil }
            suggestion = synonym ?? EditDistance.suggestion(for: value, among: values)
        }
        throw .invalidValue(flag: flag.name, value: value, command: command, suggestion: suggestion)
    }
}

/// Reading flag values as numbers and dates.
public enum ValueParsing {
    /// "10", "-2.5", "10,178" → a finite number; nil otherwise.
    public static func number(_ text: String) -> Double? {
        let cleaned = text.filter { $0 != "," }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }

    /// "1", "4", "16" → that number; nil for 0, signs, fractions and numbers too large for `Int`.
    public static func positiveInteger(_ text: String) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), value > 0 else { return nil }
        return value
    }

    /// "2020", "2020-04", "2020-04-01" → a `PartialDate`; nil for other shapes and impossible dates.
    public static func date(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        let widths = [4, 2, 2]
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(part) else { return nil }
            numbers.append(n)
        }
        return PartialDate(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }
}
