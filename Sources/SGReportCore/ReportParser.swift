/// Reads one report's bytes into a `Document`: decode → lines → normalise → blocks → sections → extract.
///
/// `try ReportParser.parse(Array("Annual Report 2019-20\n".utf8))` gives an annual report for 2019-20.
/// Throws only when the bytes are not text at all; every content problem becomes a warning.
public enum ReportParser {
    public static func parse(_ bytes: [UInt8]) throws(ReadingError) -> Document {
        let read = try LineReader.read(bytes)
        let text = ParsedText(lines: read.lines.map(LineNormaliser.normalise))
        var warnings = read.warnings
        if !text.lines.contains(where: { !$0.isBlank }) {
            warnings.append(DocumentWarning(line: nil, message: bytes.isEmpty ? "empty file" : "no text in file"))
        }
        let report = ReportInfoExtractor.extract(from: text)
        return Document(
            report: report,
            sections: text.outline.sections,
            metrics: MetricExtractor.extract(from: text, report: report),
            priorities: PriorityExtractor.extract(from: text, report: report),
            meetings: MeetingExtractor.extract(from: text, report: report),
            attendance: AttendanceExtractor.extract(from: text, report: report),
            warnings: warnings,
            stats: InputStats(bytes: bytes.count, lines: read.lines.count))
    }

    /// The structure stages alone, for tools that inspect blocks (tests, benchmarks).
    static func structure(_ bytes: [UInt8]) throws(ReadingError) -> ParsedText {
        ParsedText(lines: try LineReader.read(bytes).lines.map(LineNormaliser.normalise))
    }
}
