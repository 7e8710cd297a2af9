/// Finds the priorities a report names, with their actions, progress and status.
enum PriorityExtractor {
    static func extract(from text: ParsedText, report: ReportInfo) -> [Priority] {
        []
    }
}
