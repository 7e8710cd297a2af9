/// Reads one report's bytes into a `Document`: decode → lines → normalise → blocks → sections → extract.
///
/// `try ReportParser.parse(Array("Annual Report 2019-20\n".utf8))` gives an annual report for 2019-20.
/// Throws only when the bytes are not text at all; every content problem becomes a warning.
public enum ReportParser {
    /// The pipeline's stages, in order, as the benchmark reports them.
    public enum Stage: String, Sendable, CaseIterable {
        case decode, normalise, structure, metadata, metrics, priorities, meetings, attendance
    }

    public static func parse(_ bytes: [UInt8]) throws(ReadingError) -> Document {
        try parseWithText(bytes, timing: { _, _ in }).document
    }

    /// The same parse, reporting how long each stage took (for `sgreport-bench`; costs a clock read per stage).
    public static func parse(_ bytes: [UInt8], timing: (Stage, Duration) -> Void) throws(ReadingError) -> Document {
        try parseWithText(bytes, timing: timing).document
    }

    /// The document together with the structure it was extracted from, for stages that read blocks after
    /// extraction (the `check` rules), so the text is parsed once.
    static func parseWithText(
        _ bytes: [UInt8], timing: (Stage, Duration) -> Void = { _, _ in }
    ) throws(ReadingError) -> (text: ParsedText, document: Document) {
        let clock = ContinuousClock()
        func timed<T>(_ stage: Stage, _ work: () throws(ReadingError) -> T) throws(ReadingError) -> T {
            let start = clock.now
            let result = try work()
            timing(stage, clock.now - start)
            return result
        }
        let read = try timed(.decode) { () throws(ReadingError) in try LineReader.read(bytes) }
        // Taken now so the decoded lines are last used by the normaliser and freed before the later stages.
        let lineCount = read.lines.count
        var warnings = read.warnings
        let lines = try timed(.normalise) { read.lines.map(LineNormaliser.normalise) }
        let text = try timed(.structure) { ParsedText(lines: lines) }
        let report = try timed(.metadata) { ReportInfoExtractor.extract(from: text) }
        let metrics = try timed(.metrics) { MetricExtractor.extract(from: text, report: report) }
        let priorities = try timed(.priorities) { PriorityExtractor.extract(from: text, report: report) }
        let meetings = try timed(.meetings) { MeetingExtractor.extract(from: text, report: report) }
        let attendance = try timed(.attendance) { AttendanceExtractor.extract(from: text, report: report) }
        if !lines.contains(where: { !$0.isBlank }) {
            warnings.append(DocumentWarning(line: nil, message: bytes.isEmpty ? "empty file" : "no text in file"))
        }
        let document = Document(
            report: report, sections: text.outline.sections, metrics: metrics, priorities: priorities,
            meetings: meetings, attendance: attendance, warnings: warnings,
            stats: InputStats(bytes: bytes.count, lines: lineCount))
        return (text, document)
    }

    /// The reading and structure stages alone, for tests that inspect blocks.
    static func structure(_ bytes: [UInt8]) throws(ReadingError) -> ParsedText {
        ParsedText(lines: try LineReader.read(bytes).lines.map(LineNormaliser.normalise))
    }
}
