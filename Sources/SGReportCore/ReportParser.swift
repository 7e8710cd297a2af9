/// Reads one report's bytes into a `Document`: decode → lines → normalise → blocks → sections → extract.
///
/// `try ReportParser.parse(Array("Annual Report 2019-20\n".utf8))` gives an annual report for 2019-20.
/// Throws only when the bytes are not text at all; every content problem becomes a warning.
public enum ReportParser {
    public static func parse(_ bytes: [UInt8]) throws(ReadingError) -> Document {
        // Stub until the Reading/Structure stages land.
        Document(report: .empty, stats: InputStats(bytes: bytes.count, lines: 0))
    }
}
