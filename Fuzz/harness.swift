// libFuzzer target for sgreport. Not a SwiftPM target: Fuzz/run.sh compiles it together with the sources of
// SGReportCore in one module (swiftc -sanitize=fuzzer,address), so there is no `import SGReportCore` and the
// library's internal API is in reach.
//
// One input is one report's bytes. The harness does what the CLI does with them — parse, filter, render every
// view in every format it accepts, check (auto profile and one named profile), render every check format, read
// rules files — and crashes on purpose (fatalError) when an output breaks a promise the library makes:
//
//   • parsing is deterministic, and `Checker.check` refuses exactly the bytes `ReportParser.parse` refuses
//     (checked on the quarter of inputs that go through the public entry points);
//   • every line number (sections, metrics, priorities, meetings, attendance, warnings, rule results) is in
//     1...stats.lines, and stats.bytes is the input's size;
//   • filtering only ever removes items;
//   • every output is empty or ends in "\n";
//   • JSON and SARIF parse with JSONSerialization (JSON Lines: each line does), JUnit parses with XMLParser;
//   • CSV (RFC 4180), TSV and Markdown rows all have the header's number of fields;
//   • text without colour holds no control characters but newline and tab; with colour, none once the
//     SGR sequences (ESC [ … m) are removed;
//   • GitHub annotation output is one workflow command ("::") per line;
//   • an input that starts with "{" is also read as a rules file; when that succeeds the configuration is
//     used for the check, and JSONSerialization must agree that the text is JSON.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    FuzzHarness.run(bytes)
    return 0
}

enum FuzzHarness {
    /// Added rules of every kind, so the configured-rule paths run on every input.
    static let configuration: CheckConfiguration = {
        let json = #"""
            {"severity": {"performance-data": "must"},
             "rules": [
              {"id": "enough-figures", "kind": "count-at-least", "of": "metrics", "min": 3},
              {"id": "some-sections", "kind": "count-at-least", "of": "sections", "min": 1, "severity": "may"},
              {"id": "has-period", "kind": "field-present", "field": "period", "severity": "must"},
              {"id": "has-organisation", "kind": "field-present", "field": "organisation"},
              {"id": "budget-section", "kind": "section-title", "matches": ["budget", "finance"]},
              {"id": "mentions-prevent", "kind": "text-mentions", "any": ["prevent duty", "radicalisation", "£"]},
              {"id": "priorities-progress", "kind": "priorities-have-progress", "profiles": ["annual-report"]}
             ]}
            """#
        do {
            return try CheckConfiguration.parse(Array(json.utf8))
        } catch {
            fatalError("harness rules file does not parse: \(error)")
        }
    }()

    /// `SGREPORT_FUZZ_LIGHT=1`: the parse, the document's invariants, determinism (one input in four) and the
    /// summary JSON only — many times the inputs an hour, for the reading, structure and extraction paths.
    static let light = ProcessInfo.processInfo.environment["SGREPORT_FUZZ_LIGHT"] != nil

    static func run(_ bytes: [UInt8]) {
        var choice = Choices(seed: hash(bytes))
        let source = sourceName(bytes)
        // One input in four also goes through the public entry points (`ReportParser.parse`, `Checker.check`) and
        // must give the same document as the shared parse: parsing is deterministic. The others reuse one parse,
        // which is what those entry points run, to keep the rate up.
        let viaPublicAPI = choice.oneIn(4)

        let parsed: (text: ParsedText, document: Document)
        do {
            parsed = try ReportParser.parseWithText(bytes)
        } catch {
            if viaPublicAPI {
                if (try? ReportParser.parse(bytes)) != nil { fail("parseWithText threw \(error) but parse accepted the bytes") }
                if (try? Checker.check(bytes)) != nil { fail("parse threw \(error) but Checker.check accepted the bytes") }
            }
            rulesFile(bytes)
            return
        }
        let document = parsed.document
        checkDocument(document, size: bytes.count)
        if light {
            if viaPublicAPI, (try? ReportParser.parse(bytes)) != document { fail("parsing the same bytes twice gave different documents") }
            _ = Renderer.render([SourcedDocument(source: source, document: document)], view: .summary, format: .json)
            return
        }

        let filtered = document.filtered(by: filter(for: document, choice: &choice))
        checkFiltered(filtered, of: document)

        // The CLI's choices: colour (a terminal), --verbose, COLUMNS in 20...1000.
        let options = RenderOptions(colour: choice.oneIn(2), verbose: choice.oneIn(2), width: 20 + choice.below(981))
        let documents = [SourcedDocument(source: source, document: document)]
        for view in View.allCases {
            for format in view.formats {
                let out = Renderer.render(documents, view: view, format: format, options: options)
                checkRendered(out, view: view, format: format, colour: options.colour)
            }
        }
        // Two files at once, filtered (the second), in the formats that join files differently.
        if choice.oneIn(4) {
            let two = documents + [SourcedDocument(source: "second, \"file\"", document: filtered)]
            for view in View.allCases {
                for format in [OutputFormat.json, .csv, .text] where view.formats.contains(format) {
                    let out = Renderer.render(two, view: view, format: format, options: options)
                    checkRendered(out, view: view, format: format, colour: options.colour)
                }
            }
        }

        // check: the auto profile, and one explicit profile chosen by the input.
        let strictness = choice.of(CheckStrictness.allCases)
        let input = CheckInput(text: parsed.text, document: document)
        let auto: CheckReport
        if viaPublicAPI {
            do {
                if try ReportParser.parse(bytes) != document { fail("parsing the same bytes twice gave different documents") }
                auto = try Checker.check(bytes, profile: nil, configuration: configuration, strictness: strictness)
            } catch {
                fail("parseWithText accepted the bytes but the public entry points threw \(error)")
            }
        } else {
            auto = Checker.check(input, profile: nil, configuration: configuration, strictness: strictness)
        }
        let profile = choice.of(RuleProfile.allCases)
        let explicit = Checker.check(input, profile: profile, configuration: configuration, strictness: strictness)
        let reports = [SourcedCheckReport(source: source, report: auto), SourcedCheckReport(source: profile.rawValue, report: explicit)]
        for r in reports { checkReport(r.report, lines: document.stats.lines) }
        let checkOptions = CheckRenderOptions(colour: options.colour, toolVersion: "fuzz")
        // Most of a check report's text is the rules' own, the same for every input: one writer per input (each
        // gets a fifth of the inputs), every writer for one input in eight, and both reports now and then.
        let formats = choice.oneIn(8) ? CheckOutputFormat.allCases : [choice.of(CheckOutputFormat.allCases)]
        let both = choice.oneIn(4)
        for format in formats {
            checkRendered(CheckRenderer.render(both ? reports : [reports[0]], format: format, options: checkOptions),
                          checkFormat: format, colour: options.colour)
        }

        rulesFile(bytes)
    }

    // MARK: - The document

    static func checkDocument(_ d: Document, size: Int) {
        let lines = d.stats.lines
        if d.stats.bytes != size { fail("stats.bytes \(d.stats.bytes) for \(size) bytes") }
        if lines < 0 { fail("stats.lines \(lines)") }
        func inRange(_ line: Int, _ what: @autoclosure () -> String) {
            if !(1...max(1, lines)).contains(line) || lines == 0 {
                fail("\(what()) at line \(line), outside 1...\(lines)")
            }
        }
        for s in d.sections { inRange(s.line, "section \(s.title.debugDescription)") }
        for m in d.metrics {
            inRange(m.line, "metric \(m.label.debugDescription)")
            if !m.value.isFinite { fail("metric \(m.label.debugDescription) has value \(m.value)") }
        }
        for p in d.priorities { inRange(p.line, "priority \(p.title.debugDescription)") }
        for m in d.meetings { inRange(m.line, "meeting of \(String(describing: m.body))") }
        for a in d.attendance { inRange(a.line, "attendance of \(a.name.debugDescription)") }
        for w in d.warnings { if let line = w.line { inRange(line, "warning \(w.message.debugDescription)") } }
    }

    static func checkFiltered(_ f: Document, of d: Document) {
        if f.sections.count > d.sections.count || f.metrics.count > d.metrics.count
            || f.priorities.count > d.priorities.count || f.meetings.count > d.meetings.count
            || f.attendance.count > d.attendance.count
        {
            fail("filtering added items")
        }
        if f.report != d.report || f.warnings != d.warnings || f.stats != d.stats { fail("filtering changed the report") }
    }

    static func checkReport(_ r: CheckReport, lines: Int) {
        if r.profiles.isEmpty { fail("a check ran no profile") }
        for result in r.results {
            if let line = result.line, !(1...max(1, lines)).contains(line) || lines == 0 {
                fail("rule \(result.id) points at line \(line), outside 1...\(lines)")
            }
        }
        if r.passed != r.failures.isEmpty { fail("passed disagrees with failures") }
    }

    /// A filter built from the input: its first word as `--grep`, and a unit, scope or status by choice.
    static func filter(for d: Document, choice: inout Choices) -> ListFilter {
        var f = ListFilter()
        f.grep = d.metrics.first?.label.split(separator: " ").first.map(String.init)
            ?? d.sections.first.map { String($0.title.prefix(3)) }
        if choice.oneIn(2) { f.section = d.sections.last?.title.lowercased() }
        f.unit = choice.oneIn(2) ? choice.of(Metric.Unit.allCases) : nil
        if choice.oneIn(2) { f.min = 1 }
        f.scope = choice.oneIn(2) ? .next : nil
        f.status = choice.oneIn(2) ? .held : nil
        f.from = d.meetings.first?.date
        return f
    }

    // MARK: - Outputs

    static func checkRendered(_ out: String, view: View, format: OutputFormat, colour: Bool) {
        let what = "\(view.rawValue) as \(format.rawValue)"
        if !out.isEmpty, !out.hasSuffix("\n") { fail("\(what) does not end in a newline") }
        switch format {
        case .json: parsesAsJSON(out, what)
        case .jsonl: for line in out.split(separator: "\n") { parsesAsJSON(String(line), what) }
        case .csv: sameFieldCount(csvRecords(out, what), what)
        case .tsv: sameFieldCount(lines(out).map { $0.split(separator: "\t", omittingEmptySubsequences: false).count }, what)
        case .markdown: sameFieldCount(lines(out).map(markdownCells), what)
        case .text: controlFree(out, colour: colour, what)
        }
    }

    static func checkRendered(_ out: String, checkFormat: CheckOutputFormat, colour: Bool) {
        let what = "check as \(checkFormat.rawValue)"
        if !out.isEmpty, !out.hasSuffix("\n") { fail("\(what) does not end in a newline") }
        switch checkFormat {
        case .json, .sarif: parsesAsJSON(out, what)
        case .junit: parsesAsXML(out, what)
        case .github:
            for line in lines(out) where !line.hasPrefix("::") { fail("\(what): a line is not a workflow command: \(line.debugDescription)") }
        case .text: controlFree(out, colour: colour, what)
        }
    }

    static func lines(_ out: String) -> [Substring] {
        var lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func parsesAsJSON(_ text: String, _ what: String) {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            fail("\(what) is not JSON (\(error)): \(String(text.prefix(2000)).debugDescription)")
        }
    }

    static func parsesAsXML(_ text: String, _ what: String) {
        #if canImport(FoundationXML) || canImport(Darwin)
        let parser = XMLParser(data: Data(text.utf8))
        if !parser.parse() {
            fail("\(what) is not XML (\(String(describing: parser.parserError))): \(String(text.prefix(2000)).debugDescription)")
        }
        #endif
    }

    /// Field counts of RFC 4180 records (quotes may hold commas, quotes and line breaks).
    static func csvRecords(_ text: String, _ what: String) -> [Int] {
        var counts: [Int] = []
        var fields = 1
        var quoted = false
        var atFieldStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" { continue }
                    quoted = false
                    pending = next
                    if let next, next != ",", next != "\n" { fail("\(what): text after a closing quote") }
                }
                continue
            }
            switch c {
            case "\"":
                if !atFieldStart { fail("\(what): a quote inside an unquoted field") }
                quoted = true
                atFieldStart = false
            case ",": fields += 1; atFieldStart = true
            case "\n": counts.append(fields); fields = 1; atFieldStart = true
            case "\r": fail("\(what): a bare CR outside quotes")
            default: atFieldStart = false
            }
        }
        if quoted { fail("\(what): an unterminated quote") }
        return counts
    }

    /// Unescaped `|` in a Markdown row (a `|` after an odd run of `\` is escaped).
    static func markdownCells(_ line: Substring) -> Int {
        var count = 0
        var backslashes = 0
        for c in line.unicodeScalars {
            if c == "\\" { backslashes += 1; continue }
            if c == "|", backslashes % 2 == 0 { count += 1 }
            backslashes = 0
        }
        return count
    }

    static func sameFieldCount(_ counts: [Int], _ what: String) {
        guard let header = counts.first else { return }
        if let row = counts.firstIndex(where: { $0 != header }) {
            fail("\(what): row \(row) has \(counts[row]) fields, the header \(header)")
        }
    }

    /// No control characters but "\n" and "\t"; with colour, SGR sequences `ESC [ params m` are allowed.
    static func controlFree(_ text: String, colour: Bool, _ what: String) {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            let v = s[i].value
            if v == 0x1B, colour, i + 1 < s.count, s[i + 1] == "[" {
                var j = i + 2
                while j < s.count, ("0"..."9").contains(s[j]) || s[j] == ";" { j += 1 }
                if j < s.count, s[j] == "m" { i = j + 1; continue }
            }
            if (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) {
                let from = max(0, i - 40)
                let context = String(String.UnicodeScalarView(s[from..<min(s.count, i + 40)]))
                fail("\(what) holds control U+\(String(v, radix: 16)) near \(context.debugDescription)")
            }
            i += 1
        }
    }

    // MARK: - Rules files

    /// Inputs that look like JSON are also read as a rules file, and a rules file that reads is used.
    static func rulesFile(_ bytes: [UInt8]) {
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") else {
            return
        }
        let configuration: CheckConfiguration
        do {
            configuration = try CheckConfiguration.parse(bytes)
        } catch {
            if error.path.isEmpty || !error.path.hasPrefix("$") { fail("rules file error without a JSON path: \(error)") }
            return
        }
        if !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            parsesAsJSON(String(decoding: bytes, as: UTF8.self), "a rules file sgreport accepted")
        }
        guard let report = try? Checker.check(bytes, configuration: configuration) else { return }
        let reports = [SourcedCheckReport(source: "rules.json", report: report)]
        for format in CheckOutputFormat.allCases {
            checkRendered(CheckRenderer.render(reports, format: format), checkFormat: format, colour: false)
        }
    }

    // MARK: - Support

    /// The "file name": the input's first line, cut short, so names with commas, quotes and escapes reach
    /// every writer.
    static func sourceName(_ bytes: [UInt8]) -> String {
        let line = bytes.prefix(40).prefix { $0 != 0x0A }
        return line.isEmpty ? "-" : String(decoding: line, as: UTF8.self)
    }

    /// FNV-1a over the bytes: seeds the choices, so a crash file replays exactly.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    static func fail(_ message: String) -> Never {
        fatalError("sgreport fuzz invariant: " + message)
    }
}

/// The harness's choices (options, profile, formats), drawn from the input's hash: SplitMix64.
struct Choices {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func oneIn(_ n: Int) -> Bool { below(n) == 0 }
    mutating func of<T>(_ items: [T]) -> T { items[below(items.count)] }
}
