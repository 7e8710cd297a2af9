/// Help generated from `CommandTable`: nothing here names a flag or command by hand.
public enum HelpText {
    static let width = 80

    /// `sgreport help`, `sgreport --help`.
    public static func general() -> String {
        var lines = [
            "sgreport \(sgreportVersion): read UK children's safeguarding reports converted to plain text.",
            "",
            "Usage: sgreport COMMAND [OPTIONS] [FILE...]",
            "",
            "Commands:",
        ]
        let rows = CommandTable.commands.map { ($0.name.rawValue, $0.summary) }
            + [("help", "Show help for a command: sgreport help COMMAND.")]
        lines += table(rows)
        lines += [
            "",
            "Options:",
        ]
        lines += table([("-h, --help", "Show this help."), ("--version", "Print the version.")])
        lines += [""] + inputs + [""] + exitCodes + [
            "",
            "Run 'sgreport help COMMAND' for a command's flags and examples.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `sgreport help COMMAND`, `sgreport COMMAND --help`.
    public static func command(_ name: CommandName) -> String {
        let spec = CommandTable.spec(name)
        var lines = [
            "Usage: sgreport \(name.rawValue) [OPTIONS] [FILE...]",
            "",
        ]
        lines += wrap(spec.summary, indent: "")
        lines += wrap(spec.details, indent: "")
        lines += [""] + inputs + ["", "Options:"]
        var rows: [(String, String)] = []
        let shorthands = spec.flags.filter { $0.shorthandFor != nil }
        for flag in spec.flags where flag.shorthandFor == nil {
            rows.append((flag.usageLabel, helpWithChoices(flag)))
            if flag.name == "format", !shorthands.isEmpty {
                rows.append((shorthands.map { "--" + $0.name }.joined(separator: ", "), "Same as --format NAME."))
            }
        }
        rows.append(("-h, --help", "Show this help."))
        lines += table(rows)
        lines += ["", "Examples:"] + spec.examples.map { "  " + $0 }
        if name == .check {
            lines += [""] + wrap("Exit codes: 0 every rule passed; 1 a rule failed; 2 usage error; 3 an input could not be read.", indent: "")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A choice flag's help names its values unless the help already does: "Keep metrics of this unit: percent, …".
    static func helpWithChoices(_ flag: FlagSpec) -> String {
        let choices = flag.choices
        guard !choices.isEmpty, !choices.allSatisfy({ flag.help.contains($0) }) else { return flag.help }
        let base = flag.help.hasSuffix(".") ? String(flag.help.dropLast()) : flag.help
        return base + ": " + choices.joined(separator: ", ") + "."
    }

    public static func version() -> String { "sgreport \(sgreportVersion)\n" }

    static let inputs = [
        "Inputs: each FILE is a plain-text report; a directory means every *.txt file",
        "under it (recursively, sorted by path); no FILE, or '-', reads standard input.",
    ]

    static let exitCodes = [
        "Exit codes: 0 success; 1 'check' found a failing rule; 2 usage error;",
        "3 an input could not be read or is not text (the others are still processed).",
    ]

    /// Two columns: labels padded to a common width, help wrapped beside them.
    static func table(_ rows: [(String, String)]) -> [String] {
        let column = min(28, (rows.map(\.0.count).max() ?? 0) + 4)
        var lines: [String] = []
        for (label, help) in rows {
            let padded = "  " + label
            let indent = String(repeating: " ", count: column)
            let wrapped = wrap(help, indent: indent)
            if padded.count + 2 <= column, let first = wrapped.first {
                lines.append(padded + String(repeating: " ", count: column - padded.count) + first.dropFirst(column))
                lines += wrapped.dropFirst()
            } else {
                lines.append(padded)
                lines += wrapped
            }
        }
        return lines
    }

    /// Words of `text` in lines of at most `width` characters, each starting with `indent`.
    static func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }
}
