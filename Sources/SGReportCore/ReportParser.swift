/// Reads one report's bytes into a `Document`: decode → lines → normalise → blocks → sections → extract.
///
/// `try ReportParser.parse(Array("Annual Report 2019-20\n".utf8))` gives an annual report for 2019-20.
/// Throws only when the bytes are not text at all; every content problem becomes a warning.
public enum ReportParser {
    public static func parse(_ bytes: [UInt8]) throws(ReadingError) -> Document {
        try parseWithText(bytes).document
    }

    /// The document together with the structure it was extracted from, for stages that read blocks after
    /// extraction (the `check` rules), so the text is parsed once.
    static func parseWithText(_ bytes: [UInt8]) throws(ReadingError) -> (text: ParsedText, document: Document) {
        let read = try LineReader.read(bytes)
        let text = ParsedText(lines: read.lines.map(LineNormaliser.normalise))
        var warnings = read.warnings
        if !text.lines.contains(where: { !$0.isBlank }) {
            warnings.append(DocumentWarning(line: nil, message: bytes.isEmpty ? "empty file" : "no text in file"))
        }
        let report = ReportInfoExtractor.extract(from: text)
        let document = Document(
            report: report,
            sections: text.outline.sections,
            metrics: MetricExtractor.extract(from: text, report: report),
            priorities: PriorityExtractor.extract(from: text, report: report),
            meetings: MeetingExtractor.extract(from: text, report: report),
            attendance: AttendanceExtractor.extract(from: text, report: report),
            warnings: warnings,
            stats: InputStats(bytes: bytes.count, lines: read.lines.count))
        return (text, document)
    }

    /// The structure stages alone, for tools that inspect blocks (tests, benchmarks).
    static func structure(_ bytes: [UInt8]) throws(ReadingError) -> ParsedText {
        ParsedText(lines: try LineReader.read(bytes).lines.map(LineNormaliser.normalise))
    }
}
