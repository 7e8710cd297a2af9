import Testing
@testable import SGReportCore

@Suite struct MetricTextTests {
    static func metric(_ value: Double, _ unit: Metric.Unit, currency: String? = nil, per: Double? = nil,
                       denominator: Double? = nil, duration: DurationUnit? = nil, qualifier: Metric.Qualifier? = nil) -> Metric {
        Metric(label: "x", value: value, unit: unit, currency: currency, per: per, denominator: denominator,
               durationUnit: duration, qualifier: qualifier, line: 1, text: "")
    }

    @Test(arguments: [
        (metric(24, .percent), "24%"),
        (metric(87.6, .percent), "87.6%"),
        (metric(1_200_000, .currency, currency: "GBP"), "£1,200,000"),
        (metric(65, .rate, per: 10000), "65 per 10,000"),
        (metric(3, .fraction, denominator: 4), "3/4"),
        (metric(23, .duration, duration: .days), "23 days"),
        (metric(1, .duration, duration: .weeks), "1 week"),
        (metric(10178, .count), "10,178"),
        (metric(10178, .count, qualifier: .over), ">10,178"),
        (metric(-1234.5, .count), "-1,234.5"),
    ])
    func formatsValues(metric: Metric, expected: String) {
        #expect(MetricText.value(metric) == expected)
    }

    @Test func comparesWithPreviousComparatorsAndTarget() {
        let m = Metric(label: "x", value: 24, unit: .percent, previous: PreviousValue(value: 19, period: "2018-19"),
                       comparators: [Comparator(name: "England", value: 21)], target: 25, line: 1, text: "")
        #expect(MetricText.comparison(m) == "prev 19% (2018-19); England 21%; target 25%")
    }

    @Test(arguments: [(812, "812 bytes"), (81268, "79.4 KB"), (1_300_000, "1.2 MB")])
    func sizesBytes(bytes: Int, expected: String) {
        #expect(NumberText.bytes(bytes) == expected)
    }
}
