/// Finds dated meetings (held, scheduled, postponed) with their body, time, place, agenda and decisions.
enum MeetingExtractor {
    static func extract(from text: ParsedText, report: ReportInfo) -> [Meeting] {
        []
    }
}
