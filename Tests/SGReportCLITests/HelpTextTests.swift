import Foundation
import Testing

@testable import SGReportCLI

@Suite struct HelpTextTests {
    @Test(arguments: CommandName.allCases)
    func commandHelpIsGeneratedFromTheTable(command: CommandName) {
        let spec = CommandTable.spec(command)
        let help = HelpText.command(command)
        #expect(help.hasPrefix("Usage: sgreport \(command.rawValue) [OPTIONS] [FILE...]\n"))
        #expect(help.contains(spec.summary))
        #expect(help.contains("Examples:"))
        for example in spec.examples { #expect(help.contains("  " + example + "\n")) }
        for flag in spec.flags where flag.shorthandFor == nil { #expect(help.contains("  " + flag.usageLabel + " ")) }
        #expect(help.contains("-h, --help"))
    }

    @Test(arguments: CommandName.allCases)
    func helpListsJobs(command: CommandName) {
        let help = HelpText.command(command)
        let words = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("\n  --jobs N "))
        #expect(words.contains(
            "--jobs N Process up to N files in parallel (default: the number of processors); output stays in the order given."))
    }

    @Test func everyExampleStartsWithItsCommand() {
        for spec in CommandTable.commands {
            #expect(!spec.examples.isEmpty)
            for example in spec.examples {
                #expect(example.contains("sgreport \(spec.name.rawValue)"), "\(example)")
            }
        }
    }

    @Test func examplesParse() throws {
        // Every example's own arguments (up to a pipe or redirection) are accepted by the parser.
        for spec in CommandTable.commands {
            for example in spec.examples {
                let words = shellWords(example)
                guard let start = words.firstIndex(of: "sgreport") else { continue }
                let arguments = words[(start + 1)...].prefix { !["|", ">", "<"].contains($0) }
                #expect(throws: Never.self, "\(example)") { try ArgumentParser.parse(Array(arguments)) }
            }
        }
    }

    @Test func generalHelpListsEveryCommand() {
        let help = HelpText.general()
        for spec in CommandTable.commands { #expect(help.contains("  \(spec.name.rawValue)") && help.contains(spec.summary)) }
        #expect(help.contains("--version"))
    }

    @Test func proseLinesFitEightyColumns() {
        for text in [HelpText.general()] + CommandName.allCases.map(HelpText.command) {
            var inExamples = false
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "Examples:" { inExamples = true }
                if line.isEmpty { inExamples = false }
                if !inExamples { #expect(line.count <= 80, "\(line)") }
            }
        }
    }

    @Test func flagsAreDistinctPerCommand() {
        for spec in CommandTable.commands {
            let names = spec.flags.map(\.name)
            #expect(Set(names).count == names.count, "\(spec.name)")
            #expect(!names.contains("help"))
        }
    }

    /// docs/cli.md pastes the generated help; when the table changes, paste `sgreport help [COMMAND]` again.
    @Test func docsContainTheGeneratedHelp() throws {
        let docs = try String(contentsOf: Repo.root.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        #expect(docs.contains("```\n" + HelpText.general() + "```"))
        for command in CommandName.allCases {
            #expect(docs.contains("```\n" + HelpText.command(command) + "```"), "docs/cli.md: help for \(command.rawValue) is stale")
        }
    }

    /// Words of a simple shell line: spaces separate, '…' and "…" quote.
    func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
