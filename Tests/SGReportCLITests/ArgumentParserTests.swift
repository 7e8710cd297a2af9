import SGReportCore
import Testing

@testable import SGReportCLI

/// The pure argv → Invocation step: every flag form and every usage error.
@Suite struct ArgumentParserTests {
    func request(_ arguments: [String]) throws -> Request {
        let invocation = try ArgumentParser.parse(arguments)
        guard case .run(let request) = invocation else {
            Issue.record("expected a run, got \(invocation)")
            return Request(command: .summarise)
        }
        return request
    }

    func usageError(_ arguments: [String]) -> CLIError? {
        do {
            let invocation = try ArgumentParser.parse(arguments)
            Issue.record("expected a usage error, got \(invocation)")
            return nil
        } catch {
            #expect(error.exitCode == 2)
            return error
        }
    }

    // MARK: Commands, help, version

    @Test func everyCommandParsesWithDefaults() throws {
        for command in CommandName.allCases {
            let parsed = try request([command.rawValue])
            #expect(parsed.command == command)
            #expect(parsed.files.isEmpty)
            #expect(parsed.format == .text)
            #expect(parsed.filter == ListFilter())
        }
    }

    @Test(arguments: [
        (["--help"], Invocation.help(nil)),
        (["-h"], .help(nil)),
        (["help"], .help(nil)),
        (["help", "help"], .help(nil)),
        (["help", "metrics"], .help(.metrics)),
        (["metrics", "--help"], .help(.metrics)),
        (["metrics", "a.txt", "-h"], .help(.metrics)),
        (["metrics", "--jsn", "--help"], .help(.metrics)),
        (["check", "--help"], .help(.check)),
        (["--help", "sections"], .help(.sections)),
        (["--version"], .version),
    ])
    func helpAndVersion(arguments: [String], expected: Invocation) throws {
        #expect(try ArgumentParser.parse(arguments) == expected)
    }

    @Test func helpAfterDoubleDashIsAFile() throws {
        #expect(try request(["sections", "--", "--help"]).files == ["--help"])
    }

    @Test func missingCommand() {
        #expect(usageError([]) == .missingCommand)
    }

    @Test(arguments: [
        ("summarize", "summarise"), ("sumarise", "summarise"), ("metric", "metrics"), ("priorites", "priorities"),
        ("meeting", "meetings"), ("sectoins", "sections"), ("chek", "check"), ("hlep", "help"),
    ])
    func unknownCommandSuggests(typed: String, suggestion: String) {
        #expect(usageError([typed, "a.txt"]) == .unknownCommand(typed, suggestion: suggestion))
    }

    @Test func unknownCommandMessage() throws {
        let error = try #require(usageError(["summarize"]))
        #expect(error.diagnostic == "sgreport: unknown command 'summarize'; did you mean 'summarise'? Run 'sgreport help'.")
        let file = try #require(usageError(["report.txt"]))
        #expect(file.diagnostic.contains("the command comes first, e.g. 'sgreport summarise report.txt'"))
        #expect(usageError(["xyzzy"]) == .unknownCommand("xyzzy", suggestion: nil))
    }

    @Test func helpForUnknownCommand() {
        #expect(usageError(["help", "metircs"]) == .unknownCommand("metircs", suggestion: "metrics"))
        #expect(usageError(["help", "metrics", "sections"]) == .extraHelpTopic("sections"))
    }

    @Test func flagBeforeCommand() {
        #expect(usageError(["--json", "metrics"]) == .unknownFlag("--json", command: nil, suggestion: nil, usedBy: []))
        #expect(usageError(["--verison"]) == .unknownFlag("--verison", command: nil, suggestion: "--version", usedBy: []))
    }

    // MARK: Files

    @Test func filesAndStdin() throws {
        #expect(try request(["summarise", "a.txt", "-", "b.txt"]).files == ["a.txt", "-", "b.txt"])
        #expect(try request(["summarise", "-"]).files == ["-"])
        #expect(try request(["summarise"]).files == [])
    }

    @Test func flagsAndFilesMix() throws {
        let parsed = try request(["metrics", "a.txt", "--json", "b.txt", "--unit", "count"])
        #expect(parsed.files == ["a.txt", "b.txt"])
        #expect(parsed.format == .json)
        #expect(parsed.filter.unit == .count)
    }

    @Test func doubleDashEndsFlags() throws {
        let parsed = try request(["sections", "--json", "--", "--csv", "-", "-x"])
        #expect(parsed.format == .json)
        #expect(parsed.files == ["--csv", "-", "-x"])
    }

    // MARK: Flag forms

    @Test(arguments: [
        ["metrics", "--format", "csv"], ["metrics", "--format=csv"], ["metrics", "--csv"],
    ])
    func formatForms(arguments: [String]) throws {
        #expect(try request(arguments).format == .csv)
    }

    @Test(arguments: OutputFormat.allCases)
    func everyFormatForListings(format: OutputFormat) throws {
        #expect(try request(["sections", "--format", format.rawValue]).format == format)
        #expect(try request(["meetings", "--format=\(format.rawValue)", "--attendance"]).format == format)
        if format != .text { #expect(try request(["metrics", "--" + format.rawValue]).format == format) }
    }

    @Test func summaryFormats() throws {
        #expect(try request(["summarise", "--json"]).format == .json)
        #expect(try request(["summarise", "--format", "jsonl"]).format == .jsonl)
        #expect(usageError(["summarise", "--format", "csv"])
            == .invalidValue(flag: "format", value: "csv", command: .summarise, suggestion: nil))
        #expect(usageError(["summarise", "--csv"])
            == .unknownFlag("--csv", command: .summarise, suggestion: nil, usedBy: [.metrics, .priorities, .meetings, .sections]))
    }

    /// A flag given twice keeps its last value; `--json` is exactly `--format json`, so the last of them wins.
    @Test func lastFormatWins() throws {
        #expect(try request(["metrics", "--json", "--format", "csv"]).format == .csv)
        #expect(try request(["metrics", "--format", "csv", "--json"]).format == .json)
        #expect(try request(["metrics", "--grep", "a", "--grep=b"]).filter.grep == "b")
    }

    @Test func metricsFilters() throws {
        let parsed = try request([
            "metrics", "--grep", "child protection", "--section=Figures", "--unit", "percent", "--min", "-2.5",
            "--max=10,178", "r.txt",
        ])
        var expected = ListFilter()
        expected.grep = "child protection"
        expected.section = "Figures"
        expected.unit = .percent
        expected.min = -2.5
        expected.max = 10178
        #expect(parsed.filter == expected)
        #expect(parsed.files == ["r.txt"])
    }

    @Test(arguments: Metric.Unit.allCases)
    func everyUnit(unit: Metric.Unit) throws {
        #expect(try request(["metrics", "--unit", unit.rawValue]).filter.unit == unit)
    }

    @Test func prioritiesFlags() throws {
        let parsed = try request(["priorities", "--scope", "next", "--verbose"])
        #expect(parsed.filter.scope == .next)
        #expect(parsed.verbose)
        #expect(try request(["priorities"]).verbose == false)
    }

    @Test func meetingsFlags() throws {
        let parsed = try request(["meetings", "--status=postponed", "--from", "2019", "--to", "2020-03-31", "--attendance"])
        #expect(parsed.filter.status == .postponed)
        #expect(parsed.filter.from == PartialDate(year: 2019))
        #expect(parsed.filter.to == PartialDate(year: 2020, month: 3, day: 31))
        #expect(parsed.attendance)
        #expect(parsed.view == .attendance)
        #expect(try request(["meetings"]).view == .meetings)
        #expect(try request(["meetings", "--from", "2020-05", "--to", "2020"]).filter.from == PartialDate(year: 2020, month: 5))
    }

    @Test func checkFlags() throws {
        let parsed = try request(["check", "--profile", "annual-report", "--rules=rules.json", "--strict", "--format", "sarif", "a.txt"])
        #expect(parsed.check == CheckOptions(format: .sarif, profile: .annualReport, rules: "rules.json", strictness: .strict))
        #expect(try request(["check", "--lenient", "--github"]).check == CheckOptions(format: .github, strictness: .lenient))
        #expect(try request(["check"]).check == CheckOptions())
        #expect(usageError(["check", "--strict", "--lenient"]) == .conflictingFlags("--strict", "--lenient", command: .check))
        #expect(usageError(["check", "--format", "csv"]) == .invalidValue(flag: "format", value: "csv", command: .check, suggestion: nil))
        #expect(usageError(["check", "--format", "xml"]) == .invalidValue(flag: "format", value: "xml", command: .check, suggestion: "junit"))
        #expect(usageError(["check", "--profile", "annual"])
            == .invalidValue(flag: "profile", value: "annual", command: .check, suggestion: "annual-report"))
    }

    // MARK: --jobs

    @Test(arguments: CommandName.allCases)
    func jobsOnEveryCommand(command: CommandName) throws {
        #expect(try request([command.rawValue, "--jobs", "4", "a.txt"]).jobs == 4)
        #expect(try request([command.rawValue, "--jobs=1"]).jobs == 1)
        #expect(try request([command.rawValue, "--jobs", "2", "--jobs", "16"]).jobs == 16)
        #expect(try request([command.rawValue]).jobs == nil, "no --jobs leaves the number to the runner")
    }

    @Test(arguments: ["0", "x", "-1", "+2", "1.5", "2,000", " 2", "four", "99999999999999999999999"])
    func badJobs(value: String) throws {
        #expect(usageError(["summarise", "--jobs", value]) == .invalidValue(flag: "jobs", value: value, command: .summarise, suggestion: nil))
        let error = try #require(usageError(["check", "--jobs=\(value)"]))
        #expect(error.diagnostic == "sgreport: invalid value '\(value)' for '--jobs'; expected a whole number of at least 1, e.g. --jobs 4. Run 'sgreport help check'.")
    }

    @Test func jobsNeedsAValue() throws {
        #expect(usageError(["metrics", "--jobs"]) == .missingValue(flag: "jobs", command: .metrics))
        #expect(usageError(["metrics", "--jobs", "--json"]) == .missingValue(flag: "jobs", command: .metrics))
        #expect(usageError(["metrics", "--jobs="]) == .missingValue(flag: "jobs", command: .metrics))
        let error = try #require(usageError(["sections", "--jobs"]))
        #expect(error.diagnostic == "sgreport: flag '--jobs' for 'sections' needs a value: a whole number of at least 1, e.g. --jobs 4. Run 'sgreport help sections'.")
    }

    @Test func jobsDidYouMean() throws {
        #expect(usageError(["summarise", "--job", "2"]) == .unknownFlag("--job", command: .summarise, suggestion: "--jobs", usedBy: []))
        #expect(usageError(["check", "--jbos=2"]) == .unknownFlag("--jbos", command: .check, suggestion: "--jobs", usedBy: []))
        #expect(usageError(["meetings", "-jobs", "2"]) == .unknownFlag("-jobs", command: .meetings, suggestion: "--jobs", usedBy: []))
    }

    // MARK: Usage errors

    @Test func unknownFlag() throws {
        #expect(usageError(["metrics", "--jsn"]) == .unknownFlag("--jsn", command: .metrics, suggestion: "--json", usedBy: []))
        let error = try #require(usageError(["metrics", "--jsn", "a.txt"]))
        #expect(error.diagnostic == "sgreport: unknown flag '--jsn' for 'metrics'; did you mean '--json'? Run 'sgreport help metrics'.")
        #expect(usageError(["metrics", "--jsn=1"]) == .unknownFlag("--jsn", command: .metrics, suggestion: "--json", usedBy: []))
        #expect(usageError(["metrics", "-json"]) == .unknownFlag("-json", command: .metrics, suggestion: "--json", usedBy: []))
        #expect(usageError(["metrics", "-v"]) == .unknownFlag("-v", command: .metrics, suggestion: nil, usedBy: []))
        #expect(usageError(["priorities", "--unit", "count"])
            == .unknownFlag("--unit", command: .priorities, suggestion: nil, usedBy: [.metrics]))
        #expect(usageError(["sections", "--verbos"])
            == .unknownFlag("--verbos", command: .sections, suggestion: nil, usedBy: []))
        #expect(usageError(["priorities", "--verbos"])
            == .unknownFlag("--verbos", command: .priorities, suggestion: "--verbose", usedBy: []))
    }

    @Test func badEnumValues() throws {
        #expect(usageError(["metrics", "--format", "xml"])
            == .invalidValue(flag: "format", value: "xml", command: .metrics, suggestion: nil))
        #expect(usageError(["metrics", "--format", "JSON"])
            == .invalidValue(flag: "format", value: "JSON", command: .metrics, suggestion: "json"))
        #expect(usageError(["metrics", "--unit", "pounds"])
            == .invalidValue(flag: "unit", value: "pounds", command: .metrics, suggestion: "currency"))
        #expect(usageError(["metrics", "--unit=percnt"])
            == .invalidValue(flag: "unit", value: "percnt", command: .metrics, suggestion: "percent"))
        #expect(usageError(["meetings", "--status", "canceled"])
            == .invalidValue(flag: "status", value: "canceled", command: .meetings, suggestion: "cancelled"))
        let error = try #require(usageError(["metrics", "--format", "xml"]))
        #expect(error.diagnostic == "sgreport: invalid value 'xml' for '--format'; expected one of text, json, jsonl, csv, tsv, markdown. Run 'sgreport help metrics'.")
    }

    @Test(arguments: ["ten", "1e", "nan", "inf", "12%", ""])
    func badNumbers(value: String) {
        let error = usageError(["metrics", "--min=\(value)"])
        if value.isEmpty {
            #expect(error == .missingValue(flag: "min", command: .metrics))
        } else {
            #expect(error == .invalidValue(flag: "min", value: value, command: .metrics, suggestion: nil))
        }
    }

    @Test(arguments: ["20", "2020-4", "2020-13", "2021-02-29", "2020/04", "April 2020", "2020-04-01-01"])
    func badDates(value: String) {
        #expect(usageError(["meetings", "--from", value]) == .invalidValue(flag: "from", value: value, command: .meetings, suggestion: nil))
    }

    @Test func missingValue() throws {
        #expect(usageError(["metrics", "--unit"]) == .missingValue(flag: "unit", command: .metrics))
        #expect(usageError(["metrics", "--grep", "--json"]) == .missingValue(flag: "grep", command: .metrics))
        #expect(usageError(["metrics", "--grep="]) == .missingValue(flag: "grep", command: .metrics))
        #expect(usageError(["check", "--rules"]) == .missingValue(flag: "rules", command: .check))
        let error = try #require(usageError(["metrics", "--unit"]))
        #expect(error.message.contains("needs a value: one of percent, count, currency, rate, fraction, duration"))
    }

    @Test func valuesMayStartWithOneDash() throws {
        #expect(try request(["metrics", "--min", "-5"]).filter.min == -5)
        #expect(try request(["metrics", "--grep", "-"]).filter.grep == "-")
        #expect(try request(["metrics", "--grep=--x"]).filter.grep == "--x")
    }

    @Test func switchWithValue() {
        #expect(usageError(["priorities", "--verbose=yes"]) == .unexpectedValue(flag: "verbose", command: .priorities))
        #expect(usageError(["metrics", "--json=true"]) == .unexpectedValue(flag: "json", command: .metrics))
    }

    @Test func emptyRanges() {
        #expect(usageError(["metrics", "--min", "50", "--max", "10"])
            == .emptyRange(low: "--min 50", high: "--max 10", command: .metrics))
        #expect(usageError(["meetings", "--from", "2021", "--to", "2020-12-31"])
            == .emptyRange(low: "--from 2021", high: "--to 2020-12-31", command: .meetings))
        #expect(usageError(["meetings", "--from", "2020-05-10", "--to", "2020-05-03"]) != nil)
    }
}
