/// Reads what a report is from its cover and opening: title, organisation, kind, period, date.
enum ReportInfoExtractor {
    static func extract(from text: ParsedText) -> ReportInfo {
        .empty
    }
}
