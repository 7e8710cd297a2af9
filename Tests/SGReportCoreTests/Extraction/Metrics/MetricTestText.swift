@testable import SGReportCore

/// The metrics of a small inline report, read by the extractor alone.
func metrics(_ text: String) -> [Metric] {
    MetricExtractor.extract(from: structure(text), report: .empty)
}

/// The one metric with this value, for tests that ask about a single figure.
func metric(_ value: Double, in text: String) -> Metric? {
    let found = metrics(text).filter { $0.value == value }
    return found.count == 1 ? found[0] : nil
}
